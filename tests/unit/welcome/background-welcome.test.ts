import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installWelcome } from '../../../entrypoints/background/welcome';

async function tabUrls(): Promise<string[]> {
  return (await fakeBrowser.tabs.query({})).map((tab) => tab.url ?? '');
}

describe('the welcome tab', () => {
  it('opens once on install, and not on an update or a browser update', async () => {
    installWelcome();
    // The fake browser starts with a blank tab of its own.
    const before = await tabUrls();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    expect(await tabUrls()).toEqual(before);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () =>
      expect(await tabUrls()).toEqual([...before, fakeBrowser.runtime.getURL('/welcome.html')]),
    );
  });
});
