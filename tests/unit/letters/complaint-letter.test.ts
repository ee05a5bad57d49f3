import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../lib/format/time';
import { complaintLetter, REPLY_DAYS } from '../../../lib/letters/complaint-letter';
import type { LetterContext } from '../../../lib/letters/letter-parts';
import { stories, type Story } from '../../fixtures/stories';

const fmt = { locale: 'en-GB', timeZone: 'UTC' };
const ctxOf = (s: Story, sender = { name: 'Alex Doe', address: '12 High Street\nSpringfield' }): LetterContext => ({
  records: s,
  sender,
  now: s.now,
  fmt,
});
const NO_DETAILS = { recipientAddress: '', orderRef: '' };

describe.each(Object.values(stories).map((s) => [s.name, s] as const))('complaint letter of "%s"', (_name, story) => {
  const letter = complaintLetter(ctxOf(story), NO_DETAILS);

  it('has every reference number, every contact date, every agent and every promise', () => {
    const c = story.caseRecord;
    for (const a of story.attempts) {
      expect(letter.text).toContain(formatDateTime(a.at, fmt));
      if (a.reference) {
        expect(letter.text).toContain(`Reference: ${a.reference}`);
        expect(letter.subject).toContain(a.reference);
      }
      for (const agent of a.agents) expect(letter.text).toContain(agent);
      if (a.contact) expect(letter.text).toContain(a.contact);
      if (a.promise)
        expect(letter.text).toContain(`Promised: “${a.promise.text}” by ${formatDate(a.promise.dueAt, fmt)}`);
    }
    for (const r of story.responses) {
      expect(letter.text).toContain(formatDateTime(r.at, fmt));
      if (r.note) expect(letter.text).toContain(r.note);
      if (r.by) expect(letter.text).toContain(`From: ${r.by}`);
    }
    for (const e of story.escalations.filter((x) => x.status === 'posted'))
      expect(letter.text).toContain(`Public post on X to @${e.handle}`);
    if (c.privateRef) expect(letter.subject).toContain(`account ${c.privateRef}`);
    expect(letter.text).toContain(c.problem);
    expect(letter.text).toContain(`I ask for ${c.ask}.`);
    expect(letter.text).toContain(story.company!.name);
    expect(letter.text).toContain('Alex Doe\n12 High Street\nSpringfield');
  });

  it('invents nothing: one numbered line per record, no reference or date the case does not hold', () => {
    const lines = letter.text.split('\n').filter((l) => /^\d+\. /.test(l));
    const expected =
      story.attempts.length + story.responses.length + story.escalations.filter((e) => e.status === 'posted').length;
    expect(lines).toHaveLength(expected);
    const known = new Set(story.attempts.flatMap((a) => (a.reference ? [a.reference] : [])));
    for (const [, ref] of letter.text.matchAll(/Reference: (\S+?)\.?(?=\s)/g)) expect(known.has(ref ?? '')).toBe(true);
    expect(letter.text).not.toContain('undefined');
    expect(letter.text).not.toMatch(/\{\w+\}/);
  });

  it('asks for a reply within 14 days of the letter, courteously, with the next step', () => {
    expect(REPLY_DAYS).toBe(14);
    const replyBy = new Date(Date.UTC(letter.replyBy.year, letter.replyBy.month - 1, letter.replyBy.day));
    const today = new Date(story.now);
    expect(
      Math.round(
        (replyBy.getTime() - Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) / 86_400_000,
      ),
    ).toBe(14);
    expect(letter.text).toMatch(
      /Please reply in writing by \d{1,2} \w+ \d{4} \(14 days from the date of this letter\)/,
    );
    expect(letter.text).toMatch(/If we cannot resolve this by then, I may/);
    expect(letter.text).toMatch(/^Dear Sir or Madam,$/m);
    expect(letter.text).toMatch(/Yours faithfully,\n\nAlex Doe$/);
  });
});

