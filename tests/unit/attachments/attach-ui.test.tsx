import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../components/popup/App';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { getDb } from '../../../lib/db/database';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from '../popup/axe';
import { DAY, makeAttempt, makeCase } from '../timeline/records';

withFreshDb();
afterEach(cleanup);
configure({ asyncUtilTimeout: 10_000 });

const pdf = (name: string) => new File(['%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n'], name, { type: 'application/pdf' });

describe('attaching in the case view', { timeout: 30_000 }, () => {
  it('attaches a file to an attempt, refuses a lying one, removes with confirmation, and deleting the attempt takes them along', async () => {
    const now = Date.now();
    const c = await cases.put(makeCase());
    const a = await attempts.put(makeAttempt(c.id, { at: now - DAY }));
    window.location.hash = `#/case/${c.id}`;
    const { container } = render(<App />);
    const u = userEvent.setup();
    const entry = await screen.findByTestId('timeline-attempt');

    const attach = within(entry).getByRole('button', { name: /^Attach files to the contact of/ });
    // The button opens the (hidden) chooser; the chooser itself is the browser's.
    const input = entry.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('no file input');
    await u.upload(input, pdf('bill.pdf'));
    await within(entry).findByRole('link', { name: /^bill\.pdf \(PDF document, \d+ bytes, opens in a new tab\)$/ });
    expect(within(entry).getByRole('status').textContent).toBe('Attached “bill.pdf”.');

    await u.upload(
      input,
      new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0])], 'invoice.pdf', { type: 'application/pdf' }),
    );
    expect((await within(entry).findByRole('alert')).textContent).toContain('“invoice.pdf” is not a picture');
    expect(await getDb().attachments.count()).toBe(1);
    expect(await getDb().attachmentFiles.count()).toBe(1);
    await expectNoAxeViolations(container);

    // Remove asks first; Cancel keeps it, Remove removes both parts and hands the keyboard to Attach.
    await u.click(within(entry).getByRole('button', { name: 'Remove bill.pdf' }));
    const question = within(entry).getByRole('group', { name: 'Remove “bill.pdf” from Paper Trail?' });
    await waitFor(() => expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Remove' })));
    await u.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(await getDb().attachments.count()).toBe(1);
    await u.click(within(entry).getByRole('button', { name: 'Remove bill.pdf' }));
    await u.click(within(entry).getByRole('button', { name: 'Remove' }));
    await waitFor(async () => expect(await getDb().attachments.count()).toBe(0));
    expect(await getDb().attachmentFiles.count()).toBe(0);
    await waitFor(() => expect(document.activeElement).toBe(attach));

    // Attached again, then the attempt is deleted: its attachment goes, and Undo brings it back.
    await u.upload(input, pdf('bill.pdf'));
    await waitFor(async () => expect(await getDb().attachments.count()).toBe(1));
    await u.click(within(entry).getByRole('button', { name: /^Delete the attempt of/ }));
    await waitFor(async () => expect(await attempts.get(a.id)).toBeUndefined());
    expect(await getDb().attachments.count()).toBe(0);
    expect(await getDb().attachmentFiles.count()).toBe(0);
    await u.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getDb().attachments.count()).toBe(1));
    expect(await getDb().attachmentFiles.count()).toBe(1);
  });
});
