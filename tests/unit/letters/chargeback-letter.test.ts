import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../lib/format/time';
import { chargebackLetter, type ChargebackDetails } from '../../../lib/letters/chargeback-letter';
import { parseLocalDate, type LocalDate } from '../../../lib/letters/local-date';
import { stories, type Story } from '../../fixtures/stories';

const fmt = { locale: 'en-GB', timeZone: 'UTC' };
const d = (text: string): LocalDate => parseLocalDate(text) ?? { year: 0, month: 0, day: 0 };

function details(s: Story, over: Partial<ChargebackDetails> = {}): ChargebackDetails {
  return {
    issuer: 'First Card Bank',
    issuerAddress: 'Billing Errors\nPO Box 1\nWilmington, DE 19850',
    cardLast4: '4242',
    merchant: s.company?.name ?? '',
    charge: s.caseRecord.amount ?? { value: 110, currency: 'USD' },
    chargeDate: d('2026-09-01'),
    statementDate: d('2026-09-20'),
    reason: s.caseRecord.problem,
    orderRef: '',
    rule: 'us-fcba',
    ...over,
  };
}

const letterOf = (s: Story, over: Partial<ChargebackDetails> = {}) =>
  chargebackLetter(
    { records: s, sender: { name: 'Alex Doe', address: '12 High Street' }, now: s.now, fmt },
    details(s, over),
  );

describe.each(Object.values(stories).map((s) => [s.name, s] as const))(
  'card dispute letter of "%s"',
  (_name, story) => {
    it('names the charge and cites every contact with the merchant, every reference and promise', () => {
      const letter = letterOf(story);
      expect(letter.recipient).toBe('First Card Bank');
      expect(letter.text).toContain('First Card Bank\nBilling Errors\nPO Box 1\nWilmington, DE 19850');
      expect(letter.text).toContain(`Merchant: ${story.company!.name}`);
      expect(letter.text).toContain('Date of the charge: 1 September 2026');
      expect(letter.text).toContain(`Why I dispute it: ${story.caseRecord.problem}`);
      expect(letter.subject).toContain('card ending 4242');
      for (const a of story.attempts) {
        expect(letter.text).toContain(formatDateTime(a.at, fmt));
        if (a.reference) expect(letter.text).toContain(`Reference: ${a.reference}`);
        for (const agent of a.agents) expect(letter.text).toContain(agent);
        if (a.promise)
          expect(letter.text).toContain(`Promised: “${a.promise.text}” by ${formatDate(a.promise.dueAt, fmt)}`);
      }
      const refs = [...new Set(story.attempts.flatMap((a) => (a.reference ? [a.reference] : [])))];
      if (refs.length) expect(letter.text).toContain(`The merchant’s reference numbers: ${refs.join(', ')}`);
      if (story.caseRecord.privateRef)
        expect(letter.text).toContain(`My account number with the merchant: ${story.caseRecord.privateRef}`);
      expect(letter.text).not.toContain('undefined');
      expect(letter.text).not.toMatch(/\{\w+\}/);
    });
  },
);

describe('the rule and the deadline in the letter', () => {
  it('US: the Fair Credit Billing Act, counted from the statement date', () => {
    const letter = letterOf(stories.checkInTheMail);
    expect(letter.deadline).toMatchObject({ kind: 'dated', date: d('2026-11-19'), daysLeft: 34 });
    expect(letter.text).toContain('written notice of a billing error under the Fair Credit Billing Act');
    expect(letter.text).toContain('Counted from 20 September 2026, the last day is 19 November 2026.');
    expect(letter.text).toContain('Date of the first statement showing it: 20 September 2026');
    expect(letter.text).toContain('Please refund US$1,240.00 to my card');
    expect(letter.subject).toBe(
      'Dispute of a card charge: Lakeside Motors, US$1,240.00 on 1 September 2026 — card ending 4242',
    );
    expect(letter.text).toContain(
      'since 1 September 2026 I have contacted them 4 times (2 calls, 1 visit in person and 1 email). 3 promises they made were not kept by the dates given.',
    );
  });

  it('UK chargeback from when the service was due; section 75 without a date', () => {
    const uk = letterOf(stories.etiquette, {
      charge: { value: 89, currency: 'GBP' },
      rule: 'uk-chargeback',
      chargeDate: d('2026-10-01'),
      dueDate: d('2026-10-18'),
    });
    expect(uk.deadline).toMatchObject({ kind: 'dated', start: d('2026-10-18'), date: d('2027-02-15') });
    expect(uk.text).toContain('usually allow 120 days');
    expect(uk.text).toContain('Counted from 18 October 2026, the last day is 15 February 2027.');
    const s75 = letterOf(stories.etiquette, { charge: { value: 450, currency: 'GBP' }, rule: 'uk-section75' });
    expect(s75.deadline.kind).toBe('none');
    expect(s75.text).toContain('section 75 of the Consumer Credit Act 1974');
    expect(s75.text).not.toContain('Counted from');
  });

  it('SEPA refunds go to the account, not a card; no card digits when none were given', () => {
    const letter = letterOf(stories.officeHours, {
      rule: 'eu-sepa-refund',
      cardLast4: '',
      charge: { value: 49.99, currency: 'EUR' },
      chargeDate: d('2026-05-10'),
    });
    expect(letter.text).toContain('Please refund €49.99 to my account');
    expect(letter.text).toContain('Counted from 10 May 2026, the last day is 5 July 2026.');
    expect(letter.text).not.toContain('card ending');
  });
});