describe('complaint letter details', () => {
  it('eight calls: the account, the order and every reference in the subject; FCC for a US telecom', () => {
    const letter = complaintLetter(ctxOf(stories.eightCalls), {
      recipientAddress: 'T-Mobile Customer Relations\nPO Box 37380\nAlbuquerque, NM 87176',
      orderRef: 'ORD-1',
    });
    expect(letter.subject).toBe(
      'Formal complaint: Overcharged $110 on my bill — account 4417-220-981 — order ORD-1 — your references TM-55120, TM-55871, TM-56410',
    );
    expect(letter.text).toContain('T-Mobile (US)\nT-Mobile Customer Relations\nPO Box 37380\nAlbuquerque, NM 87176');
    expect(letter.text).toContain('Since 3 November 2026 I have contacted you 8 times (8 calls).');
    expect(letter.text).toContain('14 November 2026');
    expect(letter.text).toContain('Please reply in writing by 28 November 2026');
    expect(letter.text).toContain(
      'I may refer my complaint to FCC Consumer Complaint Center, my state attorney general (consumer protection) or Better Business Bureau.',
    );
    expect(letter.text).toContain(
      '1. 3 Nov 2026, 15:00 — Phone call. Number dialled: +1 800 937 8997. Agents: Maria. Reference: TM-55120. Duration: 25 minutes. On hold: 10 minutes. Outcome: not resolved.',
    );
  });

  it('the check is in the mail: every promise, each marked as not kept, and the count of broken promises', () => {
    const letter = complaintLetter(ctxOf(stories.checkInTheMail), NO_DETAILS);
    expect(letter.text).toContain('Promised: “refund cheque in the mail” by 15 Sept 2026 — not kept.');
    expect(letter.text).toContain('Promised: “cheque reissued” by 30 Sept 2026 — not kept.');
    expect(letter.text).toContain('Promised: “cheque sent by courier” by 10 Oct 2026 — not kept.');
    expect(letter.text).toContain('3 promises made to me were not kept by the dates given.');
    expect(letter.text).toContain('The amount in question is US$1,240.00.');
  });

  it('without a name or address, leaves room to sign and starts at the date', () => {
    const letter = complaintLetter(ctxOf(stories.etiquette, { name: '', address: '' }), NO_DETAILS);
    expect(
      letter.text.startsWith(
        '23 October 2026\n\nNorthwind Prints\n\nSubject: Formal complaint: Event flyers arrived two days late — your references NP-204331',
      ),
    ).toBe(true);
    expect(letter.text).toMatch(/Yours faithfully,\n\n\(signature\)$/);
  });

  it("a letter logged before keeps its tracking number in the history, not among the company's references", () => {
    const s = stories.etiquette;
    const earlier = {
      ...s.attempts[0]!,
      id: '00000000-0000-4000-8000-00000000aaaa',
      channel: 'letter' as const,
      reference: 'RR123456789GB',
      at: s.attempts[0]!.at + 3_600_000,
    };
    const letter = complaintLetter(ctxOf({ ...s, attempts: [...s.attempts, earlier] }), NO_DETAILS);
    expect(letter.subject).toContain('your references NP-204331');
    expect(letter.subject).not.toContain('RR123456789GB');
    expect(letter.text).toContain('Reference: RR123456789GB');
  });

  it('leaves out a call still running: it has no outcome yet', () => {
    const s = stories.etiquette;
    const running = {
      ...s.attempts[1]!,
      id: '00000000-0000-4000-8000-00000000bbbb',
      at: s.now - 60_000,
      inProgress: true,
      agents: ['Still On Hold'],
    };
    const { endedAt: _ended, ...withoutEnd } = running;
    const letter = complaintLetter(ctxOf({ ...s, attempts: [...s.attempts, withoutEnd] }), NO_DETAILS);
    expect(letter.text).not.toContain('Still On Hold');
    expect(letter.text).toContain('Since 20 October 2026 I have contacted you 3 times');
  });
});
