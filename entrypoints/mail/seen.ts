import type { MailAdapter } from '../../lib/mail/adapter';
import { mailOutboxKey } from '../../lib/mail/outbox-key';
import type { PageLifetime } from '../contact/lifetime';
import { keep, send } from './send';
import type { MailState } from './settings';

/** Reads of one view at most (a conversation renders in steps), and at most one per this many ms. */
const READS_PER_VIEW = 8;
const READ_GAP_MS = 400;
/** Mutation batches a view may take to show a conversation before the script stops looking. */
const BATCHES_PER_VIEW = 400;

/**
 * Notices conversations the person opens. The clients change views without loading a page, so
 * the body is observed — but each batch of changes costs only a comparison of the address until
 * the view changes (or the person clicks in it, expanding a message); then the script looks for a
 * conversation, reads its senders and times when one is shown, and reports the messages it has
 * not reported yet. The inbox list and other views are never read.
 */
export function watchConversations(lifetime: PageLifetime, adapter: MailAdapter, state: MailState): void {
  const reported = new Set<string>();
  let address = '';
  let batches = 0;
  let reads = 0;
  let lastRead = 0;
  let timer = false;

  const read = () => {
    timer = false;
    if (lifetime.ended || !state.on || reads >= READS_PER_VIEW || !adapter.showsConversation(document)) return;
    reads += 1;
    lastRead = Date.now();
    const reading = adapter.readConversation(document);
    const fresh = reading?.messages.filter((m) => !reported.has(m.key)) ?? [];
    if (!reading || fresh.length === 0) return;
    for (const m of fresh) reported.add(m.key);
    const id = crypto.randomUUID();
    const account = adapter.account(document);
    const message = {
      type: 'cs/mail-seen' as const,
      id,
      client: adapter.client,
      pageUrl: `${location.origin}${location.pathname}`.slice(0, 2_000),
      ...(reading.subject ? { subject: reading.subject.slice(0, 200) } : {}),
      ...(account ? { account } : {}),
      messages: fresh.slice(0, 50),
    };
    keep(mailOutboxKey(id), message);
    void send(message);
  };

  const arm = () => {
    batches = 0;
    reads = 0;
  };
  const changed = () => {
    if (location.href !== address) {
      address = location.href;
      arm();
    }
    if (reads >= READS_PER_VIEW || ++batches > BATCHES_PER_VIEW || timer) return;
    if (!adapter.showsConversation(document)) return;
    timer = true;
    lifetime.setTimeout(read, Math.max(0, READ_GAP_MS - (Date.now() - lastRead)));
  };

  const observer = new MutationObserver(changed);
  observer.observe(document.body, { childList: true, subtree: true });
  lifetime.onEnded(() => observer.disconnect());
  document.addEventListener(
    'click',
    (e) => {
      if (e.isTrusted) arm();
    },
    { capture: true, signal: lifetime.signal },
  );
  changed();
}
