import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FollowUpPanel } from '../../../components/followup/FollowUpPanel';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { escalations } from '../../../lib/db/escalations';
import { responses } from '../../../lib/db/responses';
import { DAY, HOUR } from '../../../lib/time-units';
import type { Response } from '../../../lib/model';
import { updateSettings } from '../../../lib/settings/items';
import { expectNoAxeViolations } from '../popup/axe';

vi.setConfig({ testTimeout: 20_000 });

const CASE_ID = '33333333-3333-4333-8333-333333333333';
const NOW = Date.UTC(2026, 11, 3, 15, 0); // Thu 3 Dec 2026

let db: PaperTrailDb;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = new PaperTrailDb(`timing-${crypto.randomUUID()}`);
  setDbForTests(db);
  await db.open();
  await cases.put({
    id: CASE_ID,
    companyId: 't-mobile',
    title: 'Overcharged $110',
    needsTitle: false,
    problem: 'Billed twice',
    ask: 'A refund',
    status: 'open',
    openedAt: NOW - 20 * DAY,
    lastActivityAt: NOW,
    createdAt: 0,
    updatedAt: 0,
  });
  await attempts.put({
    id: crypto.randomUUID(),
    caseId: CASE_ID,
    companyId: 't-mobile',
    channel: 'phone',
    at: NOW - 20 * DAY,
    agents: [],
    outcome: 'unresolved',
    source: 'manual',
    createdAt: 0,
    updatedAt: 0,
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setDbForTests(undefined);
  db.close();
});

async function post(postedAt: number): Promise<void> {
  await escalations.put({
    id: crypto.randomUUID(),
    caseId: CASE_ID,
    companyId: 't-mobile',
    platform: 'x',
    handle: 'TMobileHelp',
    kind: 'initial',
    tone: 'friendly',
    parts: ['@TMobileHelp billed twice'],
    status: 'posted',
    postedAt,
    createdAt: postedAt,
    updatedAt: postedAt,
  });
}

function answer(kind: Response['kind'], at: number, patch: Partial<Response> = {}): Response {
  return {
    id: crypto.randomUUID(),
    caseId: CASE_ID,
    kind,
    at,
    source: 'manual',
    createdAt: at,
    updatedAt: at,
    ...patch,
  };
}

describe('an overdue promise is asked about instead of "Did they fix it?"', () => {
  it('shows when it was due, records the fix on "They kept it", and then offers a thank-you', async () => {
    await post(NOW - 10 * DAY);
    const promise = answer('promise', NOW - 10 * DAY + HOUR, {
      promise: { text: 'credit by 30 Nov', dueAt: NOW - 3 * DAY },
    });
    await responses.put(promise);
    // Eight days after this reply "Did they fix it?" would be due, but the promise passed first.
    await responses.put(answer('public_reply', NOW - 8 * DAY));
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { container } = render(<FollowUpPanel caseId={CASE_ID} />);

    expect(await screen.findByRole('heading', { name: 'Did they keep their promise?' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Did they fix it?' })).toBeNull();
    expect(screen.getByText(/^“credit by 30 Nov” was due 3 days ago \(.*30.*\)\.$/u)).toBeTruthy();
    expect(screen.getByText(/Otherwise it counts as a broken promise in your posts and letters/u)).toBeTruthy();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'They kept it — record the fix' }));
    expect(await screen.findByText('Say thank you publicly')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Did they keep their promise?' })).toBeNull();
    const stored = await db.responses.toArray();
    expect(stored.find((r) => r.kind === 'fix')).toMatchObject({ caseId: CASE_ID, at: NOW });
    expect(stored.find((r) => r.id === promise.id)?.promiseKept).toBe(true);
  });

  it('keeps the ordinary "Did they fix it?" when no promise is overdue', async () => {
    await post(NOW - 10 * DAY);
    await responses.put(answer('public_reply', NOW - 8 * DAY));
    render(<FollowUpPanel caseId={CASE_ID} />);
    expect(await screen.findByRole('heading', { name: 'Did they fix it?' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Did they keep their promise?' })).toBeNull();
  });
});

describe('the follow-up step waits for the answer window', () => {
  it('minutes after a post: says when a follow-up makes sense, with no draft yet', async () => {
    await post(NOW - 10 * 60_000);
    render(<FollowUpPanel caseId={CASE_ID} />);
    expect(await screen.findByText('A courteous follow-up post')).toBeTruthy();
    expect(
      screen.getByText(
        /^From .+ — companies usually answer within a day, so a follow-up before then comes too soon\.$/u,
      ),
    ).toBeTruthy();
    expect(screen.queryByLabelText(/^Suggested follow-up for/u)).toBeNull();
  });

  it('follows the reminder setting: with 6 hours, a post 7 hours old gets its follow-up draft', async () => {
    await updateSettings({ remindAfterPostHours: 6 });
    await post(NOW - 7 * HOUR);
    render(<FollowUpPanel caseId={CASE_ID} />);
    expect(await screen.findByLabelText(/^Suggested follow-up for x$/u)).toBeTruthy();
    expect(screen.getByText(/It has been \d+ days since your first contact/u)).toBeTruthy();
  });
});
