import { attempts, attemptsOfCompanySince } from '../db/attempts';
import { saveResponseRecord } from '../data/record-commands';
import { getDb } from '../db/database';
import { responses } from '../db/responses';
import { companyForUrl } from '../companies';
import { requestReminderRebuild } from '../followup/scheduler';
import { domainOfAddress, isPersonalMailbox } from '../mail/addresses';
import { attemptAnswered } from '../mail/answer';
import { idFromKey } from '../mail/ids';
import type { Company } from '../model';
import { checkMailPage } from './mail-page';
import { mailReportHandler } from './mail-report';
import type { Response } from '../messages/protocol';
import type { Handler, HandlerContext, MessageOf } from './types';
import { DAY } from '../time-units';

export type MailSeenResult = Response<'cs/mail-seen'>;

/** How far back a logged email may be answered: a company answering after half a year still answers. */
const ANSWER_LOOKBACK_MS = 180 * DAY;

/**
 * A conversation the person opened in a mail client. Each message from a company's address that
 * answers an email they logged to it (lib/mail/answer.ts) is recorded once — its id comes from
 * the client's message id — as the company's response by email, so the follow-up clocks and
 * reminders see the answer; the email it answers is marked replied.
 */
export const mailSeen: Handler<'cs/mail-seen'> = mailReportHandler(store);

async function store(msg: MessageOf<'cs/mail-seen'>, ctx: HandlerContext): Promise<MailSeenResult> {
  await checkMailPage(msg.client, msg.pageUrl, ctx);
  const own = msg.account ? domainOfAddress(msg.account) : undefined;
  const companies = new Map<string, Company | undefined>();
  const result: MailSeenResult = { recorded: 0, repeats: 0 };
  for (const message of msg.messages) {
    const domain = domainOfAddress(message.from);
    if (isPersonalMailbox(domain) || domain === own) continue;
    if (!companies.has(domain)) companies.set(domain, await companyForUrl(domain));
    const company = companies.get(domain);
    if (!company) continue;
    // Computed outside the transaction: hashing awaits more than IndexedDB.
    const id = await idFromKey(`mail-seen:${msg.client}:${message.key}`);
    const outcome = await record(company, id, { ...message, subject: msg.subject }, ctx.now);
    if (outcome === 'recorded') result.recorded += 1;
    else if (outcome === 'repeat') result.repeats += 1;
  }
  if (result.recorded > 0) await requestReminderRebuild();
  return result;
}

async function record(
  company: Company,
  id: string,
  message: { from: string; at?: number; subject?: string },
  now: number,
): Promise<'recorded' | 'repeat' | 'none'> {
  const db = getDb();
  return db.transaction('rw', [db.cases, db.attempts, db.responses], async () => {
    if (await responses.get(id)) return 'repeat';
    const sent = await attemptsOfCompanySince(company.id, now - ANSWER_LOOKBACK_MS);
    const open = new Set((await db.cases.where({ companyId: company.id, status: 'open' }).toArray()).map((c) => c.id));
    const answered = attemptAnswered(
      message,
      sent.filter((a) => open.has(a.caseId)),
      now,
    );
    if (!answered) return 'none';
    const at = Math.min(message.at ?? now, now);
    await saveResponseRecord(
      {
        id,
        caseId: answered.caseId,
        kind: 'email',
        at,
        by: message.from,
        source: 'auto',
        createdAt: now,
        updatedAt: now,
      },
      now,
    );
    if (answered.repliedAt === undefined) {
      await attempts.put({ ...answered, repliedAt: Math.max(at, answered.at), awaitingReply: false, updatedAt: now });
    }
    return 'recorded';
  });
}
