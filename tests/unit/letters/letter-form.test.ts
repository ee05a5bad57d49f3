import { describe, expect, it } from 'vitest';
import { parseAmount, readLetterForm, type LetterFormValues } from '../../../lib/letters/letter-form';
import { parseLocalDate, type LocalDate } from '../../../lib/letters/local-date';

const today: LocalDate = { year: 2026, month: 12, day: 6 };

const chargeback = (over: Partial<LetterFormValues> = {}): LetterFormValues => ({
  kind: 'chargeback',
  senderName: 'Alex Doe',
  senderAddress: '12 High Street',
  recipientAddress: '',
  orderRef: '',
  issuer: 'First Card Bank',
  cardLast4: '4242',
  merchant: 'Lakeside Motors',
  amount: '1,240.00',
  currency: 'usd',
  chargeDate: '2026-11-02',
  statementDate: '2026-11-20',
  dueDate: '',
  reason: 'The refund promised three times never came.',
  rule: 'us-fcba',
  ...over,
});

describe('the letter form', () => {
  it('a complaint needs nothing the case does not hold', () => {
    const result = readLetterForm(
      { ...chargeback({ issuer: '', amount: '', chargeDate: '' }), kind: 'complaint', orderRef: ' ORD-1 ' },
      today,
    );
    expect(result).toEqual({
      ok: true,
      input: {
        kind: 'complaint',
        sender: { name: 'Alex Doe', address: '12 High Street' },
        details: { recipientAddress: '', orderRef: 'ORD-1' },
      },
    });
  });

  it('reads a card dispute: the amount, an upper-cased currency and real dates', () => {
    const result = readLetterForm(chargeback(), today);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.input).toMatchObject({
      kind: 'chargeback',
      details: {
        charge: { value: 1240, currency: 'USD' },
        chargeDate: parseLocalDate('2026-11-02'),
        statementDate: parseLocalDate('2026-11-20'),
        cardLast4: '4242',
      },
    });
  });

  it('says exactly what is wrong with each field', () => {
    const result = readLetterForm(
      chargeback({
        issuer: ' ',
        cardLast4: '4242 4242 4242 4242',
        amount: 'a lot',
        currency: 'dollars',
        chargeDate: '2026-12-07',
        reason: '',
        merchant: '',
      }),
      today,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        issuer: 'Enter the name of the bank or card issuer, as it appears on your statement.',
        cardLast4: 'Enter only the last four digits of the card, such as 1234 — never the whole number.',
        merchant: 'Enter the name of the merchant that made the charge.',
        amount: 'Enter the amount as a number, such as 49.99.',
        currency: 'Enter a three-letter currency code, such as USD, GBP or EUR.',
        reason: 'Say in a sentence or two why you dispute the charge.',
        chargeDate: 'This date is after today.',
        statementDate: 'The statement cannot be dated before the charge.',
      },
    });
  });

  it('needs the statement date for the US notice only, and refuses days that do not exist', () => {
    expect(readLetterForm(chargeback({ statementDate: '' }), today)).toEqual({
      ok: false,
      errors: { statementDate: 'Enter the date of the first statement showing the charge: the 60 days count from it.' },
    });
    expect(readLetterForm(chargeback({ statementDate: '', rule: 'uk-chargeback' }), today).ok).toBe(true);
    expect(readLetterForm(chargeback({ chargeDate: '2026-02-29' }), today)).toMatchObject({
      ok: false,
      errors: { chargeDate: 'Enter a date that exists, such as 2026-11-03.' },
    });
    expect(readLetterForm(chargeback({ chargeDate: '' }), today)).toMatchObject({
      ok: false,
      errors: { chargeDate: 'Enter the date of the charge.' },
    });
    expect(readLetterForm(chargeback({ amount: '' }), today)).toMatchObject({
      ok: false,
      errors: { amount: 'Enter the amount of the charge.' },
    });
  });

  it('reads amounts as people write them', () => {
    expect(parseAmount('1240')).toBe(1240);
    expect(parseAmount('1,240.50')).toBe(1240.5);
    expect(parseAmount('1.240,50')).toBe(1240.5);
    expect(parseAmount('49,99')).toBe(49.99);
    expect(parseAmount('12.345')).toBe(12345);
    expect(parseAmount('-5')).toBeUndefined();
    expect(parseAmount('1e5')).toBeUndefined();
  });
});
