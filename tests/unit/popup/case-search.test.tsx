import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../components/popup/App';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { DAY, makeAttempt, makeCase } from '../timeline/records';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from './axe';

vi.mock('../../../components/popup/activeTab', () => ({ activeTabUrl: () => Promise.resolve(undefined) }));

withFreshDb();
beforeEach(() => {
  window.location.hash = '#/';
  sessionStorage.clear();
});
afterEach(cleanup);
configure({ asyncUtilTimeout: 10_000 });

describe('search across cases', { timeout: 30_000 }, () => {
  it('finds a case by reference, agent or words as they are typed, and shows what matched', async () => {
    const now = Date.now();
    const router = await cases.put(makeCase({ title: 'Broken router', lastActivityAt: now - DAY }));
    const refund = await cases.put(makeCase({ title: 'Refund for March', lastActivityAt: now }));
    await attempts.put(makeAttempt(router.id, { at: now - DAY, reference: 'TM-48213', agents: ['Priya'] }));
    await attempts.put(makeAttempt(refund.id, { at: now, summary: 'Agent said the credit posts on Friday' }));

    const { container } = render(<App />);
    await screen.findByText('Refund for March');
    const box = screen.getByRole('searchbox', { name: 'Search cases' });

    await userEvent.type(box, 'tm48');
    const results = await screen.findByTestId('search-results');
    expect(await screen.findByRole('heading', { name: '1 case found' })).toBeTruthy();
    const [hit] = within(results).getAllByRole('listitem');
    expect(within(hit!).getByRole('link').textContent).toContain('Broken router');
    // The reference is shown as it was stored, not as typed.
    expect(within(hit!).getByText('TM-48213')).toBeTruthy();
    // The other lists step aside while searching.
    expect(screen.getByTestId('case-list').closest('[hidden]')).not.toBeNull();
    await expectNoAxeViolations(container);

    await userEvent.clear(box);
    await userEvent.type(box, 'CREDIT friday');
    expect(await screen.findByText('Agent said the credit posts on Friday')).toBeTruthy();
    expect(within(screen.getByTestId('search-results')).getAllByRole('listitem')).toHaveLength(1);

    await userEvent.clear(box);
    await userEvent.type(box, 'nothing like this');
    expect(await screen.findByRole('heading', { name: 'No case matches “nothing like this”.' })).toBeTruthy();

    await userEvent.clear(box);
    expect(screen.queryByTestId('search-results')).toBeNull();
    expect(screen.getByTestId('case-list').closest('[hidden]')).toBeNull();
  });

  it('finds what was logged after the search began', async () => {
    const now = Date.now();
    const kase = await cases.put(makeCase({ title: 'Dishwasher', lastActivityAt: now }));
    render(<App />);
    await screen.findByText('Dishwasher');
    const box = screen.getByRole('searchbox', { name: 'Search cases' });
    await userEvent.type(box, 'jordan');
    expect(await screen.findByRole('heading', { name: 'No case matches “jordan”.' })).toBeTruthy();
    await attempts.put(makeAttempt(kase.id, { at: now, agents: ['Jordan'] }));
    expect(await screen.findByRole('heading', { name: '1 case found' })).toBeTruthy();
  });

  it('keeps the query and its results when the person opens a found case and comes back', async () => {
    const now = Date.now();
    const kase = await cases.put(makeCase({ title: 'Washer drum', lastActivityAt: now }));
    await cases.put(makeCase({ title: 'Fridge door', lastActivityAt: now - DAY }));
    await attempts.put(makeAttempt(kase.id, { at: now, reference: 'WD-7781' }));
    const first = render(<App />);
    await screen.findByText('Fridge door');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search cases' }), '7781');
    expect(await screen.findByRole('heading', { name: '1 case found' })).toBeTruthy();
    // Opening the case unmounts the home view; coming back mounts it again.
    first.unmount();
    render(<App />);
    expect(await screen.findByRole<HTMLInputElement>('searchbox', { name: 'Search cases' })).toHaveProperty(
      'value',
      '7781',
    );
    expect(await screen.findByRole('heading', { name: '1 case found' })).toBeTruthy();
    expect(within(screen.getByTestId('search-results')).getByText('WD-7781')).toBeTruthy();
  });
});
