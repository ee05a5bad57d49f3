import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../components/popup/App';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { escalations } from '../../../lib/db/escalations';
import { responses } from '../../../lib/db/responses';
import { DAY, makeAttempt, makeCase, makeEscalation, makeResponse } from '../timeline/records';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from './axe';

withFreshDb();
afterEach(cleanup);
// Views load on demand and this machine may be busy: give lookups time.
configure({ asyncUtilTimeout: 10_000 });

async function openCase(over: Parameters<typeof makeCase>[0] = {}) {
  const now = Date.now();
  const c = await cases.put(
    makeCase({ openedAt: now - 20 * DAY, lastActivityAt: now - 2 * DAY, privateRef: 'ACC-4411', ...over }),
  );
  window.location.hash = `#/case/${c.id}`;
  render(<App />);
  await screen.findByRole('heading', { level: 2, name: c.title || /Case with/ });
  return { c, now };
}

describe('case view', { timeout: 30_000 }, () => {
  it('shows details, totals and a merged timeline with gaps, and passes axe', async () => {
    const now = Date.now();
    const c = await cases.put(
      makeCase({ openedAt: now - 20 * DAY, privateRef: 'ACC-4411', amount: { value: 110, currency: 'USD' } }),
    );
    await attempts.put(
      makeAttempt(c.id, {
        at: now - 19 * DAY,
        endedAt: now - 19 * DAY + 25 * 60_000,
        agents: ['Dana'],
        holdSeconds: 600,
      }),
    );
    await attempts.put(
      makeAttempt(c.id, { channel: 'email', at: now - 8 * DAY, awaitingReply: true, subject: 'Refund' }),
    );
    await escalations.put(makeEscalation(c.id, { postedAt: now - 2 * DAY, createdAt: now - 2 * DAY }));
    await responses.put(
      makeResponse(c.id, { at: now - 2 * DAY + 20 * 60_000, by: 'AcmeSupport', note: 'Please DM us' }),
    );
    window.location.hash = `#/case/${c.id}`;
    const { container } = render(<App />);

    expect(await screen.findByText('ACC-4411')).toBeTruthy();
    expect(screen.getByText('never shared publicly')).toBeTruthy();
    const totals = await screen.findByTestId('totals');
    expect(totals.textContent).toMatch(/2 \(Phone call 1, Email 1\)/);
    expect(totals.textContent).toMatch(/25 min/);
    const timeline = screen.getByTestId('timeline');
    // Newest first: where the case stands now is at the top.
    const items = within(timeline)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items[0]).toMatch(/Company answered: public reply/);
    expect(items[1]).toMatch(/Posted on X/);
    expect(items[2]).toMatch(/6 days without an answer/);
    expect(items[3]).toMatch(/Email/);
    expect(items[4]).toMatch(/10 days without an answer/);
    expect(items[5]).toMatch(/Phone call/);
    expect(items).toHaveLength(6);
    await expectNoAxeViolations(container);
  });

  it('folds older entries of a long case, and opens them on request or when a link points into them', async () => {
    const now = Date.now();
    const c = await cases.put(makeCase({ openedAt: now - 40 * DAY }));
    const made = [];
    for (let i = 0; i < 12; i++)
      made.push(await attempts.put(makeAttempt(c.id, { at: now - (30 - i) * 3_600_000, reference: `REF-${i}` })));
    window.location.hash = `#/case/${c.id}`;
    const u = userEvent.setup();
    const { unmount } = render(<App />);
    const timeline = await screen.findByTestId('timeline');
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(8);
    expect(within(timeline).getAllByTestId('reference')[0]?.textContent).toContain('REF-11');
    await u.click(screen.getByRole('button', { name: 'Show 4 older entries' }));
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(12);
    unmount();

    window.location.hash = `#/case/${c.id}?attempt=${made[0]!.id}`;
    render(<App />);
    const pointed = await screen.findByTestId('timeline');
    expect(within(pointed).getAllByRole('listitem')).toHaveLength(12);
    expect(screen.queryByRole('button', { name: /older entries/ })).toBeNull();
  });

  it('edits the details, and refuses bad input without saving anything', async () => {
    const { c } = await openCase();
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Edit details' }));
    await u.clear(screen.getByLabelText('Title'));
    await u.type(screen.getByLabelText('Amount'), 'a lot');
    await u.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Give the case a short title/);
    expect(alert.textContent).toMatch(/Enter the amount as a number/);
    expect(await cases.get(c.id)).toEqual(c);
    await expectNoAxeViolations(document.body);

    await u.type(screen.getByLabelText('Title'), 'Charged twice');
    await u.clear(screen.getByLabelText('Amount'));
    await u.type(screen.getByLabelText('Amount'), '110');
    await u.type(screen.getByLabelText('Currency'), 'usd');
    await u.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await cases.get(c.id)).toMatchObject({ title: 'Charged twice', amount: { value: 110, currency: 'USD' } }),
    );
  });

  it('asks for a title when the case was opened automatically', async () => {
    const { c } = await openCase({ title: '', needsTitle: true });
    const u = userEvent.setup();
    expect(screen.getByText(/opened automatically/)).toBeTruthy();
    await u.type(screen.getByLabelText('Title'), 'Chat went nowhere');
    await u.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await cases.get(c.id)).toMatchObject({ title: 'Chat went nowhere', needsTitle: false }),
    );
  });

  it('deletes an attempt with undo that restores the exact record', async () => {
    const now = Date.now();
    const c = await cases.put(makeCase());
    const a = await attempts.put(
      makeAttempt(c.id, { at: now - DAY, reference: 'R-77', agents: ['Kim'], summary: 'Said to wait' }),
    );
    window.location.hash = `#/case/${c.id}`;
    render(<App />);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: /Delete the attempt of/ }));
    await waitFor(async () => expect(await attempts.get(a.id)).toBeUndefined());
    await u.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await attempts.get(a.id)).toEqual(a));
  });

  it('edits an attempt in the timeline and marks an email reply', async () => {
    const now = Date.now();
    const c = await cases.put(makeCase());
    const email = await attempts.put(
      makeAttempt(c.id, { channel: 'email', at: now - 3 * DAY, awaitingReply: true, outcome: 'pending' }),
    );
    window.location.hash = `#/case/${c.id}?attempt=${email.id}`;
    render(<App />);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Reply received' }));
    await waitFor(async () => {
      const replied = await attempts.get(email.id);
      expect(replied?.awaitingReply).toBe(false);
      expect(replied?.repliedAt).toBeGreaterThanOrEqual(email.at);
    });

    await u.click(await screen.findByRole('button', { name: 'Edit or move to another case' }));
    const form = await screen.findByRole('form', { name: 'Edit attempt' });
    await u.type(within(form).getByLabelText('Subject'), 'x'.repeat(201));
    await u.click(within(form).getByRole('button', { name: 'Save' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/at most 200 characters/);
    expect((await attempts.get(email.id))?.subject).toBeUndefined();
  });

  it('resolves and reopens a case', async () => {
    const { c } = await openCase();
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Mark resolved' }));
    await waitFor(async () => expect((await cases.get(c.id))?.status).toBe('resolved'));
    await u.click(await screen.findByRole('button', { name: 'Reopen' }));
    await waitFor(async () => expect((await cases.get(c.id))?.status).toBe('open'));
  });

  it('moves an attempt to a new case of the same company (the "Change case" link)', async () => {
    const now = Date.now();
    const c = await cases.put(makeCase());
    const a = await attempts.put(makeAttempt(c.id, { at: now - DAY, channel: 'chat', source: 'auto' }));
    window.location.hash = `#/case/${c.id}?attempt=${a.id}`;
    render(<App />);
    const u = userEvent.setup();
    const highlighted = await screen.findByTestId('timeline-attempt');
    await waitFor(() => expect(document.activeElement).toBe(highlighted));
    await u.click(within(highlighted).getByRole('button', { name: 'Edit or move to another case' }));
    await u.selectOptions(screen.getByLabelText('Case'), 'A new case');
    await u.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await attempts.get(a.id))?.caseId).not.toBe(c.id));
    const moved = await attempts.get(a.id);
    expect(await cases.get(moved!.caseId)).toMatchObject({ companyId: c.companyId, needsTitle: true, status: 'open' });
    await waitFor(() => expect(window.location.hash).toBe(`#/case/${moved!.caseId}`));
  });
});
