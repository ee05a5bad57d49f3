import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { MailSettings, type SitePermissions } from '../../../components/settings/MailSettings';
import { loadSettings, updateSettings } from '../../../lib/settings/items';

type Call = (permissions: { origins: string[] }) => Promise<boolean>;

/** The browser's answers, and a record of what was asked. */
function permissions(
  granted: boolean,
): SitePermissions & { requested: { origins: string[] }[]; removed: { origins: string[] }[] } {
  const requested: { origins: string[] }[] = [];
  const removed: { origins: string[] }[] = [];
  const request: Call = (p) => {
    requested.push(p);
    return Promise.resolve(granted);
  };
  const remove: Call = (p) => {
    removed.push(p);
    return Promise.resolve(true);
  };
  return { request, remove, requested, removed };
}

describe('Options → Logging: mail clients', () => {
  afterEach(() => cleanup());

  it('is off by default and says plainly what is read and what never is', async () => {
    const { container } = render(<MailSettings permissions={permissions(true)} />);
    const gmail = await screen.findByRole<HTMLInputElement>('checkbox', { name: 'Log emails I send from Gmail' });
    expect(gmail.checked).toBe(false);
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', { name: 'Log emails I send from Outlook on the web' }).checked,
    ).toBe(false);
    expect(gmail.getAttribute('aria-describedby')).toBeTruthy();
    expect(container.textContent).toContain('the recipients, subject and time of a message you send');
    expect(container.textContent).toContain('never reads: your inbox list');
    const results = await axe.run(container, { rules: { region: { enabled: false } } });
    expect(results.violations).toEqual([]);
  });

  it('asks for the site first and switches on only when it is granted', async () => {
    const granted = permissions(true);
    render(<MailSettings permissions={granted} />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Log emails I send from Gmail' }));
    expect(granted.requested).toEqual([{ origins: ['https://mail.google.com/*'] }]);
    await waitFor(async () => expect((await loadSettings()).mailLogging).toEqual({ gmail: true, outlook: false }));
    expect(await screen.findByText(/Gmail: on\./)).toBeTruthy();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Log emails I send from Gmail' }));
    await waitFor(async () => expect((await loadSettings()).mailLogging.gmail).toBe(false));
    await waitFor(() => expect(granted.removed).toEqual([{ origins: ['https://mail.google.com/*'] }]));
  });

  it('stays off when the browser does not grant the site', async () => {
    const denied = permissions(false);
    render(<MailSettings permissions={denied} />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Log emails I send from Outlook on the web' }));
    expect(await screen.findByText(/stays off/)).toBeTruthy();
    expect(denied.requested).toEqual([
      { origins: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'] },
    ]);
    expect((await loadSettings()).mailLogging.outlook).toBe(false);
  });

  it('cannot be switched on while automatic logging is off', async () => {
    await updateSettings({ autoLog: false });
    render(<MailSettings permissions={permissions(true)} />);
    expect(
      (await screen.findByRole('checkbox', { name: 'Log emails I send from Gmail' })).hasAttribute('disabled'),
    ).toBe(true);
  });
});
