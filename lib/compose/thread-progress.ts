import type { Escalation, PostedPart } from '../model';

/**
 * Where a thread stands: which of its parts went out, which comes next, and what each replies to.
 * Pure: the composer and the background both decide from the stored escalation, whatever order
 * the parts were recorded in (by hand, or seen on the network's page).
 */

/** The parts posted so far, by index. A posted escalation from before parts were tracked counts whole. */
export function postedPartsOf(
  e: Pick<Escalation, 'status' | 'parts' | 'postedAt' | 'postUrl' | 'postedParts'> | undefined,
): PostedPart[] {
  if (!e) return [];
  if (e.postedParts) return [...e.postedParts].sort((a, b) => a.index - b.index);
  if (e.status !== 'posted') return [];
  const at = e.postedAt ?? 0;
  return e.parts.map((_, index) => (index === 0 && e.postUrl ? { index, at, url: e.postUrl } : { index, at }));
}

/** The first part not posted yet, or undefined when all `total` parts are out. */
export function nextPartIndex(e: Parameters<typeof postedPartsOf>[0], total: number): number | undefined {
  const done = new Set(postedPartsOf(e).map((p) => p.index));
  for (let i = 0; i < total; i += 1) if (!done.has(i)) return i;
  return undefined;
}

/** The link of the part that `index` should reply to (the one before it), when known. */
export function replyParentUrl(e: Parameters<typeof postedPartsOf>[0], index: number): string | undefined {
  if (index <= 0) return undefined;
  return postedPartsOf(e).find((p) => p.index === index - 1)?.url;
}

/** Every link the thread's parts are known by. */
export function partUrls(e: Parameters<typeof postedPartsOf>[0]): string[] {
  return postedPartsOf(e).flatMap((p) => (p.url ? [p.url] : []));
}

/**
 * The escalation with part `index` recorded as posted at `at` (a part recorded again keeps its
 * first time and gains a link it lacked). The escalation counts as posted from its first part:
 * `postedAt` is the earliest part's time and `postUrl` the first part's link.
 */
export function withPartPosted(
  e: Escalation,
  index: number,
  at: number,
  url: string | undefined,
  now: number,
): Escalation {
  const parts = postedPartsOf(e).filter((p) => p.index < e.parts.length);
  const existing = parts.find((p) => p.index === index);
  const updated: PostedPart = existing
    ? { ...existing, ...(existing.url === undefined && url !== undefined ? { url } : {}) }
    : { index, at, ...(url !== undefined ? { url } : {}) };
  const postedParts = [...parts.filter((p) => p.index !== index), updated].sort((a, b) => a.index - b.index);
  const first = postedParts.find((p) => p.index === 0);
  const postUrl = first?.url ?? e.postUrl;
  return {
    ...e,
    status: 'posted',
    postedAt: Math.min(...postedParts.map((p) => p.at)),
    ...(postUrl !== undefined ? { postUrl } : {}),
    postedParts,
    updatedAt: now,
  };
}

/** The link of one posted part set (or replaced), when the person pastes it. */
export function withPartUrl(e: Escalation, index: number, url: string, now: number): Escalation {
  const parts = postedPartsOf(e);
  const part = parts.find((p) => p.index === index);
  if (!part) return e;
  const postedParts = parts.map((p) => (p.index === index ? { ...p, url } : p));
  return { ...e, postedParts, ...(index === 0 ? { postUrl: url } : {}), updatedAt: now };
}

/** The newest escalation with some parts posted and some still to go (not Reddit: one post). */
export function threadInProgress(escalations: readonly Escalation[]): Escalation | undefined {
  return escalations
    .filter((e) => e.platform !== 'reddit' && e.status === 'posted' && nextPartIndex(e, e.parts.length) !== undefined)
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
}
