import { saveResponseRecord } from '../data/record-commands';
import { getDb } from '../db/database';
import { listCompanies } from '../companies';
import { requestReminderRebuild } from '../followup/scheduler';
import type { Escalation } from '../model';
import { companyByHandle, sameHandle } from '../social/handles';
import { partUrls } from '../compose/thread-progress';
import { authorOfPermalink, samePost } from '../social/permalinks';
import { Refusal } from '../messages/refusal';
import { fromNetworkPage } from '../social/network-page';
import type { Response } from '../messages/protocol';
import { pageHost } from './page-host';
import type { Handler } from './types';

export type ReplySeenResult = Response<'cs/social-reply-seen'>;

/**
 * Which of the user's posts a reply answers: the post it replies to, or — on the user's own
 * thread — the latest post to that company. A reply in someone else's thread is not theirs.
 */
function escalationFor(
  candidates: readonly Escalation[],
  platform: Escalation['platform'],
  inReplyToUrl: string | undefined,
): Escalation | undefined {
  if (!inReplyToUrl) return undefined;
  // Any part of a thread: the company may answer its second post.
  const direct = candidates.find((e) => partUrls(e).some((url) => samePost(url, inReplyToUrl)));
  if (direct) return direct;
  const threadAuthor = authorOfPermalink(platform, inReplyToUrl);
  if (!threadAuthor) return undefined;
  return candidates
    .filter((e) => e.postUrl !== undefined && authorOfPermalink(platform, e.postUrl) === threadAuthor)
    .sort((a, b) => (b.postedAt ?? 0) - (a.postedAt ?? 0))[0];
}

/**
 * The company's account replied to one of the user's posts: record a public_reply response once
 * (dedupe by the reply's URL within the case).
 */
export const socialReplySeen = (async (msg, ctx): Promise<ReplySeenResult> => {
  // Only the network's own pages, where the social script runs, may report about it (a post on
  // x.com is never a Bluesky post; a Mastodon report from a site that is no server we read is forged).
  if (!(await fromNetworkPage(msg.platform, ctx.url)))
    throw new Refusal(`refused: a ${msg.platform} report from another site`);
  const host = pageHost(ctx.url);
  const company = companyByHandle(msg.platform, msg.by, await listCompanies(), host);
  if (!company) return { recorded: false };

  const db = getDb();
  const result = await db.transaction(
    'rw',
    db.escalations,
    db.responses,
    db.cases,
    async (): Promise<ReplySeenResult> => {
      const posted = (await db.escalations.where('status').equals('posted').toArray()).filter(
        (e) =>
          e.companyId === company.id && e.platform === msg.platform && sameHandle(msg.platform, e.handle, msg.by, host),
      );
      const escalation = escalationFor(posted, msg.platform, msg.inReplyToUrl);
      if (!escalation) return { recorded: false };
      const known = await db.responses
        .where('[caseId+at]')
        .between([escalation.caseId, 0], [escalation.caseId, Infinity])
        .toArray();
      const same = known.find((r) => r.url !== undefined && samePost(r.url, msg.url));
      if (same) return { recorded: true, responseId: same.id, caseId: same.caseId, repeat: true };
      const at = Math.min(msg.at, ctx.now);
      const saved = await saveResponseRecord(
        {
          id: crypto.randomUUID(),
          caseId: escalation.caseId,
          escalationId: escalation.id,
          kind: 'public_reply',
          at,
          by: msg.by,
          url: msg.url,
          note: msg.text,
          source: 'auto',
          createdAt: ctx.now,
          updatedAt: ctx.now,
        },
        ctx.now,
      );
      return { recorded: true, responseId: saved.id, caseId: saved.caseId, repeat: false };
    },
  );
  if (result.recorded && !result.repeat) await requestReminderRebuild();
  return result;
}) satisfies Handler<'cs/social-reply-seen'>;
