import { touchCase } from '../db/cases';
import { getDb } from '../db/database';
import { escalations } from '../db/escalations';
import { listCompanies } from '../companies';
import { requestReminderRebuild } from '../followup/scheduler';
import { t } from '../i18n';
import type { Company, Escalation, Platform } from '../model';
import { companyByHandle, sameHandle, textSimilarity } from '../social/handles';
import { samePost } from '../social/permalinks';
import { Refusal } from '../messages/refusal';
import { isNetworkPage } from '../social/hosts';
import type { Handler } from './types';
import { caseToJoin } from './auto-case';

export interface SocialPostedResult {
  recorded: boolean;
  escalationId?: string;
  caseId?: string;
  /** 'draft' = a saved draft became posted; 'new' = a posted escalation was created; 'repeat' = already recorded. */
  how?: 'draft' | 'new' | 'repeat';
}

/** A draft counts as what was posted when most of its words were (the user may have edited it). */
const DRAFT_MATCH = 0.5;
/** A second report of the same post (retry, double click) within this window changes nothing. */
const REPEAT_WINDOW_MS = 10 * 60_000;
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

function pageHost(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host : undefined;
  } catch {
    return undefined;
  }
}

function addressedCompany(platform: Platform, mentions: readonly string[], companies: readonly Company[], host?: string) {
  for (const m of mentions) {
    const company = companyByHandle(platform, m, companies, host);
    const handle = company?.handles[platform]?.handle;
    if (company && handle) return { company, handle };
  }
  return undefined;
}

/**
 * The user published a post on a social network. If it is addressed to a known company's handle,
 * the matching draft escalation becomes "posted" with its link, or a posted escalation is added
 * to the company's open case (opening one if needed). Anything else is ignored.
 */
export const socialPosted = (async (msg, ctx): Promise<SocialPostedResult> => {
  // Only the network's own pages, where the social script runs, may report about it (a post on
  // x.com is never a Bluesky post; a Mastodon report from a site that is no server we read is forged).
  if (!isNetworkPage(msg.platform, ctx.url)) throw new Refusal(`refused: a ${msg.platform} report from another site`);
  const host = pageHost(ctx.url);
  const target = addressedCompany(msg.platform, msg.mentions, await listCompanies(), host);
  if (!target) return { recorded: false };
  const { company, handle } = target;
  const at = Math.min(msg.at, ctx.now + MAX_CLOCK_SKEW_MS);

  const db = getDb();
  const result = await db.transaction('rw', db.escalations, db.cases, async (): Promise<SocialPostedResult> => {
    const ofCompany = (await db.escalations.where('status').anyOf('draft', 'posted').toArray()).filter(
      (e) => e.companyId === company.id && e.platform === msg.platform && sameHandle(msg.platform, e.handle, handle, host),
    );
    const repeat = ofCompany.find(
      (e) =>
        e.status === 'posted' &&
        ((msg.postUrl !== undefined && e.postUrl !== undefined && samePost(e.postUrl, msg.postUrl)) ||
          (Math.abs((e.postedAt ?? 0) - at) < REPEAT_WINDOW_MS && textSimilarity(e.parts.join(' '), msg.text) >= 0.9)),
    );
    if (repeat) {
      // A later report may carry the link the first one lacked.
      if (!repeat.postUrl && msg.postUrl) await escalations.put({ ...repeat, postUrl: msg.postUrl, updatedAt: ctx.now });
      return { recorded: true, escalationId: repeat.id, caseId: repeat.caseId, how: 'repeat' };
    }

    const draft = ofCompany
      .filter((e) => e.status === 'draft')
      .map((e) => ({ e, score: textSimilarity(e.parts.join(' '), msg.text) }))
      .filter((x) => x.score >= DRAFT_MATCH)
      .sort((a, b) => b.score - a.score || b.e.updatedAt - a.e.updatedAt)[0]?.e;
    if (draft) {
      const posted: Escalation = {
        ...draft,
        // A single-part draft records what was actually published; a thread keeps its parts.
        parts: draft.parts.length === 1 ? [msg.text] : draft.parts,
        status: 'posted',
        postedAt: at,
        postUrl: msg.postUrl ?? draft.postUrl,
        updatedAt: ctx.now,
      };
      await escalations.put(posted);
      await touchCase(draft.caseId, at, ctx.now);
      return { recorded: true, escalationId: draft.id, caseId: draft.caseId, how: 'draft' };
    }

    const { theCase } = await caseToJoin(
      company.id,
      { title: t('followup.autoCase.title', { company: company.name }), problem: msg.text },
      at,
      ctx.now,
    );
    const earlier = ofCompany.some((e) => e.caseId === theCase.id && e.status === 'posted');
    const created = await escalations.put({
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
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await touchCase(theCase.id, at, ctx.now);
    return { recorded: true, escalationId: created.id, caseId: theCase.id, how: 'new' };
  });
  if (result.how !== 'repeat') await requestReminderRebuild();
  return result;
}) satisfies Handler<'cs/social-posted'>;
