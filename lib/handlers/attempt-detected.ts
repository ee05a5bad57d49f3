import type { CountryCode } from 'libphonenumber-js/min';
import { browser } from 'wxt/browser';
import { syncCallBadge } from '../calls/badge';
import { readPages } from '../capture/follow-pages';
import { noteSent } from '../capture/follow-store';
import { pendingReports, removeReport } from '../capture/outbox';
import { inCaptureOrder } from '../capture/queue';
import { attempts, attemptsUpdatedBetween } from '../db/attempts';
import { saveAttemptRecord } from '../data/record-commands';
import { cases } from '../db/cases';
import { getDb } from '../db/database';
import { completedBy, findDuplicate, sentBefore } from '../autolog/dedupe';
import { newAutoAttempt } from '../autolog/new-attempt';
import { isRateLimited } from '../autolog/rate-limit';
import { sentFormDetails } from '../autolog/sent-form';
import {
  DEDUPE_WINDOW_MS,
  MAX_CLOCK_SKEW_MS,
  RATE_LIMIT_MAX,
  RATE_LIMIT_WINDOW_MS,
  REFERENCE_WINDOW_MS,
} from '../autolog/windows';
import { Refusal } from '../messages/refusal';
import { regionOf } from '../phones/dialled';
import type { Attempt } from '../model';
import type { Response } from '../messages/protocol';
import { channelAutoLogEnabled } from '../settings/schema';
import { caseForAutoAttempt } from './auto-case';
import { pageLoggingSettings } from './page-logging-settings';
import { companyOfPage } from './page-company';
import { pageOfSender } from './page-of-sender';
import { rememberForTab, storedByReport } from './reported-attempt';
import { settleReport } from './settle-report';
import type { Handler, HandlerContext, MessageOf } from './types';
import { DAY } from '../time-units';

/** What the in-page toast shows ("Logged: web form to Acme, case …  Undo · Change case"): see lib/messages/responses.ts. */
export type AttemptDetectedResult = Response<'cs/attempt-detected'>;

const MAX_AGE_MS = DAY;

const regionField = (region: CountryCode | undefined) => (region ? { region } : {});

async function checkSettings(msg: MessageOf<'cs/attempt-detected'>) {
  const settings = await pageLoggingSettings(msg.pageUrl);
  if (!channelAutoLogEnabled(settings, msg.channel)) {
    throw new Refusal(`not logged: automatic logging of ${msg.channel} contacts is switched off`);
  }
  return settings;
}

/**
 * A contact the page part saw the person make. The same report may arrive twice — as a message
 * and through the outbox (lib/capture/outbox-record.ts) — in either order, or only through the
 * outbox when the page left before the message got an answer: it is stored once, by its id.
 * Before anything is awaited, the report is noted for the follow lists, so the page the tab loads
 * next (the thank-you page) is read however soon it finishes loading.
 */
export const attemptDetected: Handler<'cs/attempt-detected'> = (msg, ctx) => {
  followReport(msg, ctx);
  return inCaptureOrder(() => storeReported(msg, ctx));
};

/** Notes the report for the follow lists (the page its tab, or its site, loads next is read). */
function followReport(report: MessageOf<'cs/attempt-detected'>, ctx: HandlerContext): void {
  const { site } = pageOfSender(report.pageUrl, ctx);
  const sent = {
    attemptId: report.id,
    site,
    at: Math.min(report.at, ctx.now),
    ...(ctx.tabId !== undefined ? { tabId: ctx.tabId } : {}),
  };
  void noteSent(sent, ctx.now)
    .then(readPages)
    .catch(() => undefined);
}

/** Stores every report waiting in the outbox. Runs in capture order (see lib/capture/queue.ts). */
export function drainOutbox(now: () => number = Date.now): Promise<void> {
  return inCaptureOrder(() => drainOutboxNow(now));
}

/** The outbox drained from inside the capture queue (a confirmation's reference drains it first). */
export async function drainOutboxNow(now: () => number = Date.now): Promise<void> {
  for (const report of await pendingReports()) {
    // A report from the outbox speaks for its page: only the extension's own scripts write there.
    const ctx: HandlerContext = { origin: 'page', url: report.pageUrl, now: now() };
    try {
      followReport(report, ctx);
      await storeReported(report, ctx);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      // Refused for good (logging switched off, too old, rate-limited…): it leaves the outbox.
      await removeReport(report.id);
    }
  }
}

