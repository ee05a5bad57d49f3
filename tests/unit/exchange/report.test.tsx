import { cleanup, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportApp } from '../../../components/report/ReportApp';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { buildCaseReport, countBrokenPromises, timelineX } from '../../../lib/exchange/report';
import { CASE_ID, sampleAttempt, sampleCase, sampleData, sampleEscalation, sampleResponse, seed, T0 } from './sample';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('report model', () => {
  const input = () => ({
    case: sampleCase(),
    attempts: [
      sampleAttempt(0, { channel: 'phone', endedAt: T0 + 30 * 60_000 }),
      sampleAttempt(1, { channel: 'email', endedAt: undefined }),
      sampleAttempt(2, {
        channel: 'phone',
        endedAt: T0 + 2 * HOUR + 15 * 60_000,
        promise: { text: 'refund', dueAt: T0 + 3 * DAY },
      }),
    ],
    escalations: [
      sampleEscalation({ postedAt: T0 + 5 * DAY }),
      sampleEscalation({ id: 'e0000000-0000-4000-8000-000000000002', status: 'draft' }),
    ],
    responses: [sampleResponse({ at: T0 + 5 * DAY + 20 * 60_000 })],
  });

  it('totals attempts by channel, phone time, posts, days, broken promises and time to first response', () => {
    const report = buildCaseReport(input(), T0 + 10 * DAY);
    expect(report.totals).toEqual({
      attempts: 3,
      attemptsByChannel: [
        ['phone', 2],
        ['email', 1],
      ],
      phoneSeconds: 30 * 60 + 15 * 60,
      holdSeconds: 0,
      posts: 1,
      responses: 1,
      daysElapsed: 10,
      promisesBroken: 1,
      firstResponseMs: 5 * DAY + 20 * 60_000,
    });
    expect(report.events.map((e) => e.type)).toEqual(['attempt', 'attempt', 'attempt', 'post', 'response']);
  });

  it('a fix before the due date keeps the promise; an explicit answer wins over dates', () => {
    const base = input();
    expect(
      countBrokenPromises({ ...base, responses: [sampleResponse({ kind: 'fix', at: T0 + DAY })] }, T0 + 10 * DAY),
    ).toBe(0);
    expect(
      countBrokenPromises(
        {
          ...base,
          attempts: [],
          responses: [sampleResponse({ promise: { text: 'call back', dueAt: T0 + 20 * DAY }, promiseKept: false })],
        },
        T0 + DAY,
      ),
    ).toBe(1);
    // Not due yet while the case is open.
    expect(countBrokenPromises(base, T0 + DAY)).toBe(0);
    // A case resolved before the due date broke nothing.
    expect(
      countBrokenPromises({ ...base, case: sampleCase({ status: 'resolved', resolvedAt: T0 + DAY }) }, T0 + 30 * DAY),
    ).toBe(0);
  });

  it('places events along the picture', () => {
    expect(timelineX(5, 0, 10, 100)).toBe(50);
    expect(timelineX(50, 0, 10, 100)).toBe(100);
    expect(timelineX(5, 5, 5, 100)).toBe(50);
  });
});

describe('report page', () => {
  afterEach(() => {
    cleanup();
    setDbForTests(undefined);
  });

  it('shows parties, the private reference (labelled), the ask, totals, an accessible picture and the timeline', async () => {
    const db = new PaperTrailDb(`report-${crypto.randomUUID()}`);
    setDbForTests(db);
    await seed(db, sampleData(3));
    const { container } = render(<ReportApp caseId={CASE_ID} now={T0 + 3 * DAY} />);
    expect(await screen.findByRole('heading', { name: 'Overcharged $110' })).toBeTruthy();
    expect(screen.getByText('Customer')).toBeTruthy();
    expect(screen.getByText('Acme Mobile')).toBeTruthy();
    // The company's number, with its country code as evidence is read anywhere.
    expect(screen.getByText('+1 800 555 0100')).toBeTruthy();
    expect(container.textContent).toContain('Account / customer reference (private): ACC-99812');
    expect(container.textContent).toContain('Refund the $110.');
    const picture = screen.getByRole('img', { name: /Timeline of Overcharged \$110/ });
    expect(picture.querySelector('desc')?.textContent).toMatch(/3 contact attempts, 1 public posts and 1 responses/);
    expect(screen.getAllByRole('row')).toHaveLength(1 + 5);
    expect(screen.getByRole('button', { name: 'Print / Save as PDF' })).toBeTruthy();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('says so when the case does not exist', async () => {
    setDbForTests(new PaperTrailDb(`report-${crypto.randomUUID()}`));
    render(<ReportApp caseId="00000000-0000-4000-8000-000000000000" />);
    expect((await screen.findByRole('alert')).textContent).toBe('That case was not found.');
  });
});
