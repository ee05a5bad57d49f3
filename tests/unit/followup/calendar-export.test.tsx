import { cleanup, configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarExport } from '../../../components/settings/CalendarExport';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from '../popup/axe';
import { DAY, makeAttempt, makeCase } from '../timeline/records';

// The download is an edge (a Blob and an <a download>): the file saved is captured here.
const saved = vi.hoisted(() => ({ files: [] as { blob: Blob; name: string }[] }));
vi.mock('../../../components/exchange/export-actions', () => ({
  downloadBlob: (blob: Blob, name: string) => saved.files.push({ blob, name }),
}));

withFreshDb();
afterEach(() => {
  cleanup();
  saved.files = [];
});
configure({ asyncUtilTimeout: 10_000 });

describe('reminders in your calendar', { timeout: 30_000 }, () => {
  it('saves the promises of open cases as an .ics file', async () => {
    const now = Date.now();
    const c = await cases.put(makeCase({ title: 'Overcharged', lastActivityAt: now }));
    await attempts.put(
      makeAttempt(c.id, { at: now - DAY, outcome: 'promised', promise: { text: 'Credit $110', dueAt: now + 3 * DAY } }),
    );
    const { container } = render(<CalendarExport />);
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Save reminders (.ics)' }));
    expect(await screen.findByText(/reminders? saved\./)).toBeTruthy();
    const [file] = saved.files;
    expect(file?.name).toMatch(/^paper-trail-reminders-\d{4}-\d\d-\d\d\.ics$/);
    const text = await file!.blob.text();
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('Credit $110');
  });
});
