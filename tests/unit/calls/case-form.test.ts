import { describe, expect, it } from 'vitest';
import { caseFromForm, caseToForm, withStatus } from '../../../lib/calls/case-form';
import { logMenuTitle, quickLogPath } from '../../../lib/calls/quick-log';
import { T0, makeCase } from '../timeline/records';

describe('case details form', () => {
  it('saves title, problem, ask, amount and private reference, and clears needsTitle', () => {
    const base = makeCase({ needsTitle: true, title: '' });
    const result = caseFromForm(
      { ...caseToForm(base), title: ' Double charge ', amountValue: '110,50', currency: 'usd', privateRef: 'ACC-99' },
      base,
      T0 + 1,
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        title: 'Double charge',
        needsTitle: false,
        amount: { value: 110.5, currency: 'USD' },
        privateRef: 'ACC-99',
      },
    });
  });

  it('explains each bad field and saves nothing', () => {
    const base = makeCase();
    const result = caseFromForm(
      { ...caseToForm(base), title: '  ', amountValue: 'lots', problem: 'x'.repeat(5_001) },
      base,
      T0,
    );
    expect(result.ok ? {} : result.errors).toMatchObject({
      title: 'Give the case a short title.',
      amountValue: 'Enter the amount as a number, such as 110.50.',
    });
    const long = caseFromForm({ ...caseToForm(base), problem: 'x'.repeat(5_001) }, base, T0);
    expect(long).toMatchObject({ ok: false, errors: { problem: 'Too long: at most 5000 characters.' } });
    const currency = caseFromForm({ ...caseToForm(base), amountValue: '5', currency: 'dollars' }, base, T0);
    expect(currency.ok ? undefined : currency.errors.currency).toMatch(/three-letter/);
  });

  it('removes the amount and reference when emptied', () => {
    const base = makeCase({ amount: { value: 5, currency: 'EUR' }, privateRef: 'A' });
    const result = caseFromForm({ ...caseToForm(base), amountValue: '', currency: '', privateRef: '' }, base, T0);
    expect(result.ok && result.value.amount === undefined && result.value.privateRef === undefined).toBe(true);
  });

  it('resolves, closes and reopens with the right timestamps', () => {
    const open = makeCase();
    const resolved = withStatus(open, 'resolved', T0 + 10);
    expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: T0 + 10 });
    const reopened = withStatus(resolved, 'open', T0 + 20);
    expect(reopened.status).toBe('open');
    expect(reopened.resolvedAt).toBeUndefined();
    expect(withStatus(open, 'closed', T0 + 30)).toMatchObject({ status: 'closed', closedAt: T0 + 30 });
  });
});

describe('quick logging', () => {
  it('opens the call logger for a company, or asks which one', () => {
    expect(quickLogPath('t-mobile')).toBe('/popup.html#/call?company=t-mobile');
    expect(quickLogPath()).toBe('/popup.html#/call');
    expect(logMenuTitle()).toBe('Log a contact attempt');
  });
});
