import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../components/popup/App';
import { attemptsOfCase } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { DAY, makeCase } from '../timeline/records';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from './axe';

const { db } = withFreshDb();
beforeEach(() => {
  window.location.hash = '#/call';
});
afterEach(cleanup);
// Views load on demand and this machine may be busy: give lookups time.
configure({ asyncUtilTimeout: 10_000 });

async function startCallWith(company: string) {
  const user = userEvent.setup();
  render(<App />);
  await user.type(await screen.findByLabelText('Search companies'), company);
  await user.click(await screen.findByRole('button', { name: `Use “${company}” (not in the directory)` }));
  await user.type(await screen.findByLabelText('Number you are calling'), '+1 800 555 0100');
  await user.click(screen.getByRole('button', { name: 'Start call' }));
  await screen.findByTestId('call-timer');
  return user;
}

describe('logging a call as it happens', { timeout: 30_000 }, () => {
  it('starts a call that survives the popup closing, then ends it with agents and a reference', async () => {
    await startCallWith('Zebra Telecom Test');
    const [running] = await db().attempts.toArray();
    expect(running).toMatchObject({
      inProgress: true,
      channel: 'phone',
      contact: '+1 800 555 0100',
      companyId: 'user-zebra-telecom-test',
    });
    expect((await db().cases.get(running!.caseId))?.needsTitle).toBe(true);
    await expectNoAxeViolations(document.body);

    // Close the popup and open it again: the call is still there, timed from its stored start.
    cleanup();
    await db().attempts.update(running!.id, { at: running!.at - 7 * 60_000 });
    window.location.hash = '#/';
    render(<App />);
    await user().click(await screen.findByRole('link', { name: 'Back to the call' }));
    expect((await screen.findByTestId('call-timer')).textContent).toMatch(/^7:0\d$/);

    const u = user();
    await u.type(screen.getByLabelText('Agent 1'), 'Dana');
    await u.click(screen.getByRole('button', { name: /Add an agent/ }));
    await u.type(screen.getByLabelText('Agent 2'), 'Supervisor Sam');
    await u.type(screen.getByLabelText('Reference number'), 'CX-88812');
    await u.click(screen.getByRole('button', { name: 'End call' }));

    const timeline = await screen.findByTestId('timeline');
    const entry = within(timeline).getByTestId('timeline-attempt');
    expect(within(entry).getByTestId('duration').textContent).toMatch(/7 min/);
    expect(within(entry).getByTestId('agents').textContent).toContain('Dana, Supervisor Sam');
    expect(within(entry).getByTestId('reference').textContent).toContain('CX-88812');
    const [ended] = await attemptsOfCase(running!.caseId);
    expect(ended?.inProgress).toBeUndefined();
    expect(Math.round((ended!.endedAt! - ended!.at) / 60_000)).toBe(7);
    await expectNoAxeViolations(document.body);
  });

  it('keeps the call running when Enter is pressed in any of its fields, and keeps what was typed', async () => {
    const u = await startCallWith('Zebra Telecom Test');
    // Every field of the running call: its form and the note box.
    const view = screen.getByTestId('call-timer').closest('section')!;
    const fields = Array.from(
      view.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea'),
    );
    expect(fields.length).toBeGreaterThanOrEqual(6);
    for (const field of fields) {
      field.focus();
      await u.keyboard('{Enter}');
    }
    await u.type(screen.getByLabelText('Agent 1'), 'Jordan{Enter}');
    await u.type(screen.getByLabelText('Reference number'), 'TM-48213{Enter}');
    expect(screen.getByTestId('call-timer')).toBeTruthy();
    await waitFor(async () =>
      expect((await db().attempts.toArray())[0]).toMatchObject({
        inProgress: true,
        agents: ['Jordan'],
        reference: 'TM-48213',
      }),
    );
    expect((await db().attempts.toArray())[0]?.endedAt).toBeUndefined();
  });

  it('offers a running call of another company rather than opening it, and starts the new call beside it', async () => {
    await startCallWith('Samsung Test');
    cleanup();
    window.location.hash = '#/call';
    const u = userEvent.setup();
    render(<App />);
    // Not the Samsung call: the company picker, with the running call offered above it.
    await screen.findByLabelText('Search companies');
    expect(screen.queryByTestId('call-timer')).toBeNull();
    expect(await screen.findByText(/Call with Samsung Test running/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the call' })).toBeTruthy();
    await u.type(screen.getByLabelText('Search companies'), 'T-Mobile Test');
    await u.click(await screen.findByRole('button', { name: 'Use “T-Mobile Test” (not in the directory)' }));
    expect(await screen.findByText(/Another call is still running/)).toBeTruthy();
    await u.click(screen.getByRole('button', { name: 'Start call' }));
    const heading = await screen.findByRole('heading', { name: 'On the phone with T-Mobile Test' });
    // The view changed: focus moved to its heading, not to the page body.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    await waitFor(async () => expect((await db().attempts.toArray()).filter((a) => a.inProgress)).toHaveLength(2));

    // Ended from the list, by its company's name: the other call runs on.
    await u.click(await screen.findByRole('button', { name: 'End the call with Samsung Test' }));
    await waitFor(async () =>
      expect((await db().attempts.toArray()).filter((a) => a.inProgress).map((a) => a.companyId)).toEqual([
        'user-t-mobile-test',
      ]),
    );
    expect(screen.getByTestId('call-timer')).toBeTruthy();
    await expectNoAxeViolations(document.body);
  });

  it('times holds with the stopwatch and stamps notes with the time into the call', async () => {
    const u = await startCallWith('Zebra Telecom Test');
    const [call] = await db().attempts.toArray();
    await u.click(screen.getByRole('button', { name: 'On hold' }));
    await screen.findByTestId('hold-timer');
    await waitFor(async () => expect((await db().attempts.get(call!.id))?.holdSince).toBeDefined());
    // Three minutes on hold (the hold's start moved back rather than waiting).
    await db().attempts.update(call!.id, { holdSince: Date.now() - 3 * 60_000 });
    await u.click(await screen.findByRole('button', { name: 'Agent picked up' }));
    expect((await screen.findByTestId('hold-total')).textContent).toMatch(/Hold so far: 3:0\d/);
    const held = await db().attempts.get(call!.id);
    expect(held?.holdSince).toBeUndefined();
    expect(held?.holdSeconds).toBeGreaterThanOrEqual(180);

    await u.type(
      screen.getByLabelText('Note (stamped with the time into the call)'),
      'Priya will escalate to billing{Enter}',
    );
    expect(screen.getByLabelText<HTMLTextAreaElement>('Notes').value).toMatch(
      /^\d+:\d\d — Priya will escalate to billing$/,
    );
    await waitFor(async () =>
      expect((await db().attempts.get(call!.id))?.summary).toMatch(/Priya will escalate to billing/),
    );
    expect(screen.getByTestId('call-timer')).toBeTruthy();
    await expectNoAxeViolations(document.body);
  });

  it('offers the open cases first, the current site’s company first, and logs the call in the case picked', async () => {
    const older = await cases.put(
      makeCase({ companyId: 'user-quokka-power', title: 'Meter never read', lastActivityAt: Date.now() - 9 * DAY }),
    );
    await cases.put(makeCase({ companyId: 'user-kiwi-gas', title: 'Double charge', lastActivityAt: Date.now() - DAY }));
    const u = userEvent.setup();
    render(<App />);
    const offered = await screen.findByRole('region', { name: 'Your open cases' });
    const buttons = await within(offered).findAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      expect.stringContaining('Double charge'),
      expect.stringContaining('Meter never read'),
    ]);
    await u.click(buttons[1]!);
    expect(await screen.findByText('For the case “Meter never read”')).toBeTruthy();
    await u.click(screen.getByRole('button', { name: 'Start call' }));
    await screen.findByTestId('call-timer');
    expect(await db().attempts.toArray()).toMatchObject([{ caseId: older.id, inProgress: true }]);
  });

  it('keeps what was typed during the call when the popup closes without a blur', async () => {
    const u = await startCallWith('Zebra Telecom Test');
    await u.type(screen.getByLabelText('Reference number'), 'REF-9');
    await waitFor(async () => expect((await db().attempts.toArray())[0]?.reference).toBe('REF-9'), { timeout: 5_000 });
    cleanup();
    const [call] = await db().attempts.toArray();
    expect(call).toMatchObject({ inProgress: true, reference: 'REF-9' });
    expect(call?.endedAt).toBeUndefined();
  });

  it('does not end the call when a field is wrong, and says why', async () => {
    const u = await startCallWith('Zebra Telecom Test');
    await u.type(screen.getByLabelText('What they promised'), 'A refund');
    await u.click(screen.getByRole('button', { name: 'End call' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Nothing was saved/);
    expect(alert.textContent).toMatch(/Add the date it was promised by/);
    expect(screen.getByLabelText('Promised by').getAttribute('aria-invalid')).toBe('true');
    const [call] = await db().attempts.toArray();
    expect(call?.inProgress).toBe(true);
    expect(call?.promise).toBeUndefined();
  });

  it('logs a past call with manual times and refuses an end before the start', async () => {
    window.location.hash = '#/call';
    const u = userEvent.setup();
    render(<App />);
    await u.type(await screen.findByLabelText('Search companies'), 'Quokka Power');
    await u.click(await screen.findByRole('button', { name: 'Use “Quokka Power” (not in the directory)' }));
    await u.click(await screen.findByText('Log a call that already happened'));
    const start = screen.getByLabelText('Started');
    const end = screen.getByLabelText('Ended');
    await u.clear(start);
    await u.type(start, '2026-03-02T10:00');
    await u.clear(end);
    await u.type(end, '2026-03-02T09:00');
    await u.click(screen.getByRole('button', { name: 'Save call' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/end must not be before the start/);
    expect(await db().attempts.count()).toBe(0);
    expect(await db().cases.count()).toBe(0);

    await u.clear(end);
    await u.type(end, '2026-03-02T10:42');
    await u.click(screen.getByRole('button', { name: 'Save call' }));
    await screen.findByTestId('timeline');
    const [saved] = await db().attempts.toArray();
    expect(saved).toMatchObject({
      channel: 'phone',
      at: new Date(2026, 2, 2, 10, 0).getTime(),
      endedAt: new Date(2026, 2, 2, 10, 42).getTime(),
    });
    await waitFor(() => expect(screen.getByTestId('duration').textContent).toMatch(/42 min/));
  });

  it('backfills a past call with the promise made on it, now past due: saved, and shown as a broken promise', async () => {
    window.location.hash = '#/call';
    const u = userEvent.setup();
    render(<App />);
    await u.type(await screen.findByLabelText('Search companies'), 'Quokka Power');
    await u.click(await screen.findByRole('button', { name: 'Use “Quokka Power” (not in the directory)' }));
    await u.click(await screen.findByText('Log a call that already happened'));
    const start = screen.getByLabelText('Started');
    await u.clear(start);
    await u.type(start, '2026-03-02T10:00');
    await u.type(screen.getByLabelText('What they promised'), 'Credit the overcharge');
    await u.type(screen.getByLabelText('Promised by'), '2026-03-09');
    expect(screen.getByLabelText('Promised by').getAttribute('aria-describedby')).toMatch(/hint/);
    expect(screen.getByText(/Already past: it is saved and shows as a broken promise/)).toBeTruthy();
    await u.click(screen.getByRole('button', { name: 'Save call' }));
    const timeline = await screen.findByTestId('timeline');
    const [saved] = await db().attempts.toArray();
    expect(saved).toMatchObject({ outcome: 'promised', promise: { text: 'Credit the overcharge' } });
    expect(within(timeline).getByText('Broken promise')).toBeTruthy();
    await expectNoAxeViolations(document.body);
  });

  it('opened by the shortcut on a known company, starts a call with Enter alone; reached from the home, focuses the heading', async () => {
    const u = userEvent.setup();
    window.location.hash = '#/call?company=t-mobile';
    render(<App />);
    // The shortcut opens the popup straight on this route: the number field has focus.
    const field = await screen.findByLabelText('Number you are calling');
    await waitFor(() => expect(document.activeElement).toBe(field));
    await u.keyboard('{Enter}');
    await screen.findByTestId('call-timer');
    expect(await db().attempts.toArray()).toMatchObject([{ companyId: 't-mobile', inProgress: true }]);
    cleanup();

    window.location.hash = '#/';
    render(<App />);
    await u.click(await screen.findByRole('link', { name: 'Log a call' }));
    // Reached by navigation, the view's first heading has focus, not a field.
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H2'));
    expect(document.activeElement).toBe(document.querySelector('main h2'));
  });

  it('works from the keyboard alone: pick, start and end a call', async () => {
    const u = userEvent.setup();
    render(<App />);
    await screen.findByLabelText('Search companies');
    await u.tab(); // the app name (home)
    await u.tab(); // "All cases"
    await u.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Search companies'));
    await u.keyboard('Kiwi Gas');
    await screen.findByRole('button', { name: 'Use “Kiwi Gas” (not in the directory)' });
    await u.tab();
    await u.keyboard('{Enter}');
    await u.click(await screen.findByLabelText('Number you are calling'));
    await u.keyboard('611{Enter}');
    await screen.findByTestId('call-timer');
    await u.click(screen.getByLabelText('Agent 1'));
    await u.keyboard('Ravi{Enter}');
    // Enter kept the name and the call runs on; End call is reached with Tab and pressed.
    expect(screen.getByTestId('call-timer')).toBeTruthy();
    const endCall = screen.getByRole('button', { name: 'End call' });
    for (let presses = 0; presses < 30 && document.activeElement !== endCall; presses++) await u.tab();
    expect(document.activeElement).toBe(endCall);
    await u.keyboard('{Enter}');
    await screen.findByTestId('timeline');
    expect(await db().attempts.toArray()).toMatchObject([{ contact: '611', agents: ['Ravi'], channel: 'phone' }]);
  });
});

function user() {
  return userEvent.setup();
}
