import { followupInPage } from '../../lib/i18n/messages/followup';
import { composerText } from '../../lib/social/text';
import type { SocialAdapter } from '../../lib/social/types';
import type { PageLifetime } from '../contact/lifetime';
import type { OnAddressChange } from './address';
import { send } from './send';

// Only this feature's strings (not the whole catalogue) are bundled into the page script.
type Key = keyof typeof followupInPage;
const s = (key: Key, params: Record<string, string> = {}) => followupInPage[key].replace(/\{(\w+)\}/g, (w, n: string) => params[n] ?? w);

const STYLE = `
:host { all: initial; }
.box { position: fixed; z-index: 2147483647; display: flex; gap: 6px; align-items: center; font: 13px/1.3 system-ui, sans-serif; }
button { font: inherit; padding: 5px 10px; border-radius: 999px; border: 1px solid #1f3a5f; background: #1f3a5f; color: #fff; cursor: pointer; }
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.status { background: #fff; color: #1f2937; padding: 3px 8px; border-radius: 6px; box-shadow: 0 1px 4px rgb(0 0 0 / .25); }
.status:empty { display: none; }
@media (prefers-color-scheme: dark) { .status { background: #1f2937; color: #f3f4f6; } button { background: #93c5fd; color: #0b1220; border-color: #93c5fd; } }
`;

interface Ui {
  host: HTMLElement;
  box: HTMLElement;
  button: HTMLButtonElement;
  status: HTMLElement;
}

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
export function offerDraftButton(lifetime: PageLifetime, adapter: SocialAdapter, onAddressChange: OnAddressChange): void {
  let ui: Ui | undefined;
  let composer: HTMLElement | undefined;
  let handle = '';

  const addresseesOf = (c: HTMLElement): string[] => {
    const own = adapter.addressees(composerText(c), location);
    return own.length > 0 ? own : (adapter.threadRoot(document, location)?.mentions ?? []);
  };

  const hide = () => {
    ui?.host.remove();
    composer = undefined;
  };

  const build = (): Ui => {
    const host = document.createElement('paper-trail-draft');
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const box = document.createElement('div');
    box.className = 'box';
    const button = document.createElement('button');
    button.type = 'button';
    const status = document.createElement('span');
    status.className = 'status';
    status.setAttribute('role', 'status');
    box.append(button, status);
    root.append(style, box);
    button.addEventListener('click', (e) => {
      if (e.isTrusted) void insertDraft();
    });
    return { host, box, button, status };
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
    ui ??= build();
    ui.button.textContent = s('followup.social.insertDraft');
    ui.button.setAttribute('aria-label', s('followup.social.insertDraftFor', { handle }));
    ui.status.textContent = '';
    if (!ui.host.isConnected) document.documentElement.append(ui.host);
    place();
  };

  async function insertDraft(): Promise<void> {
    const target = composer;
    if (!target || !ui) return;
    ui.status.textContent = s('followup.social.loading');
    const reply = await send({ type: 'cs/draft-request', platform: adapter.platform, handle: handle.slice(0, 200) });
    const data = reply?.ok ? reply.data : undefined;
    const text = data && typeof data === 'object' && 'text' in data && typeof data.text === 'string' ? data.text : undefined;
    if (!text) {
      ui.status.textContent = s('followup.social.noDraft', { handle });
      return;
    }
    // A composer holding only the mention (as reply boxes prefill) is replaced; otherwise append.
    const current = composerText(target);
    const onlyMentions = current.replace(/@\S+/g, '').trim() === '';
    placeCaretAtEnd(target, onlyMentions && current !== '');
    document.execCommand('insertText', false, text);
    ui.status.textContent = s('followup.social.inserted');
  }

  const consider = (el: EventTarget | null) => {
    if (!(el instanceof Element)) return;
    const target = adapter.composerOf(el);
    if (!target) return;
    const [to] = addresseesOf(target);
    if (to) show(target, to);
  };

  const { signal } = lifetime;
  document.addEventListener('focusin', (e) => {
    if (e.isTrusted && !lifetime.ended) consider(e.target);
  }, { signal });
  // A mention typed after focusing counts too.
  document.addEventListener('input', (e) => {
    if (e.isTrusted && !composer && !lifetime.ended) consider(e.target);
  }, { signal });
  window.addEventListener('scroll', place, { passive: true, capture: true, signal });
  window.addEventListener('resize', place, { passive: true, signal });
  onAddressChange(hide);
  // The extension gone (reloaded, updated, removed): its button goes with it.
  lifetime.onEnded(hide);
}
