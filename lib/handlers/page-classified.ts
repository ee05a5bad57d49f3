import { inCaptureOrder } from '../capture/queue';
import { addressOf, addressWords } from '../detect/signal';
import { attempts, attemptsOfCompanySince, attemptsUpdatedBetween } from '../db/attempts';
import { saveAttemptRecord } from '../data/record-commands';
import { getDb } from '../db/database';
import { companyForUrl } from '../companies';
import { newAutoAttempt } from '../autolog/new-attempt';
import { isRateLimited } from '../autolog/rate-limit';
import { planReference } from '../autolog/reference';
import { MAX_CLOCK_SKEW_MS, RATE_LIMIT_MAX, RATE_LIMIT_WINDOW_MS } from '../autolog/windows';
import { Refusal } from '../messages/refusal';
import type { Request, Response } from '../messages/protocol';
import type { Attempt, Company } from '../model';
import { channelAutoLogEnabled, type Settings } from '../settings/schema';
import { drainOutboxNow } from './attempt-detected';
import { companyOfPage } from './page-company';
import { pageLoggingSettings } from './page-logging-settings';
import { pageOfSender } from './page-of-sender';
import { caseForAutoAttempt } from './auto-case';
import { rememberForTab } from './reported-attempt';
import type { Handler, HandlerContext } from './types';
import { DAY } from '../time-units';

export type PageClassifiedResult = Response<'cs/page-classified'>;

/** A page as classified — by the content script (cs/page-classified) or here from its reading (./page-read.ts). */
export type ClassifiedPage = Omit<Request<'cs/page-classified'>, 'type'>;

/** How far back a reloaded confirmation page finds its reference already recorded. */
const ALREADY_RECORDED_MS = 30 * DAY;

async function recordReference(
  msg: ClassifiedPage,
  reference: string,
  host: string,
  site: string,
  ctx: HandlerContext,
  mayCreate: boolean,
): Promise<PageClassifiedResult> {
  const settings = await pageLoggingSettings(msg.pageUrl);
  const company = await companyOfPage(msg.company, host, ctx.now);
  // In capture order, after every report still in the outbox: the form that led to this page
  // is stored before its reference looks for it, whichever reached the background first.
  const done = await inCaptureOrder(async () => {
    await drainOutboxNow(() => ctx.now).catch(() => undefined);
    return joinReference(msg, reference, company, site, settings, ctx, mayCreate);
  });

  if (!done.attached) await rememberForTab(ctx, done.attempt, done.openedCase);
  return {
    kind: msg.kind,
    companyName: company.name,
    companyId: company.id,
    known: company.source !== 'auto',
    attached: done.attached,
    attemptId: done.attempt.id,
    caseId: done.attempt.caseId,
  };
}

/** The reference joins the attempt it confirms, or becomes a web-form attempt of its own. */
async function joinReference(
  msg: ClassifiedPage,
  reference: string,
  company: Company,
  site: string,
  settings: Settings,
  ctx: HandlerContext,
  mayCreate: boolean,
): Promise<{ attempt: Attempt; attached: boolean; openedCase: boolean }> {
  const db = getDb();
  return db.transaction('rw', db.cases, db.attempts, async () => {
    const plan = planReference(
      await attemptsOfCompanySince(company.id, ctx.now - ALREADY_RECORDED_MS, ctx.now + MAX_CLOCK_SKEW_MS),
      reference,
      ctx.now,
    );
    if (plan.kind === 'already') return { attempt: plan.attempt, attached: true, openedCase: false };
    if (plan.kind === 'attach') {
      const attempt = await attempts.put({
        ...plan.attempt,
        reference,
        updatedAt: Math.max(plan.attempt.updatedAt, ctx.now),
      });
      return { attempt, attached: true, openedCase: false };
    }
    // Shown in place by a page's script, a number proves no contact: only a page the person
    // reached whose address or title says it confirms a message may stand for one.
    if (!mayCreate)
      throw new Refusal(
        'not logged: the reference joins no contact made from this site, and the page does not say it confirms one',
      );
    if (!channelAutoLogEnabled(settings, 'web_form')) {
      throw new Refusal('not logged: automatic logging of web_form contacts is switched off');
    }
    if (isRateLimited(await attemptsUpdatedBetween(ctx.now - RATE_LIMIT_WINDOW_MS, ctx.now), site, ctx.now)) {
      throw new Refusal(
        `not logged: ${site} already produced ${RATE_LIMIT_MAX} automatic entries in the last ${RATE_LIMIT_WINDOW_MS / 60_000} minutes`,
      );
    }
    const { theCase, opened } = await caseForAutoAttempt(company, 'web_form', ctx.now, ctx.now);
    const attempt = await saveAttemptRecord(
      newAutoAttempt(
        { id: crypto.randomUUID(), channel: 'web_form', at: ctx.now, pageUrl: msg.pageUrl, reference },
        { caseId: theCase.id, companyId: company.id, now: ctx.now, keepMessageCopy: false },
      ),
      ctx.now,
    );
    return { attempt, attached: false, openedCase: opened };
  });
}

/**
 * What the content script concluded about a page. A confirmation page's reference number is
 * recorded; for every kind the reply names the company (the toolbar badge shows it) without
 * adding anything to the directory.
 */
export const pageClassified: Handler<'cs/page-classified'> = (msg, ctx) => recordPage(msg, ctx);

/**
 * The handler's work, shared with the page reading handler (./page-read.ts), which calls it with
 * the page it judged — no message is made up for it. A reference joins a contact made from the
 * site; `mayCreate`: with none to join, it stands for one (a page that says it confirms a message,
 * reached after sending one where nothing was listening).
 */
export async function recordPage(
  msg: ClassifiedPage,
  ctx: HandlerContext,
  mayCreate = false,
): Promise<PageClassifiedResult> {
  const { host, site } = pageOfSender(msg.pageUrl, ctx);
  if (msg.kind === 'confirmation' && msg.reference?.trim()) {
    const confirms = mayCreate || addressWords(addressOf(msg.pageUrl), '') === 'confirmation';
    return recordReference(msg, msg.reference.trim(), host, site, ctx, confirms);
  }
  const company = await companyForUrl(msg.pageUrl);
  const result: PageClassifiedResult = {
    kind: msg.kind,
    companyName: company?.name ?? (msg.company.name?.trim() || site),
    companyId: company?.id,
    known: company !== undefined && company.source !== 'auto',
    attached: false,
  };
  return result;
}
