import { z } from 'zod';

/** Limits shared by every schema: a boundary never accepts unbounded text. */
export const LIMITS = {
  shortText: 200,
  text: 5_000,
  url: 2_048,
  listItems: 50,
} as const;

/** Epoch milliseconds; IndexedDB indexes numbers well. */
export const Timestamp = z.number().int().nonnegative().max(8.64e15);

/** Client-generated UUID (v4 or v7): a retried write is idempotent. */
export const Id = z.uuid();

/** Company ids are slugs ("t-mobile", "user-acme-co"). */
export const CompanyId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case slug of letters, digits and dashes');

export const ShortText = z.string().max(LIMITS.shortText);
export const Text = z.string().max(LIMITS.text);

/** Only http(s), mailto and tel URLs ever become links. */
export const SafeUrl = z
  .string()
  .max(LIMITS.url)
  .refine((value) => {
    try {
      return ['http:', 'https:', 'mailto:', 'tel:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'a URL starting with http, https, mailto or tel');

export const WebUrl = z
  .string()
  .max(LIMITS.url)
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'an http or https URL');

export const Source = z.enum(['auto', 'manual']);
export type Source = z.infer<typeof Source>;

export const Promise_ = z.strictObject({
  text: ShortText.min(1),
  dueAt: Timestamp,
});
export type PromiseMade = z.infer<typeof Promise_>;

/** Every stored record carries these, so imports can merge by "newer updatedAt wins". */
export const Stamps = {
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

export const Platform = z.enum(['x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook', 'instagram', 'reddit']);
export type Platform = z.infer<typeof Platform>;
export const PLATFORMS = Platform.options;
