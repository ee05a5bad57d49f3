import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { channelOn, isNeverSite, parseAutoLogSettings, readAutoLogSettings } from '../../../entrypoints/contact/settings';
import { updateSettings } from '../../../lib/settings/items';

describe('content-script settings (parsed by hand, without zod)', () => {
  it('defaults to on, toast on, no copy of messages', () => {
    expect(parseAutoLogSettings(undefined)).toEqual({ autoLog: true, channels: {}, neverOnSites: [], showToast: true, keepMessageCopy: false });
  });

  it('ignores malformed values field by field', () => {
    const parsed = parseAutoLogSettings({ autoLog: 'no', autoLogChannels: { phone: false, chat: 'x' }, neverOnSites: ['a.com', 3], showToast: false });
    expect(parsed).toEqual({ autoLog: true, channels: { phone: false }, neverOnSites: ['a.com'], showToast: false, keepMessageCopy: false });
    expect(channelOn(parsed, 'phone')).toBe(false);
    expect(channelOn(parsed, 'chat')).toBe(true);
  });

  it('reads what the options page wrote', async () => {
    await updateSettings({ autoLog: false, neverOnSites: ['example.com'], keepMessageCopy: true });
    const read = await readAutoLogSettings();
    expect(read.autoLog).toBe(false);
    expect(read.keepMessageCopy).toBe(true);
    expect(read.neverOnSites).toEqual(['example.com']);
    await fakeBrowser.storage.local.clear();
    expect((await readAutoLogSettings()).autoLog).toBe(true);
  });

  it('matches "never on this site" for the domain and its subdomains only', () => {
    expect(isNeverSite('help.example.com', ['example.com'])).toBe(true);
    expect(isNeverSite('example.com', ['www.example.com'])).toBe(true);
    expect(isNeverSite('notexample.com', ['example.com'])).toBe(false);
    expect(isNeverSite('example.com', [''])).toBe(false);
  });
});
