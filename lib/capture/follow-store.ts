import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { serialQueue } from './queue';
import {
  emptyFollowState,
  pagesToRead,
  prune,
  withLoad,
  withRead,
  withSent,
  type FollowState,
  type PageLoad,
  type SentFrom,
} from './follow';

/**
 * The follow lists (./follow.ts) in session storage, so they outlive a stopped worker. Updates
 * are serialised in the order the events reached the worker: a report noted as its message
 * arrives, before anything is awaited, is seen by every page load noted after it, and a page load
 * noted first is seen by the report.
 */
const Entry = z.object({ at: z.number() });
const State = z.object({
  sent: z.array(
    Entry.extend({ attemptId: z.string().max(64), site: z.string().max(253), tabId: z.number().int().optional() }),
  ),
  loads: z.array(Entry.extend({ tabId: z.number().int(), url: z.string().max(4096), site: z.string().max(253) })),
  read: z.array(z.string().max(200)),
});

const item = storage.defineItem<unknown>('session:captureFollow', { fallback: emptyFollowState() });

const inOrder = serialQueue();

async function read(now: number): Promise<FollowState> {
  const parsed = State.safeParse(await item.getValue());
  return prune(parsed.success ? parsed.data : emptyFollowState(), now);
}

/** Applies `change` and returns the pages now to read, marked read. */
function update(change: (state: FollowState) => FollowState, now: number): Promise<PageLoad[]> {
  return inOrder(async () => {
    const changed = change(await read(now));
    const pairs = pagesToRead(changed, now);
    await item.setValue(withRead(changed, pairs));
    return pairs.map(({ load }) => load);
  });
}

/**
 * Whether a page of `site` in `tabId` follows a report sent from the same site (in that tab, or
 * from the outbox, whose tab is unknown) within the follow window: a reference it shows is the
 * confirmation of that contact, whatever the page says of itself.
 */
export function followsReport(tabId: number | undefined, site: string, now: number): Promise<boolean> {
  return inOrder(async () =>
    (await read(now)).sent.some((s) => s.site === site && (s.tabId === undefined || s.tabId === tabId)),
  );
}

export function noteSent(sent: SentFrom, now: number): Promise<PageLoad[]> {
  return update((state) => withSent(state, sent), now);
}

export function noteLoad(load: PageLoad, now: number): Promise<PageLoad[]> {
  return update((state) => withLoad(state, load), now);
}
