import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../components/popup/App';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { DAY, makeAttempt, makeCase } from '../timeline/records';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from './axe';

withFreshDb();
beforeEach(() => {
  window.location.hash = '#/';
});
afterEach(cleanup);

describe('home', { timeout: 30_000 }, () => {
  it('explains what to do on first run', async () => {
    const { container } = render(<App />);
    expect(await screen.findByText(/No cases yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Log a call' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('lists open cases by latest activity with attempts, days open and a readable status', async () => {
    const now = Date.now();
    const older = await cases.put(makeCase({ title: 'Broken router', openedAt: now - 12 * DAY, lastActivityAt: now - 5 * DAY }));
    const newer = await cases.put(makeCase({ title: 'Refund for March', openedAt: now - 3 * DAY, lastActivityAt: now - DAY }));
    await attempts.put(makeAttempt(newer.id, { at: now - DAY, promise: { text: 'refund', dueAt: now - 3_600_000 }, outcome: 'promised' }));
    await attempts.put(makeAttempt(newer.id, { at: now - 2 * DAY }));
    await cases.put(makeCase({ title: 'Old and done', status: 'resolved', resolvedAt: now - DAY, lastActivityAt: now }));

    const { container } = render(<App />);
    const list = await screen.findByTestId('case-list');
    const items = await within(list).findAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([expect.stringContaining('Refund for March'), expect.stringContaining('Broken router')]);
    expect(await within(items[0]!).findByText('2 attempts · open 3 days')).toBeTruthy();
    expect(within(items[0]!).getByText(/Overdue: promised by/)).toBeTruthy();
    expect(await within(items[1]!).findByText(/Waiting on the company since/)).toBeTruthy();
    expect(screen.queryByText('Old and done')).toBeNull();
    await expectNoAxeViolations(container);

    await userEvent.click(screen.getByRole('button', { name: /Show resolved and closed/ }));
    expect(await screen.findByText('Old and done')).toBeTruthy();
    expect(older.id).toBeTruthy();
  });
});
