import type { Measured } from './count-measure';

/** Networks without a counting rule of their own: one per code point. */
export function countCodePoints(text: string, limit: number): Measured {
  if (!/[\ud800-\udfff]/.test(text)) return { used: text.length, overflowAt: text.length > limit ? limit : undefined };
  let used = 0;
  let index = 0;
  let overflowAt: number | undefined;
  for (const ch of text) {
    used += 1;
    if (overflowAt === undefined && used > limit) overflowAt = index;
    index += ch.length;
  }
  return { used, overflowAt };
}
