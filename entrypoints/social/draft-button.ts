import { sameHandle } from '../../lib/social/handles';
import { composerText } from '../../lib/social/text';
import type { SocialAdapter } from '../../lib/social/types';
import type { PageLifetime } from '../contact/lifetime';
import type { OnAddressChange } from './address';
import { send } from './send';
import { t } from '../../lib/i18n';
import { buildUi, type Ui } from './ui';

function placeCaretAtEnd(el: HTMLElement, replaceAll: boolean): void {
  el.focus();
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    el.setSelectionRange(replaceAll ? 0 : el.value.length, el.value.length);
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  if (!replaceAll) range.collapse(false);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * "Insert Paper Trail draft": shown next to a composer addressed to someone (its own @mention,
 * the thread's first post, or the company Page it is on). The UI lives in a closed shadow root,
 * is built only when first needed, and inserts text with execCommand so the site's editor sees
 * an ordinary typed insertion.
 */
export function offerDraftButton(
  lifetime: PageLifetime,
  adapter: SocialAdapter,
  onAddressChange: OnAddressChange,
): void {
  let ui: Ui | undefined;
  let composer: HTMLElement | undefined;
  let handle = '';

  const addresseesOf = (c: HTMLElement): string[] => {
    const own = adapter.addressees(composerText(c), location);
    if (own.length > 0) return own;
    // A reply box answers the page's post: the accounts it names, then its author (a company's
    // answer opened on its own page), never the person themselves.
    const root = adapter.threadRoot(document, location);
    const me = adapter.signedInAs?.(document, location.host);
    return root
      ? [...root.mentions, root.author].filter((h) => !me || !sameHandle(adapter.platform, h, me, location.host))
      : [];
  };

  const hide = () => {
    ui?.host.remove();
    composer = undefined;
  };

  const place = () => {
    if (!ui || !composer) return;
    if (!composer.isConnected) return hide();
    const rect = composer.getBoundingClientRect();
    ui.box.style.top = `${Math.min(window.innerHeight - 36, Math.max(0, rect.bottom + 6))}px`;
    ui.box.style.left = `${Math.min(window.innerWidth - 260, Math.max(0, rect.left))}px`;
  };

  const show = (target: HTMLElement, to: string) => {
    composer = target;
    handle = to;
    ui ??= buildUi('paper-trail-draft', () => void insertDraft());
    ui.button.textContent = t('followup.social.insertDraft');
    ui.button.setAttribute('aria-label', t('followup.social.insertDraftFor', { handle }));
    ui.status.textContent = '';
    if (!ui.host.isConnected) document.documentElement.append(ui.host);
    place();
  };

  async function insertDraft(): Promise<void> {
    const target = composer;
    if (!target || !ui) return;
    ui.status.textContent = t('followup.social.loading');
    const reply = await send({ type: 'cs/draft-request', platform: adapter.platform, handle: handle.slice(0, 200) });
    const text = reply.ok ? reply.data.text : undefined;
    if (!text) {
      ui.status.textContent = t('followup.social.noDraft', { handle });
      return;
    }
    // A composer holding only the mention (as reply boxes prefill) is replaced; otherwise append.
    const current = composerText(target);
    const onlyMentions = current.replace(/@\S+/g, '').trim() === '';
    placeCaretAtEnd(target, onlyMentions && current !== '');
    document.execCommand('insertText', false, text);
    ui.status.textContent = t('followup.social.inserted');
  }

  const consider = (el: EventTarget | null) => {
    if (!(el instanceof Element)) return;
    const target = adapter.composerOf(el);
    if (!target) return;
    const [to] = addresseesOf(target);
    if (to) show(target, to);
  };

  const { signal } = lifetime;
  document.addEventListener(
    'focusin',
    (e) => {
      if (e.isTrusted && !lifetime.ended) consider(e.target);
    },
    { signal },
  );
  // A mention typed after focusing counts too.
  document.addEventListener(
    'input',
    (e) => {
      if (e.isTrusted && !composer && !lifetime.ended) consider(e.target);
    },
    { signal },
  );
  window.addEventListener('scroll', place, { passive: true, capture: true, signal });
  window.addEventListener('resize', place, { passive: true, signal });
  onAddressChange(hide);
  // The extension gone (reloaded, updated, removed): its button goes with it.
  lifetime.onEnded(hide);
}
