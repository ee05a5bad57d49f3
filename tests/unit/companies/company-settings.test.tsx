import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { CompanySettings } from '../../../components/settings/CompanySettings';
import { resolveCompanyHint, saveUserCompany } from '../../../lib/companies';
import { cases } from '../../../lib/db/cases';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';

async function expectAccessible(container: Element) {
  // happy-dom computes no styles, so contrast is checked in the real browser, not here.
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

// Typing into a long form is slow on a busy machine; the default 5 s is too tight.
vi.setConfig({ testTimeout: 20_000 });

let db: PaperTrailDb;
beforeEach(() => {
  db = new PaperTrailDb(`company-settings-${crypto.randomUUID()}`);
  setDbForTests(db);
});
afterEach(async () => {
  cleanup();
  setDbForTests(undefined);
  await db.delete();
});

describe('CompanySettings', () => {
  it('starts empty, says how many companies the directory knows, and is accessible', async () => {
    const { container } = render(<CompanySettings />);
    expect(screen.getByRole('heading', { name: 'Companies' })).toBeTruthy();
    expect(screen.getByText(/support channels of \d+ companies/)).toBeTruthy();
    expect(await screen.findByText('You have not added or corrected a company yet.')).toBeTruthy();
    await expectAccessible(container);
  });

  it('adds a company with its domains, handle and phone', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = render(<CompanySettings />);
    await user.click(screen.getByRole('button', { name: 'Add a company' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Add a company' }));
    await expectAccessible(container);

    await user.type(screen.getByLabelText('Name'), 'Wick & Whistle');
    await user.type(
      screen.getByLabelText('Web domains'),
      'https://WickAndWhistle.co.uk/contact{enter}shop.wickandwhistle.co.uk',
    );
    await user.selectOptions(screen.getByLabelText('Sector'), 'Shop');
    await user.type(screen.getByLabelText('Country'), 'gb');
    await user.type(screen.getByLabelText('Handle on X'), '@WickWhistle');
    await user.type(screen.getByLabelText('Phone numbers'), '+44 1632 960 123, shop');
    await user.click(screen.getByRole('button', { name: 'Save company' }));

    expect(await screen.findByText('Wick & Whistle saved.')).toBeTruthy();
    const saved = await db.companies.toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      id: 'user-wick-whistle',
      source: 'user',
      domains: ['wickandwhistle.co.uk', 'shop.wickandwhistle.co.uk'],
      sector: 'retail',
      country: 'GB',
      handles: { x: { handle: 'WickWhistle' } },
      phones: [{ number: '+441632960123', label: 'shop' }],
    });
    const row = (await screen.findByText('Wick & Whistle')).closest('li');
    expect(row && within(row).getByText('Added by you')).toBeTruthy();
  });

  it('shows every field error, saves nothing, and stays accessible', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = render(<CompanySettings />);
    await user.click(screen.getByRole('button', { name: 'Add a company' }));
    await user.type(screen.getByLabelText('Web domains'), 'not a domain');
    await user.type(screen.getByLabelText('Country'), 'Narnia');
    await user.type(screen.getByLabelText('Handle on X'), 'AskPаyPal'); // Cyrillic а
    await user.type(screen.getByLabelText('Contact pages'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save company' }));

    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText('Enter the company’s name.', { selector: '.field-error' })).toBeTruthy();
    expect(screen.getByText(/Line 1: “not a domain” is not a domain/, { selector: '.field-error' })).toBeTruthy();
    expect(screen.getByText(/two-letter country code/, { selector: '.field-error' })).toBeTruthy();
    expect(
      screen.getByText(/only look like plain letters \(it reads as @AskPayPal\)/, { selector: '.field-error' }),
    ).toBeTruthy();
    expect(screen.getByText(/is not a web address/, { selector: '.field-error' })).toBeTruthy();
    expect(screen.getByLabelText('Handle on X').getAttribute('aria-invalid')).toBe('true');
    expect(await db.companies.count()).toBe(0);
    await expectAccessible(container);
  });

  it('corrects a directory company, keeping sources of unchanged facts, and resets it', async () => {
    const user = userEvent.setup({ delay: null });
    render(<CompanySettings />);
    await user.selectOptions(screen.getByLabelText('Correct a directory company'), 'att');
    await user.click(screen.getByRole('button', { name: 'Correct' }));
    expect(screen.getByRole('heading', { name: 'Correct AT&T' })).toBeTruthy();
    expect(screen.getByLabelText('Handle on X')).toHaveProperty('value', 'ATT');
    // Where the handle comes from, in plain words, as the field's description.
    const hint = document.getElementById(
      screen.getByLabelText('Handle on X').getAttribute('aria-describedby')?.split(' ')[0] ?? '',
    );
    expect(hint?.textContent).toBe(
      'Named in the news (The Shade Room tweet embed), Feb 22, 2024, and 1 more source. Confidence: high.',
    );
    await user.type(screen.getByLabelText('Handle on Bluesky'), 'att.com');
    await user.click(screen.getByRole('button', { name: 'Save company' }));

    await screen.findByText('AT&T saved.');
    const saved = await db.companies.get('att');
    expect(saved?.source).toBe('user');
    expect(saved?.handles.x?.source).toMatch(/\[SHADEROOM_ATT24\]/);
    expect(saved?.handles.bluesky).toEqual({ handle: 'att.com' });
    expect(saved?.phones[0]?.source).toMatch(/\[ATT_DISPUTE\]/);
    expect(await screen.findByText('Corrected by you')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Reset AT&T to the directory entry' }));
    expect(await screen.findByText('AT&T is back to the directory entry.')).toBeTruthy();
    expect(await db.companies.get('att')).toBeUndefined();
  });

  it('refuses a domain that another of the person’s companies already has', async () => {
    await saveUserCompany({
      id: 'user-one',
      name: 'One',
      domains: ['one.example.com'],
      sector: 'other',
      country: 'US',
      handles: {},
      retiredHandles: [],
      phones: [],
      emails: [],
      contactUrls: [],
      status: 'active',
      source: 'user',
      createdAt: 1,
      updatedAt: 1,
    });
    const user = userEvent.setup({ delay: null });
    render(<CompanySettings />);
    await user.click(await screen.findByRole('button', { name: 'Add a company' }));
    await user.type(screen.getByLabelText('Name'), 'Two');
    await user.type(screen.getByLabelText('Web domains'), 'one.example.com');
    await user.type(screen.getByLabelText('Country'), 'US');
    await user.click(screen.getByRole('button', { name: 'Save company' }));
    expect(
      await screen.findByText('one.example.com already belongs to your company “One”.', { selector: '.field-error' }),
    ).toBeTruthy();
    expect(await db.companies.count()).toBe(1);
  });

  it('keeps a recorded company that cases refer to, and removes one they do not', async () => {
    const used = await resolveCompanyHint({ host: 'used-shop.com', name: 'Used Shop' }, 1);
    await resolveCompanyHint({ host: 'idle-shop.com', name: 'Idle Shop' }, 1);
    await cases.put({
      id: crypto.randomUUID(),
      companyId: used.id,
      title: 'Candles never arrived',
      needsTitle: false,
      problem: '',
      ask: '',
      status: 'open',
      openedAt: 1,
      lastActivityAt: 1,
      createdAt: 1,
      updatedAt: 1,
    });
    const user = userEvent.setup({ delay: null });
    render(<CompanySettings />);
    const usedRow = (await screen.findByText('Used Shop')).closest('li');
    if (!usedRow) throw new Error('row missing');
    await waitFor(() => expect(within(usedRow).getByText('Kept: your cases refer to it.')).toBeTruthy());
    expect(within(usedRow).getAllByText('Recorded from a page you visited')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Remove Idle Shop' }));
    expect(await screen.findByText('Idle Shop removed.')).toBeTruthy();
    expect((await db.companies.toArray()).map((c) => c.id)).toEqual([used.id]);
  });
});
