import { listCompanies } from '../companies';
import { draftFor } from '../compose/draft';
import { recordsOfCase } from '../data/case-records';
import { cases, latestOpenCaseOf } from '../db/cases';
import { getDb } from '../db/database';
import { Refusal } from '../messages/refusal';
import type { Platform } from '../model';
import { nextPartIndex, threadInProgress } from '../compose/thread-progress';
import { loadSettings } from '../settings/items';
import { companyByHandle, sameHandle } from '../social/handles';
import { fromNetworkPage } from '../social/network-page';
import type { Response } from '../messages/protocol';
import { pageHost } from './page-host';
import type { Handler } from './types';

/** Only what the page's composer needs: the text to insert, nothing else about the case. */
export type DraftReply = Response<'cs/draft-request'>;

/**
 * What to insert for this handle: the next part of a thread already going out, else the newest
 * saved draft (its first part: the others follow as replies), in a case still open.
 */
async function savedText(platform: Platform, handle: string, host?: string): Promise<string | undefined> {
  const mine = (await getDb().escalations.where('status').anyOf('draft', 'posted').toArray())
    .filter((e) => e.platform === platform && sameHandle(platform, e.handle, handle, host))
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const thread = threadInProgress(mine);
  const drafts = mine.filter((e) => e.status === 'draft');
  for (const e of thread ? [thread, ...drafts] : drafts) {
    const c = await cases.get(e.caseId);
    if (c?.status !== 'open') continue;
    if (platform === 'reddit') return e.parts[1] ?? '';
    const next = nextPartIndex(e, e.parts.length);
    if (next !== undefined) return e.parts[next];
  }
  return undefined;
}

/**
 * The social script's "Insert Paper Trail draft": the saved text addressed to the handle in the
 * page's composer (a thread's next part, or a draft's first), or a fresh one for that company's newest open case. Refuses when there is none,
 * and — before reading anything — unless the asking page is one of the network's own pages where
 * the social script runs: a draft cites the case's history, and any other site's content-script
 * context could otherwise ask for it. The answer is the text alone.
 */
export const draftRequest = (async (msg, ctx): Promise<DraftReply> => {
  if (!(await fromNetworkPage(msg.platform, ctx.url)))
    throw new Refusal(`refused: a ${msg.platform} draft is given only to ${msg.platform}'s own pages`);
  const host = pageHost(ctx.url);
  const saved = await savedText(msg.platform, msg.handle, host);
  if (saved?.trim()) return { text: saved };
  const company = companyByHandle(msg.platform, msg.handle, await listCompanies(), host);
  if (!company) throw new Refusal('no company in the directory uses this handle');
  const caseRecord = await latestOpenCaseOf(company.id);
  if (!caseRecord) throw new Refusal('no open case for this company');
  const [{ attempts, escalations, responses }, settings] = await Promise.all([
    recordsOfCase(caseRecord.id),
    loadSettings(),
  ]);
  const draft = draftFor({
    caseRecord,
    company,
    attempts,
    escalations,
    responses,
    platform: msg.platform,
    kind: escalations.some((e) => e.status === 'posted') ? 'follow_up' : 'initial',
    tone: 'friendly',
    handle: company.handles[msg.platform]?.handle,
    now: ctx.now,
    mastodonLimit: settings.mastodonLimit,
  });
  // Like a saved draft: its first part (a Reddit post's body) — the rest of a thread follows as replies.
  return { text: (msg.platform === 'reddit' ? draft.parts[1] : draft.parts[0]) ?? draft.text };
}) satisfies Handler<'cs/draft-request'>;
