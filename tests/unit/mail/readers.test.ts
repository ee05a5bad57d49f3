import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mailAdapterFor } from '../../../lib/mail/pick';
import { repoRoot } from '../../e2e/support/fixtures';

/** The mail fixtures' ground truth (tests/fixtures/mail/manifest.json). */
const Entry = z.object({
  file: z.string(),
  url: z.string(),
  client: z.enum(['gmail', 'outlook']),
  hash: z.string().optional(),
  account: z.string(),
  compose: z.object({ to: z.array(z.string()), cc: z.array(z.string()), subject: z.string().nullable() }),
  conversation: z
    .object({
      subject: z.string(),
      messages: z.array(z.object({ key: z.string(), from: z.string(), time: z.string().nullable() })),
    })
    .optional(),
});
const dir = join(repoRoot, 'tests/fixtures/mail');
const entries = z.array(Entry).parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

/** The fixture in a window of its own at its real address, its script run (it renders views as the client does). */
async function open(entry: z.infer<typeof Entry>): Promise<Window> {
  const window = new Window({
    url: `${entry.url}${entry.hash ?? ''}`,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  windows.push(window);
  window.document.write(readFileSync(join(dir, entry.file), 'utf8'));
  await window.happyDOM.waitUntilComplete();
  return window;
}

function sendButton(doc: Document): Element {
  const button = [...doc.querySelectorAll('[role="button"], button')].find((b) =>
    /^(Send|Senden|Envoyer)\b/.test(b.getAttribute('aria-label') ?? ''),
  );
  if (!button) throw new Error('no Send button');
  return button;
}

describe.each(entries)('$file', (entry) => {
  const adapter = mailAdapterFor(entry.url);

  it("is read by its client's reader", () => {
    expect(adapter?.client).toBe(entry.client);
  });

  it('finds the compose window from its Send button, and reads recipients and subject', async () => {
    const doc = (await open(entry)).document as unknown as Document;
    const compose = adapter?.sendButtonCompose(sendButton(doc));
    expect(compose).toBeDefined();
    if (!compose || !adapter) return;
    const reading = adapter.readCompose(compose, false);
    expect(reading.to).toEqual(entry.compose.to);
    expect(reading.cc).toEqual(entry.compose.cc);
    expect(reading.subject).toBe(entry.compose.subject ?? undefined);
    expect(reading.body).toBeUndefined();
    expect(adapter.account(doc)).toBe(entry.account);
  });

  it('reads the conversation shown, or reports none', async () => {
    const doc = (await open(entry)).document as unknown as Document;
    const reading = adapter?.readConversation(doc);
    expect(adapter?.showsConversation(doc)).toBe(entry.conversation !== undefined);
    if (!entry.conversation) return expect(reading).toBeUndefined();
    expect(reading?.subject).toBe(entry.conversation.subject);
    expect(reading?.messages).toEqual(
      entry.conversation.messages.map((m) => ({
        key: m.key,
        from: m.from,
        ...(m.time ? { at: Date.parse(m.time) } : {}),
      })),
    );
  });
});

describe('the readers on pages they do not know', () => {
  it('find nothing and do nothing on a page without a compose or a conversation', () => {
    const window = new Window({ url: 'https://mail.google.com/mail/u/0/' });
    windows.push(window);
    window.document.write(
      '<title>Gmail</title><div role="main"><button aria-label="Send">Send</button><p>Loading…</p></div>',
    );
    const doc = window.document as unknown as Document;
    for (const url of ['https://mail.google.com/mail/u/0/', 'https://outlook.live.com/mail/0/']) {
      const adapter = mailAdapterFor(url);
      expect(adapter?.sendButtonCompose(sendButton(doc))).toBeUndefined();
      expect(adapter?.showsConversation(doc)).toBe(false);
      expect(adapter?.readConversation(doc)).toBeUndefined();
    }
  });

  it('read a typed address not yet made a chip, and the body only when asked', async () => {
    const entry = entries.find((e) => e.file === 'gmail-compose-new.html');
    if (!entry) throw new Error('fixture missing');
    const doc = (await open(entry)).document as unknown as Document;
    const input = doc.querySelector('input[aria-label="To recipients"]') as HTMLInputElement;
    input.value = 'Help@Acme-Widgets.com';
    (doc.querySelector('input[name="subjectbox"]') as HTMLInputElement).value = 'Order 1182';
    const body = doc.querySelector('[g_editable="true"]');
    if (body) body.textContent = 'Where is my order?';
    const compose = mailAdapterFor(entry.url)?.composeOf(input);
    expect(compose && mailAdapterFor(entry.url)?.readCompose(compose, true)).toEqual({
      to: ['help@acme-widgets.com'],
      cc: [],
      subject: 'Order 1182',
      body: 'Where is my order?',
    });
  });
});
