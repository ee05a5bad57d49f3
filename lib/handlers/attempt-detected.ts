import { browser } from 'wxt/browser';
import { syncCallBadge } from '../calls/badge';
import { attempts, attemptsUpdatedBetween } from '../db/attempts';
import { cases, touchCase } from '../db/cases';
import { getDb } from '../db/database';
import { resolveCompanyHint } from '../companies';
import { completedBy, findDuplicate } from '../logging/dedupe';
import { newAutoAttempt } from '../logging/new-attempt';
import { isRateLimited } from '../logging/rate-limit';
import { isNeverSite } from '../logging/site';
import { rememberReport } from '../logging/tab-report-store';
import { DEDUPE_WINDOW_MS, MAX_CLOCK_SKEW_MS, RATE_LIMIT_MAX, RATE_LIMIT_WINDOW_MS } from '../logging/windows';
import { Refusal } from '../messages/refusal';
import type { Attempt, Channel } from '../model';
import { channelAutoLogEnabled } from '../settings/schema';
import { loadSettings } from '../settings/items';
import { caseForAutoAttempt } from './auto-case';
import { pageOfSender } from './page-of-sender';
import type { Handler, MessageOf } from './types';

/** What the in-page toast shows ("Logged: web form to Acme, case …  Undo · Change case"). */
export interface AttemptDetectedResult {
  attemptId: string;
  caseId: string;
  caseTitle: string;
  companyId: string;
  companyName: string;
  channel: Channel;
  /** True when this report repeated one logged moments ago (nothing new was written). */
  deduped: boolean;
  /** The settings the page part acts on: whether to show its toast, and to read what is sent. */
  showToast: boolean;
  keepMessageCopy: boolean;
}

const MAX_AGE_MS = 24 * 60 * 60_000;

async function checkSettings(msg: MessageOf<'cs/attempt-detected'>) {
  const settings = await loadSettings();
  if (!settings.autoLog) throw new Refusal('not logged: automatic logging is switched off');
  if (!channelAutoLogEnabled(settings, msg.channel)) {
    throw new Refusal(`not logged: automatic logging of ${msg.channel} contacts is switched off`);
  }
  if (isNeverSite(msg.pageUrl, settings.neverOnSites)) {
    throw new Refusal('not logged: this site is on the "never log on this site" list');
  }
  return settings;
}

export const attemptDetected: Handler<'cs/attempt-detected'> = async (msg, ctx) => {
  const { host, site } = pageOfSender(msg.pageUrl, ctx);
  if (msg.at > ctx.now + MAX_CLOCK_SKEW_MS) throw new Refusal('refused: the contact is dated in the future');
  if (msg.at < ctx.now - MAX_AGE_MS) throw new Refusal('refused: the contact is more than a day old');
  const settings = await checkSettings(msg);

  // Resolved before the transaction: the directory lookup may await more than IndexedDB, which
  // would end a Dexie transaction early. Creating an "auto" company is idempotent (slug id).
  const company = await resolveCompanyHint({ ...msg.company, host }, ctx.now);

  const db = getDb();
  const outcome = await db.transaction('rw', db.cases, db.attempts, async () => {
    const existing = await attempts.get(msg.id);
    if (existing) {
      if (existing.source !== 'auto' || existing.companyId !== company.id) {
        throw new Refusal('refused: this attempt id is already used by another record');
      }
      return { attempt: existing, deduped: false, openedCase: false };
    }

    const since = ctx.now - Math.max(DEDUPE_WINDOW_MS, RATE_LIMIT_WINDOW_MS);
    const recent = await attemptsUpdatedBetween(since, ctx.now);
    const duplicate = findDuplicate(recent, msg, ctx.now);
    if (duplicate) {
      const completed = completedBy(duplicate, msg, settings.keepMessageCopy, ctx.now);
      return { attempt: completed ? await attempts.put(completed) : duplicate, deduped: true, openedCase: false };
    }
    if (isRateLimited(recent, site, ctx.now)) {
      throw new Refusal(`not logged: ${site} already produced ${RATE_LIMIT_MAX} automatic entries in the last ${RATE_LIMIT_WINDOW_MS / 60_000} minutes`);
    }

    const { theCase, opened } = await caseForAutoAttempt(company, msg.channel, msg.at, ctx.now);
    const attempt: Attempt = await attempts.put(
      newAutoAttempt(msg, { caseId: theCase.id, companyId: company.id, now: ctx.now, keepMessageCopy: settings.keepMessageCopy }),
    );
    await touchCase(theCase.id, attempt.at, ctx.now);
    return { attempt, deduped: false, openedCase: opened };
  });

  if (outcome.attempt.inProgress === true && !outcome.deduped) {
    // A tel: call just started: the toolbar counts its minutes like a call started in the popup.
    await syncCallBadge(browser, ctx.now).catch(() => undefined);
  }
  const theCase = await cases.get(outcome.attempt.caseId);
  if (ctx.tabId !== undefined) {
    await rememberReport(
      { attemptId: outcome.attempt.id, caseId: outcome.attempt.caseId, tabId: ctx.tabId, at: ctx.now, openedCase: outcome.openedCase },
      ctx.now,
    );
  }
  const result: AttemptDetectedResult = {
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
  return result;
};
