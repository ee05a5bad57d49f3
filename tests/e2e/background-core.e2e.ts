import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MESSAGE_MAX_BYTES } from '../../lib/messages/protocol';
import { launchExtension, type ExtensionHarness } from './support/harness';

/**
 * The background's message router in real Chromium: replies reach extension pages, content-script
 * messages from an extension page are refused, and a detected contact page is marked on its own
 * tab's toolbar badge until the tab navigates away.
 */

const Reply = z.union([
  z.strictObject({ ok: z.literal(true), data: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: z.string().min(1) }),
]);
const TabBadges = z.array(z.object({ id: z.number(), text: z.string(), title: z.string() }));

describe('background core', () => {
  let h: ExtensionHarness;

  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Badge text and title of every tab, read in the service worker (a string: no chrome types here). */
  const badges = async () =>
    TabBadges.parse(
      await h.serviceWorker.evaluate<unknown>(`(async () => {
        const tabs = await chrome.tabs.query({});
        return Promise.all(tabs.filter((t) => t.id !== undefined).map(async (t) => ({
          id: t.id,
          text: await chrome.action.getBadgeText({ tabId: t.id }),
          title: await chrome.action.getTitle({ tabId: t.id }),
        })));
      })()`),
    );

  it('answers extension pages and refuses content-script messages from them', async () => {
    const ext = await h.openExtensionPage('popup.html');
    const send = async (message: unknown) =>
      Reply.parse(await ext.evaluate<unknown>(`chrome.runtime.sendMessage(${JSON.stringify(message)})`));

    expect(await send({ type: 'ui/reminders-rebuild' })).toMatchObject({ ok: true });
    const posing = await send({
      type: 'cs/attempt-detected',
      id: crypto.randomUUID(),
      channel: 'web_form',
      at: Date.now(),
      pageUrl: 'https://www.samsung.com/us/support/contact/',
      company: { host: 'www.samsung.com' },
    });
    expect(posing).toEqual({
      ok: false,
      error: 'refused: cs/attempt-detected is accepted only from a content script in a web page',
    });
    expect(await send({ type: 'ui/reminders-rebuild', extra: 1 })).toMatchObject({
      ok: false,
      error: expect.stringContaining('invalid message') as string,
    });
    expect(await send({ type: 'ui/call-changed', pad: 'x'.repeat(MESSAGE_MAX_BYTES + 1) })).toMatchObject({
      ok: false,
      error: expect.stringContaining('byte limit') as string,
    });
    await ext.close();
  });

  it('takes reports from the content script, dedupes repeats and stops a flood from one site', async () => {
    const page = await h.openFixture('contact-maytag-web-to-case.html');
    // Run code in the contact script's isolated world: the only place cs/* messages come from.
    const cdp = await h.context.newCDPSession(page);
    const worlds: { id: number; name: string; type?: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (event) => {
      const aux = event.context.auxData as { type?: string } | undefined;
      worlds.push({ id: event.context.id, name: event.context.name, type: aux?.type });
    });
    await cdp.send('Runtime.enable');
    await expect
      .poll(() => worlds.some((w) => w.type === 'isolated' && w.name === 'Paper Trail'), { timeout: 10_000 })
      .toBe(true);
    const contextId = worlds.find((w) => w.type === 'isolated' && w.name === 'Paper Trail')?.id;
    const replies = z.array(Reply).parse(
      (
        await cdp.send('Runtime.evaluate', {
          contextId,
          awaitPromise: true,
          returnByValue: true,
          expression: `(async () => {
            const report = (path) => chrome.runtime.sendMessage({ type: 'cs/attempt-detected', id: crypto.randomUUID(), channel: 'web_form',
              at: Date.now(), pageUrl: location.origin + path, company: { host: location.hostname } });
            const out = [await report('/flood/0'), await report('/flood/0?again=1')];
            for (let i = 1; i <= 10; i += 1) out.push(await report('/flood/' + i));
            return out;
          })()`,
        })
      ).result.value,
    );
    await cdp.detach();
    const data = replies.map((r) =>
      r.ok ? z.object({ attemptId: z.string(), deduped: z.boolean() }).parse(r.data) : r.error,
    );
    expect(data[0]).toMatchObject({ deduped: false });
    expect(data[1]).toEqual({ ...(data[0] as object), deduped: true });
    expect(data.slice(2, 11).every((d) => typeof d === 'object' && !d.deduped)).toBe(true);
    expect(data[11]).toBe('not logged: maytag.com already produced 10 automatic entries in the last 10 minutes');
    await page.close();
  });

  it('marks a contact page on its own tab once the person uses it, and clears the mark on navigation', async () => {
    const page = await h.openFixture('contact-samsung-phone-chat.html');
    // The page is read when the person first uses it (here a key press), not on every load: the
    // gate has run by the load event (document end) and asked for nothing.
    expect((await badges()).filter((b) => b.text === '●')).toEqual([]);
    await page.keyboard.press('Shift');
    let marked: { id: number; text: string; title: string } | undefined;
    await expect
      .poll(
        async () => {
          marked = (await badges()).find((b) => b.text === '●');
          return marked?.title;
        },
        { timeout: 10_000 },
      )
      .toMatch(/^Contact page detected: Samsung/);
    // Only that tab carries the mark.
    expect((await badges()).filter((b) => b.text === '●')).toHaveLength(1);

    await page.goto('https://www.lakeshoretribune.com/business/2024/06/12/airline-refund-complaints-double/');
    await expect
      .poll(async () => (await badges()).find((b) => b.id === marked?.id)?.text, { timeout: 10_000 })
      .toBe('');
    expect(h.externalRequests).toEqual([]);
    await page.close();
  });
});
