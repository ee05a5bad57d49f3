import { newPostUrl } from '../../lib/social/replies';
import { composerText } from '../../lib/social/text';
import type { SocialAdapter } from '../../lib/social/types';
import type { PageLifetime } from '../contact/lifetime';
import { send } from './send';

const LINK_WAIT_MS = 5_000;
const LINK_POLL_MS = 250;
const REPEAT_MS = 3_000;
const MAX_TEXT = 5_000;

function disabled(button: HTMLElement): boolean {
  return button.getAttribute('aria-disabled') === 'true' || (button instanceof HTMLButtonElement && button.disabled);
}

/**
 * Watches for the person publishing (a trusted click on the publish button, or the network's
 * publish shortcut in a composer). The composer's text is read at that moment — before the site
 * clears it — and reported only when it is addressed to someone; the background decides whether
 * that someone is a company. The new post's permalink is picked up if it appears shortly after.
 */
export function watchPublishing(lifetime: PageLifetime, adapter: SocialAdapter): void {
  let last = { text: '', at: 0 };

  const report = (text: string) => {
    const now = Date.now();
    if (!text || (text === last.text && now - last.at < REPEAT_MS)) return;
    last = { text, at: now };
    // A reply need not name anyone: X's "Replying to @AmazonHelp" box, or a thread's next part
    // answering the person's own first part, is addressed through the post it answers.
    const root = adapter.threadRoot(document, location);
    const replyTo = adapter.replyTarget?.(document, location) ?? root?.url;
    const own = adapter.addressees(text, location);
    const mentions = own.length > 0 ? own : root ? [root.author, ...root.mentions] : [];
    if (mentions.length === 0 && replyTo === undefined) return;
    const before = new Set(adapter.posts(document, location.href).map((p) => p.url));
    const started = now;
    const finish = (postUrl?: string) =>
      void send({
        type: 'cs/social-posted',
        platform: adapter.platform,
        text: text.slice(0, MAX_TEXT),
        mentions: mentions.slice(0, 50).map((m) => m.slice(0, 200)),
        postUrl,
        replyTo,
        at: started,
      });
    const poll = () => {
      const url = newPostUrl(adapter.posts(document, location.href), before, text);
      if (url || Date.now() - started >= LINK_WAIT_MS) finish(url);
      else lifetime.setTimeout(poll, LINK_POLL_MS);
    };
    lifetime.setTimeout(poll, LINK_POLL_MS);
  };

  document.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || !(e.target instanceof Element) || lifetime.ended) return;
      const button = adapter.postButtonOf(e.target);
      if (!button || disabled(button)) return;
      report(composerText(adapter.composerForButton(button, document)));
    },
    { capture: true, signal: lifetime.signal },
  );

  document.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || !(e.target instanceof Element) || !adapter.publishesOnKey(e) || lifetime.ended) return;
      const composer = adapter.composerOf(e.target);
      if (composer) report(composerText(composer));
    },
    { capture: true, signal: lifetime.signal },
  );
}
