import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PreparedBySettings } from '../../../components/report/PreparedBySettings';
import { readPreparedBy } from '../../../components/report/prepared-by-form';
import { ReportApp } from '../../../components/report/ReportApp';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { loadSettings, updateSettings } from '../../../lib/settings/items';
import { expectNoAxeViolations } from '../popup/axe';
import { CASE_ID, sampleData, seed, T0 } from '../exchange/sample';

afterEach(() => {
  cleanup();
  setDbForTests(undefined);
});

async function openReport() {
  const db = new PaperTrailDb(`report-${crypto.randomUUID()}`);
  setDbForTests(db);
  await seed(db, sampleData(2));
  const view = render(<ReportApp caseId={CASE_ID} now={T0 + 3 * 86_400_000} />);
  await screen.findByRole('heading', { name: 'Overcharged $110' });
  return view;
}

describe('the person on the report', () => {
  it('keeps the neutral wording when no name is set', async () => {
    const { container } = await openReport();
    const parties = container.querySelector('.parties')!;
    expect(parties.textContent).toContain('The person who prepared this report.');
    expect(parties.textContent).not.toContain('Prepared by');
    expect(container.querySelector('.postal-address')).toBeNull();
  });

  it('says "Prepared by" with the name and the address, line by line, when set', async () => {
    await updateSettings({ reportName: 'Jane Roe', reportAddress: '12 Elm Street\nSpringfield, IL 62701' });
    const { container } = await openReport();
    const parties = container.querySelector('.parties')!;
    expect(parties.textContent).toContain('Prepared by Jane Roe');
    expect(parties.textContent).not.toContain('The person who prepared this report.');
    expect(container.querySelector('.postal-address')?.textContent).toBe('12 Elm Street\nSpringfield, IL 62701');
    // The printed footer names the case and the person, with page numbers.
    expect(container.querySelector('style')?.textContent).toContain(
      '"Complaint history: Overcharged $110 — Prepared by Jane Roe"',
    );
    expect(container.querySelector('style')?.textContent).toContain('counter(page)');
    await expectNoAxeViolations(container);
  });
});

describe('Options: your name and address on reports', () => {
  it('saves both (trimmed), says so, and has labelled fields without axe violations', async () => {
    const user = userEvent.setup();
    const { container } = render(<PreparedBySettings />);
    expect(await screen.findByRole('form', { name: 'Your name and address on reports (optional)' })).toBeTruthy();
    await user.type(screen.getByLabelText('Your name'), '  Jane Roe ');
    await user.type(screen.getByLabelText('Postal address'), '12 Elm Street{Enter}Springfield{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
    const saved = await loadSettings();
    expect([saved.reportName, saved.reportAddress]).toEqual(['Jane Roe', '12 Elm Street\nSpringfield']);
    await expectNoAxeViolations(container);
  });

  it('clears them when emptied', async () => {
    await updateSettings({ reportName: 'Jane Roe', reportAddress: '12 Elm Street' });
    const user = userEvent.setup();
    render(<PreparedBySettings />);
    await user.clear(await screen.findByLabelText('Your name'));
    await user.clear(screen.getByLabelText('Postal address'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    const saved = await loadSettings();
    expect([saved.reportName, saved.reportAddress]).toEqual(['', '']);
  });

  it('refuses text longer than the limits, saying which field', () => {
    expect(readPreparedBy({ name: 'x'.repeat(201), address: '' })).toEqual({ ok: false, errors: { name: 200 } });
    expect(readPreparedBy({ name: '', address: 'x'.repeat(501) })).toEqual({ ok: false, errors: { address: 500 } });
    expect(readPreparedBy({ name: ' A ', address: '\r\n1 Road\r\nTown\r\n' })).toEqual({
      ok: true,
      patch: { reportName: 'A', reportAddress: '1 Road\nTown' },
    });
  });
});
