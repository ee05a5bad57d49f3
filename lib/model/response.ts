import { z } from 'zod';
import { Id, Promise_, ShortText, Source, Stamps, Text, Timestamp, WebUrl } from './common';

export const ResponseKind = z.enum(['public_reply', 'dm', 'call', 'email', 'promise', 'fix', 'refusal']);
export type ResponseKind = z.infer<typeof ResponseKind>;

export const Response = z.strictObject({
  id: Id,
  caseId: Id,
  escalationId: Id.optional(),
  kind: ResponseKind,
  at: Timestamp,
  /** Who answered: a handle, agent name or team. */
  by: ShortText.optional(),
  url: WebUrl.optional(),
  note: Text.optional(),
  /** For kind "promise": what and by when. */
  promise: Promise_.optional(),
  /** For "did they fix it?" answers and promises: kept, broken or not yet known. */
  promiseKept: z.boolean().optional(),
  source: Source,
  ...Stamps,
});
export type Response = z.infer<typeof Response>;
