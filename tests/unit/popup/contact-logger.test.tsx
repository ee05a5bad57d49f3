import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { HAND_CHANNELS } from '../../../components/calls/hand-channels';
import { App } from '../../../components/popup/App';
import { cases } from '../../../lib/db/cases';
import { makeCase } from '../timeline/records';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from './axe';

const { db } = withFreshDb();
afterEach(cleanup);
// Views load on demand and this machine may be busy: give lookups time.
configure({ asyncUtilTimeout: 10_000 });

describe('logging any other contact by hand', { timeout: 30_000 }, () => {
  it.each(HAND_CHANNELS)(
    'refuses a %s that ends before it starts, or has no start, and saves nothing',
    async (channel) => {
      const c = await cases.put(makeCase());
      window.location.hash = `#/log?case=${c.id}&channel=${channel}`;
      const u = userEvent.setup();
      render(<App />);
      const start = await screen.findByLabelText('Started');
      await u.clear(start);
      await u.type(start, '2026-03-02T10:00');
      await u.type(screen.getByLabelText('Ended'), '2026-03-02T09:00');
      const save = screen.getByRole('button', { name: /^Save / });
      await u.click(save);
      expect((await screen.findByRole('alert')).textContent).toMatch(/end must not be before the start/);
      await u.clear(start);
      await u.click(save);
      expect((await screen.findByRole('alert')).textContent).toMatch(/Enter a date/);
      expect(await db().attempts.count()).toBe(0);
    },
  );

  it('logs a letter with the address, subject and tracking number, as it happened', async () => {
    const c = await cases.put(makeCase());
    window.location.hash = `#/log?case=${c.id}`;
    const u = userEvent.setup();
    const { container } = render(<App />);
    await u.click(await screen.findByRole('radio', { name: 'Letter' }));
    await u.type(screen.getByLabelText('Sent to (address)'), 'Complaints, PO Box 12, Leeds');
    await u.type(screen.getByLabelText('Subject'), 'Formal complaint: double charge');
    await u.type(screen.getByLabelText('Reference or tracking number'), 'RR123456789GB');
    await expectNoAxeViolations(container);
    await u.click(screen.getByRole('button', { name: 'Save Letter' }));
    const timeline = await screen.findByTestId('timeline');
    expect(within(timeline).getByTestId('reference').textContent).toContain('RR123456789GB');
    const [saved] = await db().attempts.toArray();
    expect(saved).toMatchObject({
      caseId: c.id,
      channel: 'letter',
      contact: 'Complaints, PO Box 12, Leeds',
      subject: 'Formal complaint: double charge',
      reference: 'RR123456789GB',
      source: 'manual',
    });
  });

  it('offers every channel, each with a field named for it', async () => {
    const c = await cases.put(makeCase());
    window.location.hash = `#/log?case=${c.id}`;
    const u = userEvent.setup();
    render(<App />);
    const labels: Record<string, string> = {
      Chat: 'Chat on (site or app)',
      'Direct message': 'Account you messaged',
      Letter: 'Sent to (address)',
      'In person': 'Where (store, branch)',
      App: 'App',
      'Web form': 'Form (page or name)',
    };
    for (const [channel, field] of Object.entries(labels)) {
      await u.click(await screen.findByRole('radio', { name: channel }));
      expect(screen.getByRole('textbox', { name: field })).toBeTruthy();
    }
  });
});
