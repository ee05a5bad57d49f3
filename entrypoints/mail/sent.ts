import type { MailAdapter } from '../../lib/mail/adapter';
import { mailOutboxKey } from '../../lib/mail/outbox-key';
import type { PageLifetime } from '../contact/lifetime';
import { t } from '../../lib/i18n';
import { listText } from '../../lib/compose/list-words';
import { showToast } from '../contact/toast';
import type { Reply } from '../../lib/messages/protocol';
import { keep, send } from './send';
import type { MailState } from './settings';

/** A Send heard twice (its click and its key, a double click) within this time is one send. */
const REPEAT_MS = 3_000;

/**
 * Watches for the person sending: a trusted click (or Enter/Space) on a compose window's Send
 * button, or Ctrl/Cmd+Enter in a compose window. The window is read at that moment — recipients,
 * subject, the text only when they keep copies — before the client closes it, written to the mail
 * outbox, then sent; the background's answer brings the notice with Undo and "Change case".
 */
export function watchSends(lifetime: PageLifetime, adapter: MailAdapter, state: MailState): void {
  const recent = new WeakMap<Element, number>();

  const report = (compose: Element) => {
    const now = Date.now();
    const last = recent.get(compose);
    if (last !== undefined && now - last < REPEAT_MS) return;
    recent.set(compose, now);
    const reading = adapter.readCompose(compose, state.keepCopy);
    if (reading.to.length + reading.cc.length === 0) return;
    const account = adapter.account(document);
    const id = crypto.randomUUID();
    const message = {
      type: 'cs/mail-sent' as const,
      id,
      client: adapter.client,
      at: now,
      // Without the fragment and query: they name folders, searches and message ids.
      pageUrl: `${location.origin}${location.pathname}`.slice(0, 2_000),
      to: reading.to.slice(0, 50),
      cc: reading.cc.slice(0, 50),
      ...(reading.subject ? { subject: reading.subject.slice(0, 200) } : {}),
      ...(account ? { account } : {}),
      ...(state.keepCopy && reading.body ? { messageCopy: reading.body.slice(0, 5_000) } : {}),
    };
    keep(mailOutboxKey(id), message);
    void send(message).then((reply) => {
      if (!reply.ok) return;
      const { logged, deduped, showToast, attemptId, companyName, others = [] } = reply.data;
      if (!logged || deduped === true || showToast !== true || lifetime.ended || !attemptId) return;
      showLogged([{ attemptId, companyName: companyName ?? '' }, ...others]);
    });
  };

  const { signal } = lifetime;
  document.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || !state.on || lifetime.ended || !(e.target instanceof Element)) return;
      const compose = adapter.sendButtonCompose(e.target);
      if (compose) report(compose);
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || !state.on || lifetime.ended || !(e.target instanceof Element) || e.altKey || e.shiftKey)
        return;
      const shortcut = e.key === 'Enter' && (e.ctrlKey || e.metaKey);
      const pressed = (e.key === 'Enter' || e.key === ' ') && !e.ctrlKey && !e.metaKey;
      const compose = shortcut
        ? adapter.composeOf(e.target)
        : pressed
          ? adapter.sendButtonCompose(e.target)
          : undefined;
      if (compose) report(compose);
    },
    { capture: true, signal },
  );
}

/** The notice for a message logged for one company or more: Undo takes back every one of them. */
function showLogged(logged: readonly { attemptId: string; companyName: string }[]): void {
  const failure = (reply: Reply<unknown>) => (reply.ok ? undefined : reply.error);
  const company = listText(logged.map((l) => l.companyName));
  const first = logged[0]?.attemptId ?? '';
  showToast(t('content.toast.logged', { channel: t('content.channel.email'), company }), {
    onUndo: async () => {
      const replies = await Promise.all(logged.map((l) => send({ type: 'cs/attempt-undo', id: l.attemptId })));
      return replies.map(failure).find((error) => error !== undefined);
    },
    onChangeCase: () => send({ type: 'cs/open-attempt', id: first }).then(failure),
  });
}
