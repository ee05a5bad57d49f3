import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PostActions } from '../../../components/compose/PostActions';
import { ComposeSettings } from '../../../components/settings/ComposeSettings';
import { FollowUpSettings } from '../../../components/settings/FollowUpSettings';
import { loadSettings, updateSettings } from '../../../lib/settings/items';

vi.setConfig({ testTimeout: 20_000 });
afterEach(cleanup);

/** The browser's answers, recorded with what had happened by the time each request was made. */
function browserSaying(granted: boolean, allowedAlready: readonly string[] = []) {
  const requests: { origins: string[]; tabsOpened: number }[] = [];
  let tabsOpened = 0;
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(() => {
    tabsOpened += 1;
    return Promise.resolve({} as Awaited<ReturnType<typeof fakeBrowser.tabs.create>>);
  });
  const permissions = {
    request: vi.fn((p: { origins?: string[] }) => {
      requests.push({ origins: p.origins ?? [], tabsOpened });
      return Promise.resolve(granted);
    }),
    contains: vi.fn((p: { origins?: string[] }) =>
      Promise.resolve((p.origins ?? []).every((o) => allowedAlready.includes(o))),
    ),
  };
  return { permissions, requests, tabs: () => tabsOpened };
}

describe("asking to read the person's Mastodon server", () => {
  it('Compose settings: asks in the submit itself, and keeps the server when the browser says no', async () => {
    const user = userEvent.setup();
    const { permissions, requests } = browserSaying(false);
    const { container } = render(<ComposeSettings permissions={permissions} />);
    const server = await screen.findByLabelText('Your Mastodon server');
    expect(server.getAttribute('aria-describedby')).toBeTruthy();
    await user.clear(server);
    await user.type(server, 'https://Fosstodon.org/');
    // Asked before the click's handler returned: nothing else was awaited first.
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(requests.map((r) => r.origins)).toEqual([['https://fosstodon.org/*']]);
    expect(await screen.findByText(/did not allow Paper Trail to read fosstodon\.org/)).toBeTruthy();
    expect((await loadSettings()).mastodonServer).toBe('fosstodon.org');
    const result = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('asks nothing for mastodon.social (the manifest covers it) or for a server already allowed', async () => {
    const user = userEvent.setup();
    await updateSettings({ mastodonServer: 'hachyderm.io' });
    const { permissions, requests } = browserSaying(true, ['https://hachyderm.io/*']);
    render(<ComposeSettings permissions={permissions} />);
    const limit = await screen.findByLabelText('Its post length limit');
    // Once the server's permission was looked up on opening the page.
    await vi.waitFor(() => expect(permissions.contains).toHaveBeenCalledWith({ origins: ['https://hachyderm.io/*'] }));
    await user.clear(limit);
    await user.type(limit, '600');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    await user.clear(screen.getByLabelText('Your Mastodon server'));
    await user.type(screen.getByLabelText('Your Mastodon server'), 'mastodon.social');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(async () => expect((await loadSettings()).mastodonServer).toBe('mastodon.social'));
    expect(requests).toEqual([]);
  });

  it('Follow-up settings: asks for the other servers listed, and says so when allowed', async () => {
    const user = userEvent.setup();
    const { permissions, requests } = browserSaying(true);
    render(<FollowUpSettings permissions={permissions} />);
    await user.type(await screen.findByLabelText(/Mastodon servers/), 'hachyderm.io\nmastodon.social');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(requests.map((r) => r.origins)).toEqual([['https://hachyderm.io/*']]);
    expect(
      await screen.findByText(
        'Paper Trail can now read hachyderm.io: your posts to a company and its public replies there are recorded.',
      ),
    ).toBeTruthy();
    expect((await loadSettings()).mastodonInstances).toEqual(['hachyderm.io', 'mastodon.social']);
  });

  it('the composer asks in the "Post on Mastodon" click, before the tab opens, and opens it either way', async () => {
    await updateSettings({ mastodonServer: 'fosstodon.org' });
    const { permissions, requests, tabs } = browserSaying(false);
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(permissions.request);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(permissions.contains);
    render(
      <PostActions
        platform="mastodon"
        handle="SamsungSupport@mastodon.social"
        parts={['@SamsungSupport@mastodon.social my fridge still does not cool.']}
        mastodonServer="fosstodon.org"
        onOpened={() => Promise.resolve()}
        onPartPosted={() => Promise.resolve()}
        onPartUrl={() => Promise.resolve(true)}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Mastodon/ }));
    expect(requests).toEqual([{ origins: ['https://fosstodon.org/*'], tabsOpened: 0 }]);
    await vi.waitFor(() => expect(tabs()).toBe(1));
    expect(await screen.findByText(/will not read fosstodon\.org/)).toBeTruthy();
  });
});
