import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../components/popup/App';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { DAY, makeAttempt, makeCase } from '../timeline/records';
import { formatDate } from '../../../lib/format/time';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from './axe';
import { handOverFirstCases } from '../../../components/popup/first-cases/handover';

// The active tab's URL is an edge (tabs API); each test says which page is "open".
const tab = vi.hoisted(() => ({ url: undefined as string | undefined }));
vi.mock('../../../components/popup/activeTab', () => ({ activeTabUrl: () => Promise.resolve(tab.url) }));

withFreshDb();
beforeEach(() => {
  tab.url = undefined;
  window.location.hash = '#/';
});
afterEach(cleanup);
// Views load on demand and this machine may be busy: give lookups time.
configure({ asyncUtilTimeout: 10_000 });

describe('home', { timeout: 30_000 }, () => {
  it('explains what to do on first run', async () => {
    const { container } = render(<App />);
    expect(await screen.findByText(/No cases yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Log a call' })).toBeTruthy();
    // The sample case is one click away on the welcome page, in a tab of its own.
    const sample = screen.getByRole('link', { name: 'See how it works with a sample case' });
    expect(sample.getAttribute('href')).toBe('/welcome.html#sample');
    expect(sample.getAttribute('target')).toBe('_blank');
    await expectNoAxeViolations(container);
  });

  it('lists open cases by latest activity with attempts, days since the first contact and a readable status', async () => {
    const now = Date.now();
    await cases.put(makeCase({ title: 'Broken router', openedAt: now - 12 * DAY, lastActivityAt: now - 5 * DAY }));
    const newer = await cases.put(
      makeCase({ title: 'Refund for March', openedAt: now - 3 * DAY, lastActivityAt: now - DAY }),
    );
    await attempts.put(
      makeAttempt(newer.id, {
        at: now - DAY,
        promise: { text: 'refund', dueAt: now - 3_600_000 },
        outcome: 'promised',
      }),
    );
    await attempts.put(makeAttempt(newer.id, { at: now - 2 * DAY }));
    await cases.put(
      makeCase({ title: 'Old and done', status: 'resolved', resolvedAt: now - DAY, lastActivityAt: now }),
    );

    const { container } = render(<App />);
    // The broken promise needs attention: it leads, in its own group.
    const urgent = await screen.findByTestId('attention-list');
    const [refund] = within(urgent).getAllByRole('listitem');
    expect(within(refund!).getByRole('link').textContent).toContain('Refund for March');
    // Entered 3 days ago, first contact 2 days ago: its age counts from the contact.
    expect(await within(refund!).findByText('2 attempts · open 2 days')).toBeTruthy();
    expect(within(refund!).getByText(/Overdue: promised by/)).toBeTruthy();
    const list = screen.getByTestId('case-list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
      expect.stringContaining('Broken router'),
    ]);
    // Nothing logged: no age, and nobody is said to be waiting on the company.
    expect(await within(items[0]!).findByText('0 attempts')).toBeTruthy();
    expect(within(items[0]!).getByText('Nothing logged yet: log your first contact.')).toBeTruthy();
    expect(within(items[0]!).queryByText(/Waiting on the company/)).toBeNull();
    expect(screen.queryByText('Old and done')).toBeNull();
    await expectNoAxeViolations(container);

    await userEvent.click(screen.getByRole('button', { name: /Show resolved and closed/ }));
    expect(await screen.findByText('Old and done')).toBeTruthy();
  });

  it('dates a backfilled case from its first contact, and says since when it has waited', async () => {
    const now = Date.now();
    const c = await cases.put(makeCase({ title: 'Calls since March', openedAt: now, lastActivityAt: now }));
    await attempts.put(makeAttempt(c.id, { at: now - 30 * DAY }));
    await attempts.put(makeAttempt(c.id, { at: now - 9 * DAY }));
    render(<App />);
    const list = await screen.findByTestId('case-list');
    const [item] = await within(list).findAllByRole('listitem');
    expect(await within(item!).findByText('2 attempts · open 30 days')).toBeTruthy();
    expect(within(item!).getByText(`Waiting on the company since ${formatDate(now - 9 * DAY)}`)).toBeTruthy();
  });

  it("puts the current tab's company first: its open case, or an offer to start one", async () => {
    // The toolbar click grants the active tab's URL (activeTab): here, a T-Mobile contact page.
    tab.url = 'https://www.t-mobile.com/contact-us';
    const other = await cases.put(makeCase({ title: 'Broken router', lastActivityAt: Date.now() }));
    const { unmount } = render(<App />);
    const offer = await screen.findByRole('link', { name: 'Start a case with T-Mobile (US)' });
    expect(offer.getAttribute('href')).toBe('#/new?company=t-mobile');
    unmount();

    const mine = await cases.put(
      makeCase({ companyId: 't-mobile', title: 'Overcharged $110', lastActivityAt: Date.now() - 9 * DAY }),
    );
    const { container } = render(<App />);
    const section = await screen.findByRole('region', { name: 'On this site: T-Mobile (US)' });
    expect(await within(section).findByText('Overcharged $110')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Escalate' }).getAttribute('href')).toBe(
      `#/case/${mine.id}/compose`,
    );
    // The rest of the list does not repeat it.
    const list = screen.getByTestId('case-list');
    await within(list).findByText('Broken router');
    expect(within(list).queryByText('Overcharged $110')).toBeNull();
    expect(other.id).not.toBe(mine.id);
    await expectNoAxeViolations(container);
  });

  it('shows the five most urgent cases that need attention, and the rest on request', async () => {
    const now = Date.now();
    for (let i = 0; i < 7; i++) {
      const c = await cases.put(makeCase({ title: `Broken promise ${i + 1}`, lastActivityAt: now - i * DAY }));
      // The longer overdue, the more urgent: case 7 is the oldest broken promise.
      await attempts.put(
        makeAttempt(c.id, {
          at: now - (i + 2) * DAY,
          outcome: 'promised',
          promise: { text: 'refund', dueAt: now - (i + 1) * DAY },
        }),
      );
    }
    render(<App />);
    const urgent = await screen.findByTestId('attention-list');
    expect(within(urgent).getAllByRole('listitem')).toHaveLength(5);
    // Each row shows what it was judged on, read with the group rather than again per row.
    expect(within(urgent).getAllByText(/^1 attempt · open/)).toHaveLength(5);
    const more = screen.getByRole('button', { name: 'Show 2 more that need attention' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(more);
    expect(within(urgent).getAllByRole('listitem')).toHaveLength(7);
    expect(screen.getByRole('button', { name: 'Show only the most urgent' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });
});

describe('home, starting from the cases painted before React', { timeout: 30_000 }, () => {
  it('shows the handed-over cases on its first render, then what the database holds; a later home starts afresh', async () => {
    await cases.put(makeCase({ title: 'Stored case' }));
    handOverFirstCases([{ ...makeCase({ title: 'Painted before React' }), id: 'painted-1' }]);
    const { unmount } = render(<App />);
    // The first render, before any query has answered.
    expect(screen.getByText('Painted before React')).toBeTruthy();
    expect(await screen.findByText('Stored case')).toBeTruthy();
    expect(screen.queryByText('Painted before React')).toBeNull();
    unmount();
    render(<App />);
    expect(screen.queryByText('Painted before React')).toBeNull();
    expect(await screen.findByText('Stored case')).toBeTruthy();
  });
});
