import { describe, expect, it } from 'vitest';
import { checkSender } from '../../../lib/messages/sender';

const chromeOwn = {
  runtimeId: 'abcdefghijklmnopabcdefghijklmnop',
  extensionOrigin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};
// Firefox: the pages' origin is a per-install UUID, not the add-on id.
const firefoxOwn = {
  runtimeId: 'paper-trail@example.org',
  extensionOrigin: 'moz-extension://0b6c4d2e-7d0e-4a57-9e57-1c2d3e4f5a6b/',
};

describe('checkSender', () => {
  it('recognises our own pages on Chrome and Firefox', () => {
    expect(
      checkSender({ id: chromeOwn.runtimeId, url: `${chromeOwn.extensionOrigin}popup.html#/case/1` }, chromeOwn),
    ).toMatchObject({ ok: true, origin: 'extension' });
    expect(
      checkSender({ id: firefoxOwn.runtimeId, url: `${firefoxOwn.extensionOrigin}options.html` }, firefoxOwn),
    ).toMatchObject({ ok: true, origin: 'extension' });
  });

  it('recognises our content script in an http(s) tab and reports the tab', () => {
    const verdict = checkSender(
      {
        id: chromeOwn.runtimeId,
        url: 'https://www.acme.com/contact',
        tab: { id: 4, url: 'https://www.acme.com/contact' },
        frameId: 0,
      },
      chromeOwn,
    );
    expect(verdict).toEqual({ ok: true, origin: 'page', url: 'https://www.acme.com/contact', tabId: 4, frameId: 0 });
  });

  it("uses the tab's URL for a srcdoc frame, which inherits its parent's origin", () => {
    const verdict = checkSender(
      { id: chromeOwn.runtimeId, url: 'about:srcdoc', tab: { id: 4, url: 'https://www.acme.com/chat' }, frameId: 3 },
      chromeOwn,
    );
    expect(verdict).toMatchObject({ ok: true, origin: 'page', url: 'https://www.acme.com/chat' });
  });

  it('refuses other extensions, even with a look-alike URL', () => {
    const foreign = checkSender(
      { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'https://www.acme.com/', tab: { id: 1 } },
      chromeOwn,
    );
    expect(foreign).toEqual({ ok: false, error: 'refused: the sender is not this extension' });
    const otherPage = checkSender(
      { id: chromeOwn.runtimeId, url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' },
      chromeOwn,
    );
    expect(otherPage.ok).toBe(false);
  });

  it('refuses data:, file:, blob: and javascript: documents and senders without a tab or URL', () => {
    for (const url of [
      'data:text/html,<b>x</b>',
      'file:///home/me/page.html',
      'blob:https://www.acme.com/1234',
      'javascript:alert(1)',
    ]) {
      const verdict = checkSender({ id: chromeOwn.runtimeId, url, tab: { id: 1, url } }, chromeOwn);
      expect(verdict.ok, url).toBe(false);
    }
    expect(checkSender({ id: chromeOwn.runtimeId, url: 'https://www.acme.com/' }, chromeOwn)).toMatchObject({
      ok: false,
    });
    expect(checkSender({ id: chromeOwn.runtimeId }, chromeOwn)).toMatchObject({ ok: false });
    expect(checkSender(undefined, chromeOwn)).toMatchObject({ ok: false });
  });
});
