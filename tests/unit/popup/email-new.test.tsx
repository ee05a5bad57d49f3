import { cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../components/popup/App';
import { cases } from '../../../lib/db/cases';
import { toLocalDateValue } from '../../../lib/format/time';
import { DAY, makeCase } from '../timeline/records';
import { withFreshDb } from '../calls/db';
import { expectNoAxeViolations } from './axe';

const { db } = withFreshDb();
afterEach(cleanup);
// Views load on demand and this machine may be busy: give lookups time.
configure({ asyncUtilTimeout: 10_000 });

describe('logging an email', { timeout: 30_000 }, () => {
  it('refuses a promise due before the email was sent, then saves the email awaiting a reply', async () => {
    const c = await cases.put(makeCase());
    window.location.hash = `#/email?case=${c.id}`;
    const { container } = render(<App />);
    const u = userEvent.setup();
    await u.type(await screen.findByLabelText('Sent to'), 'support@acme.example');
    await u.type(screen.getByLabelText('Subject'), 'Refund of the double charge');
    await u.type(screen.getByLabelText('What they promised'), 'Answer within a week');
    await u.type(screen.getByLabelText('Promised by'), toLocalDateValue(Date.now() - 3 * DAY));
    await u.click(screen.getByRole('button', { name: 'Save email' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot be due before the day of the contact/);
    expect(await db().attempts.count()).toBe(0);
    await expectNoAxeViolations(container);

    await u.clear(screen.getByLabelText('What they promised'));
    await u.clear(screen.getByLabelText('Promised by'));
    await u.click(screen.getByRole('button', { name: 'Save email' }));
    await screen.findByTestId('timeline');
    const [saved] = await db().attempts.toArray();
    expect(saved).toMatchObject({
      channel: 'email',
      caseId: c.id,
      contact: 'support@acme.example',
      subject: 'Refund of the double charge',
      awaitingReply: true,
    });
  });
});

describe('new case', { timeout: 30_000 }, () => {
  it('needs a title; then opens the new case', async () => {
    window.location.hash = '#/new';
    const { container } = render(<App />);
    const u = userEvent.setup();
    await u.type(await screen.findByLabelText('Search companies'), 'Wombat Air');
    await u.click(await screen.findByRole('button', { name: 'Use “Wombat Air” (not in the directory)' }));
    await u.click(await screen.findByRole('button', { name: 'Create case' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/short title/);
    expect(await db().cases.count()).toBe(0);
    await expectNoAxeViolations(container);

    await u.type(screen.getByLabelText('Title'), 'Lost bag');
    await u.type(screen.getByLabelText('The outcome you want'), 'Deliver the bag or pay for it');
    await u.click(screen.getByRole('button', { name: 'Create case' }));
    await screen.findByRole('heading', { name: 'Lost bag' });
    await waitFor(async () =>
      expect(await db().cases.toArray()).toMatchObject([
        { title: 'Lost bag', companyId: 'user-wombat-air', needsTitle: false },
      ]),
    );
  });
});
