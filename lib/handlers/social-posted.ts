import { postEscalationRecord } from '../data/record-commands';
import { getDb } from '../db/database';
import { escalations } from '../db/escalations';
import { listCompanies } from '../companies';
import { requestReminderRebuild } from '../followup/scheduler';
import { t } from '../i18n';
import type { Company, Escalation, Platform } from '../model';
import { companyByHandle, sameHandle, textSimilarity } from '../social/handles';
import { authorOfPermalink, samePost } from '../social/permalinks';
import { partUrls, postedPartsOf, withPartPosted } from '../compose/thread-progress';
import { Refusal } from '../messages/refusal';
import { fromNetworkPage } from '../social/network-page';
import type { Response } from '../messages/protocol';
import { pageHost } from './page-host';
import type { Handler } from './types';
import { caseToJoin } from './auto-case';
import { MINUTE } from '../time-units';

/** Whether and how the post was recorded (lib/messages/responses.ts). */
export type SocialPostedResult = Response<'cs/social-posted'>;

/** A draft counts as what was posted when most of its words were (the user may have edited it). */
const DRAFT_MATCH = 0.5;
/** A second report of the same post (retry, double click) within this window changes nothing. */
const REPEAT_WINDOW_MS = 10 * MINUTE;
const MAX_CLOCK_SKEW_MS = 5 * MINUTE;

function addressedCompany(
  platform: Platform,
  mentions: readonly string[],
  companies: readonly Company[],
  host?: string,
) {
  for (const m of mentions) {
    const company = companyByHandle(platform, m, companies, host);
    const handle = company?.handles[platform]?.handle;
    if (company && handle) return { company, handle };
  }
  return undefined;
}

/** The escalation and part index a published text is, among drafts and threads still going out. */
function partPosted(candidates: readonly Escalation[], text: string, parent?: Escalation) {
  return candidates
    .flatMap((e) => {
      const done = new Set(postedPartsOf(e).map((p) => p.index));
      return e.parts.flatMap((part, index) =>
        done.has(index) ? [] : [{ e, index, score: textSimilarity(part, text) }],
      );
    })
    .filter((x) => x.score >= DRAFT_MATCH)
    .sort(
      (a, b) => Number(b.e === parent) - Number(a.e === parent) || b.score - a.score || b.e.updatedAt - a.e.updatedAt,
    )[0];
}

function isRepeat(e: Escalation, msg: { text: string; postUrl?: string | undefined }, at: number): boolean {
  return postedPartsOf(e).some(
    (p) =>
      (msg.postUrl !== undefined && p.url !== undefined && samePost(p.url, msg.postUrl)) ||
      (Math.abs(p.at - at) < REPEAT_WINDOW_MS && textSimilarity(e.parts[p.index] ?? '', msg.text) >= 0.9),
  );
}

/**
 * The user published a post on a social network. If it is addressed to a known company's handle,
 * the matching draft escalation becomes "posted" with its link, or a posted escalation is added
 * to the company's open case (opening one if needed). Anything else is ignored.
 */
export const socialPosted = (async (msg, ctx): Promise<SocialPostedResult> => {
  // Only the network's own pages, where the social script runs, may report about it (a post on
  // x.com is never a Bluesky post; a Mastodon report from a site that is no server we read is forged).
  if (!(await fromNetworkPage(msg.platform, ctx.url)))
    throw new Refusal(`refused: a ${msg.platform} report from another site`);
  const host = pageHost(ctx.url);
  const companies = await listCompanies();
  const at = Math.min(msg.at, ctx.now + MAX_CLOCK_SKEW_MS);

  const db = getDb();
  const result = await db.transaction('rw', db.escalations, db.cases, async (): Promise<SocialPostedResult> => {
    const ofPlatform = (await db.escalations.where('status').anyOf('draft', 'posted').toArray()).filter(
      (e) => e.platform === msg.platform,
    );
    // A reply to one of the person's own posts belongs to that post's company, handle typed or not.
    const parent =
      msg.replyTo === undefined
        ? undefined
        : ofPlatform.find((e) => partUrls(e).some((url) => samePost(url, msg.replyTo ?? '')));
    const parentCompany = parent ? companies.find((c) => c.id === parent.companyId) : undefined;
    const target =
      addressedCompany(msg.platform, msg.mentions, companies, host) ??
      (parent && parentCompany ? { company: parentCompany, handle: parent.handle } : undefined) ??
      // A reply to the company's own post (its author is in the link).
      (msg.replyTo === undefined
        ? undefined
        : addressedCompany(
            msg.platform,
            [authorOfPermalink(msg.platform, msg.replyTo) ?? ''].filter(Boolean),
            companies,
            host,
          ));
    if (!target) return { recorded: false };
    const { company, handle } = target;
    const ofCompany = ofPlatform.filter(
      (e) => e.companyId === company.id && sameHandle(msg.platform, e.handle, handle, host),
    );

    const repeat = ofCompany.find((e) => e.status === 'posted' && isRepeat(e, msg, at));
    if (repeat) {
      // A later report may carry the link the first one lacked.
      const part = postedPartsOf(repeat).find(
        (p) =>
          textSimilarity(repeat.parts[p.index] ?? '', msg.text) >= 0.9 ||
          (p.url !== undefined && msg.postUrl !== undefined && samePost(p.url, msg.postUrl)),
      );
      if (part && part.url === undefined && msg.postUrl)
        await escalations.put(withPartPosted(repeat, part.index, part.at, msg.postUrl, ctx.now));
      return {
        recorded: true,
        escalationId: repeat.id,
        caseId: repeat.caseId,
        how: 'repeat',
        ...(part ? { part: part.index } : {}),
      };
    }

    const match = partPosted(ofCompany, msg.text, parent);
    if (match) {
      const { e, index } = match;
      // A single-part draft records what was actually published; a thread keeps its parts.
      const base: Escalation = e.parts.length === 1 ? { ...e, parts: [msg.text] } : e;
      await postEscalationRecord(withPartPosted(base, index, at, msg.postUrl, ctx.now), at, ctx.now);
      return { recorded: true, escalationId: e.id, caseId: e.caseId, how: 'draft', part: index };
    }

    const { theCase } = await caseToJoin(
      company.id,
      { title: t('followup.autoCase.title', { company: company.name }), problem: msg.text },
      at,
      ctx.now,
    );
    const earlier = ofCompany.some((e) => e.caseId === theCase.id && e.status === 'posted');
    const created = await postEscalationRecord(
      {
        id: crypto.randomUUID(),
        caseId: theCase.id,
        companyId: company.id,
        platform: msg.platform,
        handle,
        kind: earlier ? 'follow_up' : 'initial',
        tone: 'friendly',
        parts: [msg.text],
        status: 'posted',
        postedAt: at,
        postUrl: msg.postUrl,
        postedParts: [{ index: 0, at, ...(msg.postUrl ? { url: msg.postUrl } : {}) }],
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
      at,
      ctx.now,
    );
    return { recorded: true, escalationId: created.id, caseId: theCase.id, how: 'new', part: 0 };
  });
  if (result.how !== 'repeat') await requestReminderRebuild();
  return result;
}) satisfies Handler<'cs/social-posted'>;
