import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parses a fixture page the way a browser would, without running its scripts. */
export function loadPage(dir: string, file: string): Document {
  const html = readFileSync(join(dir, file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A page with just this markup (innerHTML: happy-dom's DOMParser tries, and loudly fails, to load frames). */
export function pageWith(html: string, title = ''): Document {
  const doc = document.implementation.createHTMLDocument();
  doc.title = title;
  doc.body.innerHTML = html;
  return doc;
}

export interface ManifestEntry {
  file: string;
  url: string;
  kind: string;
  channels: string[];
  phones: string[];
  emails: string[];
  referenceNumber: string | null;
}

export function readManifest(dir: string): ManifestEntry[] {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
}

/** The classifier's kind for a manifest kind: negatives and social pages are "none". */
export function expectedKind(kind: string): string {
  return kind === 'negative' || kind.startsWith('social') ? 'none' : kind;
}
