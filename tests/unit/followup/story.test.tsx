import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FollowUpPanel } from '../../../components/followup/FollowUpPanel';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { escalations } from '../../../lib/db/escalations';
import { nextSteps } from '../../../lib/followup/ladder';
import { loadCaseRecords } from '../../../lib/followup/reminder-store';
import { remindersFor } from '../../../lib/followup/reminders';
import { deriveCaseStatus } from '../../../lib/followup/status';
import { DAY, HOUR } from '../../../lib/time-units';
import { socialReplySeen } from '../../../lib/handlers/social-reply-seen';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

vi.setConfig({ testTimeout: 20_000 });

const CASE_ID = '22222222-2222-4222-8222-222222222222';
const POSTED = Date.UTC(2026, 5, 1, 14, 0); // Mon 1 Jun 2026
const POST_URL = 'https://x.com/dana_w/status/1900000000000000001';

async function expectAccessible(container: Element) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

let db: PaperTrailDb;
beforeEach(async () => {
  db = new PaperTrailDb(`story-${crypto.randomUUID()}`);
  setDbForTests(db);
  await db.open();
  // "Fast social team, slow company": two calls about dropped calls, then one public post.
  await cases.put({
    id: CASE_ID,
    companyId: 't-mobile',
    title: 'Dropped calls at home',
    needsTitle: false,
    problem: 'Calls drop at home every evening',
    ask: 'Fix the coverage or a credit',
    privateRef: 'ACCT-771',
    status: 'open',
    openedAt: POSTED - 3 * DAY,
    lastActivityAt: POSTED,
    createdAt: 0,
    updatedAt: 0,
  });
  for (const at of [POSTED - 3 * DAY, POSTED - 2 * DAY]) {
    await attempts.put({
      id: crypto.randomUUID(),
      caseId: CASE_ID,
      companyId: 't-mobile',
      channel: 'phone',
      at,
      agents: ['Sam'],
      outcome: 'unresolved',
      source: 'manual',
      createdAt: at,
      updatedAt: at,
    });
  }
  await escalations.put({
    id: crypto.randomUUID(),
    caseId: CASE_ID,
    companyId: 't-mobile',
    platform: 'x',
    handle: 'TMobileHelp',
    kind: 'initial',
    tone: 'friendly',
    parts: ['@TMobileHelp calls keep dropping'],
    status: 'posted',
    postedAt: POSTED,
    postUrl: POST_URL,
    createdAt: POSTED,
    updatedAt: POSTED,
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setDbForTests(undefined);
  db.close();
});

describe('a reply is not a resolution', () => {
  it('reply recorded → seven days → "Did they fix it?" → no → next step offered', async () => {
    // 1. The company answers publicly within minutes; the social script reports it.
    const replyAt = POSTED + 20 * 60_000;
    const seen = await socialReplySeen(
      {
        type: 'cs/social-reply-seen',
        platform: 'x',
        by: 'TMobileHelp',
        url: 'https://x.com/TMobileHelp/status/1900000000000000002',
        inReplyToUrl: POST_URL,
        text: 'Sorry! DM us.',
        at: replyAt,
      },
      { origin: 'page', tabId: 3, url: POST_URL, now: replyAt + HOUR },
    );
    expect(seen).toMatchObject({ recorded: true, repeat: false });
    const afterReply = await loadCaseRecords(CASE_ID);
    if (!afterReply) throw new Error('case missing');
    expect(deriveCaseStatus(afterReply, replyAt + HOUR, 'America/New_York')).toEqual({
      state: 'replied',
      since: replyAt,
      fixCheckDue: undefined,
    });

    // 2. Seven days later, nothing was fixed: the status and a reminder ask.
    const weekLater = replyAt + 7 * DAY;
    expect(deriveCaseStatus(afterReply, weekLater, 'America/New_York').fixCheckDue).toBe(true);
    expect(
      remindersFor(afterReply, DEFAULT_SETTINGS, weekLater, 'America/New_York', 'T-Mobile').find(
        (r) => r.kind === 'fix_check',
      ),
    ).toMatchObject({ dueAt: weekLater });

    // 3. The case view asks "Did they fix it?" and the person answers "No".
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(weekLater + HOUR);
    const user = userEvent.setup();
    const { container } = render(<FollowUpPanel caseId={CASE_ID} />);
    expect(await screen.findByRole('heading', { name: 'Did they fix it?' })).toBeTruthy();
    await expectAccessible(container);
    await user.click(screen.getByRole('button', { name: 'No, not fixed' }));

    // 4. The answer is kept, the question goes away, and the next steps are offered.
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Did they fix it?' })).toBeNull());
    const judged = (await db.responses.toArray()).find((r) => r.kind === 'public_reply');
    expect(judged?.promiseKept).toBe(false);
    expect(screen.getByText('A courteous follow-up post')).toBeTruthy();
    expect(screen.getByText('FCC Consumer Complaint Center')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the composer' }).getAttribute('href')).toBe(
      `#/case/${CASE_ID}/compose`,
    );
    const records = await loadCaseRecords(CASE_ID);
    if (!records) throw new Error('case missing');
    expect(nextSteps(records, { sector: 'telecom', country: 'US' }, weekLater + HOUR).map((s) => s.kind)[0]).toBe(
      'follow_up_post',
    );
    expect(
      remindersFor(records, DEFAULT_SETTINGS, weekLater + HOUR, 'UTC', 'T-Mobile').map((r) => r.kind),
    ).not.toContain('fix_check');
  });

  it('"Yes" records the fix: the case reads resolved and a thank-you is offered', async () => {
    const replyAt = POSTED + HOUR;
    await socialReplySeen(
      {
        type: 'cs/social-reply-seen',
        platform: 'x',
        by: 'TMobileHelp',
        url: 'https://x.com/TMobileHelp/status/1900000000000000003',
        inReplyToUrl: POST_URL,
        at: replyAt,
      },
      { origin: 'page', tabId: 3, url: POST_URL, now: replyAt },
    );
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(replyAt + 8 * DAY);
    const user = userEvent.setup();
    render(<FollowUpPanel caseId={CASE_ID} />);
    await user.click(await screen.findByRole('button', { name: 'Yes, it is fixed' }));
    expect(await screen.findByText('Say thank you publicly')).toBeTruthy();
    const records = await loadCaseRecords(CASE_ID);
    if (!records) throw new Error('case missing');
    expect(deriveCaseStatus(records, Date.now()).state).toBe('resolved');
  });
});

describe('FollowUpPanel responses by hand', () => {
  it('records a promise with zod-checked fields, lists it, edits and deletes it', async () => {
    const user = userEvent.setup();
    const { container } = render(<FollowUpPanel caseId={CASE_ID} />);
    await user.click(await screen.findByRole('button', { name: 'Record a response' }));
    await user.selectOptions(screen.getByLabelText('What did they do?'), 'promise');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Say what they promised.')).toBeTruthy();
    expect(screen.getByText('Enter the date they promised it by.')).toBeTruthy();
    await expectAccessible(container);

    await user.type(screen.getByLabelText('What did they promise?'), 'Engineer visit');
    await user.type(screen.getByLabelText('By when?'), '2030-01-15');
    await user.type(screen.getByLabelText('Link (optional)'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Enter a link starting with http/)).toBeTruthy();
    await user.clear(screen.getByLabelText('Link (optional)'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/Promised “Engineer visit” by/)).toBeTruthy();
    const [saved] = await db.responses.toArray();
    expect(saved).toMatchObject({ kind: 'promise', source: 'manual', promise: { text: 'Engineer visit' } });
    expect(await screen.findByText('Promised by')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /^Edit: Promised/ }));
    await user.type(screen.getByLabelText('Note'), 'Said between 8 and 12');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Said between 8 and 12')).toBeTruthy();
    expect(await db.responses.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: /^Delete: Promised/ }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.responses.count()).toBe(0));
  });
});
