import { z } from 'zod';
import { CompanyId, LIMITS, Platform, ShortText, Stamps, Text, WebUrl } from './common';

export const Sector = z.enum([
  'telecom',
  'airline',
  'bank',
  'payments',
  'insurer',
  'retail',
  'delivery',
  'tech',
  'streaming',
  'utility',
  'travel',
  'rail',
  'appliance',
  'mobility',
  'food',
  'government',
  'health',
  'other',
]);
export type Sector = z.infer<typeof Sector>;

export const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;

/** A handle without its leading "@"; Mastodon handles keep "@server" ("user@server.social"). */
export const HandleText = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^@\s][^\s]*$/, 'a handle without the leading @ and without spaces');

export const Handle = z.strictObject({
  handle: HandleText,
  confidence: Confidence.optional(),
  source: z.string().max(600).optional(),
  note: z.string().max(600).optional(),
  /** When the account was last seen answering customers (epoch ms), if known. */
  lastSeenAt: z.number().int().nonnegative().optional(),
});
export type Handle = z.infer<typeof Handle>;

export const RetiredHandle = z.strictObject({
  network: Platform,
  handle: HandleText,
  note: z.string().max(600).optional(),
  source: z.string().max(600).optional(),
});
export type RetiredHandle = z.infer<typeof RetiredHandle>;

export const Phone = z.strictObject({
  /** E.164 where it can be normalised; otherwise as written (short codes such as 611). */
  number: z.string().min(2).max(32),
  label: ShortText.optional(),
  country: z.string().max(8).optional(),
  source: z.string().max(600).optional(),
  /** How old or indirect the evidence is ("from a 2008 blog; verify"). */
  note: z.string().max(600).optional(),
});
export type Phone = z.infer<typeof Phone>;

export const Domain = z
  .string()
  .min(3)
  .max(253)
  // Internationalised top-level domains arrive in punycode ("xn--p1ai" for .рф).
  .regex(/^[a-z0-9.-]+\.([a-z]{2,}|xn--[a-z0-9-]+)$/, 'a domain such as example.com');

export const Company = z.strictObject({
  id: CompanyId,
  name: ShortText.min(1),
  domains: z.array(Domain).max(LIMITS.listItems),
  sector: Sector,
  /** ISO 3166 alpha-2, or "global" / "EU". */
  country: z.string().min(2).max(8),
  handles: z.partialRecord(Platform, Handle),
  retiredHandles: z.array(RetiredHandle).max(LIMITS.listItems),
  otherHandles: z
    .array(RetiredHandle.extend({ confidence: Confidence.optional() }))
    .max(LIMITS.listItems)
    .optional(),
  phones: z.array(Phone).max(LIMITS.listItems),
  emails: z.array(z.email().max(254)).max(LIMITS.listItems),
  contactUrls: z.array(WebUrl).max(LIMITS.listItems),
  /** Where the contact URLs and emails come from (directory entries cite a source). */
  contactSource: z.string().max(600).optional(),
  /** Networks where the company no longer answers customers (Air France and KLM left X in 2023). */
  silentOn: z
    .array(
      z.strictObject({
        network: Platform,
        since: ShortText.optional(),
        note: z.string().max(600).optional(),
        source: z.string().max(600).optional(),
      }),
    )
    .max(LIMITS.listItems)
    .optional(),
  status: z.enum(['active', 'defunct', 'merged']),
  notes: Text.optional(),
  /** directory: bundled with the extension; user: added or corrected by the user; auto: found on a page. */
  source: z.enum(['directory', 'user', 'auto']),
  ...Stamps,
});
export type Company = z.infer<typeof Company>;