/** A sent form's report, with what its snapshot says; refused when it was no contact form. */
function withFormDetails(
  report: MessageOf<'cs/attempt-detected'>,
  keepMessageCopy: boolean,
): MessageOf<'cs/attempt-detected'> {
  const { form, ...rest } = report;
  if (!form) return report;
  if (report.channel !== 'web_form') throw new Refusal('refused: only a web form report carries a form');
  const details = sentFormDetails(form, keepMessageCopy);
  if (!details) throw new Refusal('not logged: the form sent is no contact form');
  return { ...rest, ...details };
}

/** The handler's work, in capture order. A stored or refused report leaves the outbox. */
async function storeReported(
  msg: MessageOf<'cs/attempt-detected'>,
  ctx: HandlerContext,
): Promise<AttemptDetectedResult> {
  return settleReport(
    () => store(msg, ctx),
    () => removeReport(msg.id),
  );
}

async function store(report: MessageOf<'cs/attempt-detected'>, ctx: HandlerContext): Promise<AttemptDetectedResult> {
  const { host, site } = pageOfSender(report.pageUrl, ctx);
  if (report.at > ctx.now + MAX_CLOCK_SKEW_MS) throw new Refusal('refused: the contact is dated in the future');
  if (report.at < ctx.now - MAX_AGE_MS) throw new Refusal('refused: the contact is more than a day old');
  const settings = await checkSettings(report);
  const msg = withFormDetails(report, settings.keepMessageCopy);

  // Resolved before the transaction: awaiting more than IndexedDB would end a Dexie transaction
  // early. Creating an "auto" company is idempotent.
  const company = await companyOfPage(msg.company, host, ctx.now);

  const db = getDb();
  const outcome = await db.transaction('rw', db.cases, db.attempts, async () => {
    const existing = await storedByReport(msg.id, company.id);
    if (existing) return { attempt: existing, deduped: false, openedCase: false };

    const since = ctx.now - Math.max(DEDUPE_WINDOW_MS, RATE_LIMIT_WINDOW_MS, REFERENCE_WINDOW_MS);
    const recent = await attemptsUpdatedBetween(since, ctx.now + MAX_CLOCK_SKEW_MS);
    // The same channel on the same page moments ago, or the thank-you page this form led to,
    // read before the form's report arrived: the report completes that attempt.
    const duplicate = findDuplicate(recent, msg, ctx.now);
    const confirmed = duplicate ? undefined : sentBefore(recent, msg, site, ctx.now);
    const target = duplicate ?? confirmed;
    if (target) {
      const completed = completedBy(target, msg, settings.keepMessageCopy, ctx.now);
      return {
        attempt: completed ? await attempts.put(completed) : target,
        deduped: duplicate !== undefined,
        openedCase: false,
      };
    }
    if (isRateLimited(recent, site, ctx.now)) {
      throw new Refusal(
        `not logged: ${site} already produced ${RATE_LIMIT_MAX} automatic entries in the last ${RATE_LIMIT_WINDOW_MS / 60_000} minutes`,
      );
    }

    const { theCase, opened } = await caseForAutoAttempt(company, msg.channel, msg.at, ctx.now);
    const attempt: Attempt = await saveAttemptRecord(
      newAutoAttempt(msg, {
        caseId: theCase.id,
        companyId: company.id,
        now: ctx.now,
        keepMessageCopy: settings.keepMessageCopy,
        ...regionField(regionOf(company.country) ?? regionOf(host.split('.').pop())),
      }),
      ctx.now,
    );
    return { attempt, deduped: false, openedCase: opened };
  });

  if (outcome.attempt.inProgress === true && !outcome.deduped) {
    // A tel: call just started: the toolbar counts its minutes like a call started in the popup.
    await syncCallBadge(browser, ctx.now).catch(() => undefined);
  }
  const theCase = await cases.get(outcome.attempt.caseId);
  await rememberForTab(ctx, outcome.attempt, outcome.openedCase);
  return {
    attemptId: outcome.attempt.id,
    caseId: outcome.attempt.caseId,
    caseTitle: theCase?.title ?? '',
    companyId: company.id,
    companyName: company.name,
    channel: outcome.attempt.channel,
    deduped: outcome.deduped,
    showToast: settings.showToast,
    keepMessageCopy: settings.keepMessageCopy,
  };
}
