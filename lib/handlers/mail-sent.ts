import { attemptsUpdatedBetween } from '../db/attempts';
import { saveAttemptRecord } from '../data/record-commands';
import { cases } from '../db/cases';
import { getDb } from '../db/database';
import { companyForUrl } from '../companies';
import { newAutoAttempt } from '../autolog/new-attempt';
import { isNeverSite } from '../autolog/site';
import { DEDUPE_WINDOW_MS, MAX_CLOCK_SKEW_MS } from '../autolog/windows';
import { domainOfAddress } from '../mail/addresses';
import { companyCandidates } from '../mail/recipients';
import { sameSend } from '../mail/same-send';
import { Refusal } from '../messages/refusal';
import type { Company } from '../model';
import { caseForAutoAttempt } from './auto-case';
import { rememberForTab, storedByReport } from './reported-attempt';
import { checkMailPage } from './mail-page';
import { mailReportHandler } from './mail-report';
import type { Response } from '../messages/protocol';
import type { Handler, HandlerContext, MessageOf } from './types';
import { DAY } from '../time-units';

/** What the mail script's notice shows ("Logged: email to Acme  Undo · Change case"). */
export type MailSentResult = Response<'cs/mail-sent'>;

const MAX_AGE_MS = DAY;

/** The first recipient at a company the person knows (the directory's, or their own), with that company. */
async function companyOfRecipients(
  msg: MessageOf<'cs/mail-sent'>,
  neverOnSites: readonly string[],
): Promise<{ company: Company; address: string } | undefined> {
  for (const address of companyCandidates(msg.to, msg.cc, msg.account)) {
    const domain = domainOfAddress(address);
    if (isNeverSite(`https://${domain}/`, neverOnSites)) continue;
    const company = await companyForUrl(domain);
    if (company) return { company, address };
  }
  return undefined;
}

/**
 * A message the person sent from a mail client. Sent to a company's address, it is logged once
 * as an email attempt in the company's open case (a new case otherwise). The same report may come
 * as a message and through the mail outbox, in either order: it is stored once, by its id, and a
 * second report of the same send (two listeners, a double click) joins the first.
 */
export const mailSent: Handler<'cs/mail-sent'> = mailReportHandler(store);

async function store(msg: MessageOf<'cs/mail-sent'>, ctx: HandlerContext): Promise<MailSentResult> {
  const settings = await checkMailPage(msg.client, msg.pageUrl, ctx);
  if (msg.at > ctx.now + MAX_CLOCK_SKEW_MS) throw new Refusal('refused: the message is dated in the future');
  if (msg.at < ctx.now - MAX_AGE_MS) throw new Refusal('refused: the message is more than a day old');
  // Resolved before the transaction: the lookup awaits more than IndexedDB.
  const found = await companyOfRecipients(msg, settings.neverOnSites);
  if (!found) return { logged: false };
  const { company, address } = found;

  const db = getDb();
  const outcome = await db.transaction('rw', db.cases, db.attempts, async () => {
    const existing = await storedByReport(msg.id, company.id);
    if (existing) return { attempt: existing, deduped: false, openedCase: false };
    const recent = await attemptsUpdatedBetween(ctx.now - DEDUPE_WINDOW_MS, ctx.now + MAX_CLOCK_SKEW_MS);
    const twin = recent.find((a) =>
      sameSend(a, { companyId: company.id, contact: address, subject: msg.subject, at: msg.at }),
    );
    if (twin) return { attempt: twin, deduped: true, openedCase: false };
    const { theCase, opened } = await caseForAutoAttempt(company, 'email', msg.at, ctx.now);
    const attempt = await saveAttemptRecord(
      newAutoAttempt(
        {
          id: msg.id,
          channel: 'email',
          at: Math.min(msg.at, ctx.now),
          pageUrl: msg.pageUrl,
          contact: address,
          subject: msg.subject,
          messageCopy: msg.messageCopy,
        },
        { caseId: theCase.id, companyId: company.id, now: ctx.now, keepMessageCopy: settings.keepMessageCopy },
      ),
      ctx.now,
    );
    return { attempt, deduped: false, openedCase: opened };
  });

  // A repeated send's notice offers nothing: the first report's tab keeps Undo (lib/autolog/tab-reports.ts).
  if (!outcome.deduped) await rememberForTab(ctx, outcome.attempt, outcome.openedCase);
  const theCase = await cases.get(outcome.attempt.caseId);
  return {
    logged: true,
    attemptId: outcome.attempt.id,
    caseId: theCase?.id ?? outcome.attempt.caseId,
    companyName: company.name,
    deduped: outcome.deduped,
    showToast: settings.showToast,
  };
}
