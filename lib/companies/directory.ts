import { z } from 'zod';
import { Company, Platform } from '../model';
import raw from './directory.json';

/** One cited source; handles, phones and contact URLs name it as "label [ID]". */
export const DirectorySource = z.strictObject({
  citation: z.string().min(1).max(600),
  locator: z.string().max(600),
  date: z.string().max(80),
  kind: z.string().max(40),
});
export type DirectorySource = z.infer<typeof DirectorySource>;

/** An account known to have posed as a company's support team. */
export const Impostor = z.strictObject({
  network: Platform,
  handle: z.string().min(1).max(120),
  companyId: z.string().min(1),
  note: z.string().max(600),
  source: z.string().max(600),
});
export type Impostor = z.infer<typeof Impostor>;

const DirectoryEntry = Company.omit({ source: true, createdAt: true, updatedAt: true });

export const DirectoryFile = z.strictObject({
  about: z.string(),
  /** When the data was last reviewed (YYYY-MM-DD); bundled entries carry it as their stamps. */
  updatedAt: z.iso.date(),
  sources: z.record(z.string().regex(/^[A-Z0-9_]+$/), DirectorySource),
  impostors: z.array(Impostor),
  companies: z.array(DirectoryEntry),
});
export type DirectoryFile = z.infer<typeof DirectoryFile>;

// Parsed once at load: the JSON is ours, but a bad edit must fail loudly, not reach the composer.
const file = DirectoryFile.parse(raw);
const stamp = Date.parse(`${file.updatedAt}T00:00:00Z`);

export const directoryUpdatedAt = stamp;
export const directorySources: Readonly<Record<string, DirectorySource>> = file.sources;
export const knownImpostors: readonly Impostor[] = file.impostors;
export const directoryCompanies: readonly Company[] = file.companies.map((entry): Company => ({
  ...entry,
  source: 'directory',
  createdAt: stamp,
  updatedAt: stamp,
}));

/** The sources a citation such as "SlashGear, 2023 [SLASHGEAR23]; TWCS list [TWCS]" refers to. */
export function citedSources(citation: string | undefined): DirectorySource[] {
  if (citation === undefined) return [];
  const ids = [...citation.matchAll(/\[([A-Z0-9_]+)\]/g)].map((m) => m[1] ?? '');
  return ids.flatMap((id) => {
    const source = directorySources[id];
    return source === undefined ? [] : [source];
  });
}
