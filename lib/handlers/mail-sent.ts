import { attemptsUpdatedBetween } from '../db/attempts';
import { saveAttemptRecord } from '../data/record-commands';
import { cases } from '../db/cases';
import { getDb } from '../db/database';
import { companyForUrl } from '../companies';
import { newAutoAttempt } from '../autolog/new-attempt';
import { isNeverSite } from '../autolog/site';
import { DEDUPE_WINDOW_MS, MAX_CLOCK_SKEW_MS } from '../autolog/windows';
import { domainOfAddress } from '../mail/addresses';
import { idFromKey } from '../mail/ids';
import { companyCandidates } from '../mail/recipients';
import { sameSend } from '../mail/same-send';
import { Refusal } from '../messages/refusal';
import type { Attempt, Company } from '../model';
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

/**
 * Each company the recipients belong to (the directory's, or the person's own), once, in the
 * order the recipients count (To before Cc), with the first of its addresses.
 */
async function companiesOfRecipients(
  msg: MessageOf<'cs/mail-sent'>,
  neverOnSites: readonly string[],
): Promise<{ company: Company; address: string }[]> {
  const found: { company: Company; address: string }[] = [];
  for (const address of companyCandidates(msg.to, msg.cc, msg.account)) {
    const domain = domainOfAddress(address);
    if (isNeverSite(`https://${domain}/`, neverOnSites)) continue;
    const company = await companyForUrl(domain);
    if (company && !found.some((f) => f.company.id === company.id)) found.push({ company, address });
  }
  return found;
}

/**
 * A message the person sent from a mail client. Sent to a company's address, it is logged as an
 * email attempt in the company's open case (a new case otherwise); sent to several companies at
 * once (the company and its parent, a seller and a maker), once for each — all or none. The same
 * report may come as a message and through the mail outbox, in either order: each attempt is
 * stored once, by an id the report fixes (the report's own for the first company, one made from
 * it for the others), and a second report of the same send (two listeners, a double click) joins
 * the first.
 */
export const mailSent: Handler<'cs/mail-sent'> = mailReportHandler(store);

interface Logged {
  attempt: Attempt;
  company: Company;
  deduped: boolean;
  openedCase: boolean;
}

async function store(msg: MessageOf<'cs/mail-sent'>, ctx: HandlerContext): Promise<MailSentResult> {
  const settings = await checkMailPage(msg.client, msg.pageUrl, ctx);
  if (msg.at > ctx.now + MAX_CLOCK_SKEW_MS) throw new Refusal('refused: the message is dated in the future');
  if (msg.at < ctx.now - MAX_AGE_MS) throw new Refusal('refused: the message is more than a day old');
  // Resolved before the transaction: the lookup and the ids await more than IndexedDB.
  const found = await companiesOfRecipients(msg, settings.neverOnSites);
  if (!found.length) return { logged: false };
  const targets = await Promise.all(
    found.map(async (f, i) => ({ ...f, id: i === 0 ? msg.id : await idFromKey(`${msg.id} ${f.company.id}`) })),
  );

  const db = getDb();
  const logged = await db.transaction('rw', db.cases, db.attempts, async () => {
    const recent = await attemptsUpdatedBetween(ctx.now - DEDUPE_WINDOW_MS, ctx.now + MAX_CLOCK_SKEW_MS);
    const out: Logged[] = [];
    for (const { company, address, id } of targets) {
      const existing = await storedByReport(id, company.id);
      if (existing) {
        out.push({ attempt: existing, company, deduped: false, openedCase: false });
        continue;
      }
      const twin = recent.find((a) =>
        sameSend(a, { companyId: company.id, contact: address, subject: msg.subject, at: msg.at }),
      );
      if (twin) {
        out.push({ attempt: twin, company, deduped: true, openedCase: false });
        continue;
      }
      const { theCase, opened } = await caseForAutoAttempt(company, 'email', msg.at, ctx.now);
      const attempt = await saveAttemptRecord(
        newAutoAttempt(
          {
            id,
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
      out.push({ attempt, company, deduped: false, openedCase: opened });
    }
    return out;
  });

  // A repeated send's notice offers nothing: the first report's tab keeps Undo (lib/autolog/tab-reports.ts).
  for (const l of logged) if (!l.deduped) await rememberForTab(ctx, l.attempt, l.openedCase);
  const [first, ...others] = logged;
  if (!first) return { logged: false };
  const theCase = await cases.get(first.attempt.caseId);
  return {
    logged: true,
    attemptId: first.attempt.id,
    caseId: theCase?.id ?? first.attempt.caseId,
    companyName: first.company.name,
    ...(others.length ? { others: others.map((o) => ({ attemptId: o.attempt.id, companyName: o.company.name })) } : {}),
    deduped: logged.every((l) => l.deduped),
    showToast: settings.showToast,
  };
}
