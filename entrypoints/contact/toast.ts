import { t } from '../../lib/i18n';

/**
 * The "Logged: …  Undo · Change case" toast. Lives in a CLOSED shadow root so the page can
 * neither read nor restyle it; nothing is added to the page until something was logged.
 * Keyboard: its buttons are in the tab order, Escape dismisses. It fades after 8 s unless the
 * pointer or focus is on it, and respects prefers-color-scheme and prefers-reduced-motion.
 */
export interface ToastActions {
  onUndo: () => Promise<string | undefined>;
  onChangeCase: () => Promise<string | undefined>;
}

const CSS = `
:host{all:initial}
.t{font:14px/1.4 system-ui,sans-serif;color:#1b1d21;background:#fff;border:1px solid #c7ccd6;border-radius:8px;
box-shadow:0 4px 16px rgba(0,0,0,.2);padding:10px 12px;display:flex;gap:8px;align-items:center;flex-wrap:wrap;max-width:420px;
transition:opacity .3s}
.t.out{opacity:0}
b{font-weight:600}
button{font:inherit;cursor:pointer;border:1px solid #1f5fbf;border-radius:6px;background:transparent;color:#1f5fbf;padding:3px 9px}
button:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}
.x{border-color:transparent;color:#5a6170}
@media (prefers-color-scheme:dark){.t{color:#eceef2;background:#26282d;border-color:#3c4048}button{color:#8ab4f8;border-color:#8ab4f8}.x{color:#a8afbd}}
@media (prefers-reduced-motion:reduce){.t{transition:none}}
`;

const LIFETIME_MS = 8000;
let current: HTMLElement | undefined;

function button(label: string, className = ''): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (className) b.className = className;
  return b;
}

export function showToast(message: string, actions: ToastActions): void {
  current?.remove();
  const host = document.createElement('paper-trail-toast');
  // Inline !important: page styles cannot hide or move the host.
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('right', '16px', 'important');
  host.style.setProperty('bottom', '16px', 'important');
  host.style.setProperty('z-index', '2147483647', 'important');
  host.style.setProperty('display', 'block', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const box = document.createElement('div');
  box.className = 't';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  box.setAttribute('aria-label', t('content.toast.label'));
  const text = document.createElement('span');
  text.textContent = message;
  const undo = button(t('content.toast.undo'));
  const change = button(t('content.toast.changeCase'));
  const close = button('×', 'x');
  close.setAttribute('aria-label', t('content.toast.dismiss'));
  box.append(text, undo, change, close);
  root.append(style, box);

  let timer = 0;
  let held = 0;
  const dismiss = () => {
    window.clearTimeout(timer);
    host.remove();
    if (current === host) current = undefined;
  };
  const arm = (ms = LIFETIME_MS) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      box.classList.add('out');
      timer = window.setTimeout(dismiss, 300);
    }, ms);
  };
  const hold = (on: boolean) => {
    held += on ? 1 : -1;
    if (held > 0) {
      window.clearTimeout(timer);
      box.classList.remove('out');
    } else arm();
  };
  const settle = (outcome: string | undefined, done: string) => {
    text.textContent = outcome ?? done;
    const hadFocus = root.activeElement === undo || root.activeElement === change;
    undo.remove();
    change.remove();
    // Removing a focused button fires no focusout everywhere: reset the hold count ourselves.
    held = 0;
    if (hadFocus) close.focus();
    arm(3000);
  };
  box.addEventListener('mouseenter', () => hold(true));
  box.addEventListener('mouseleave', () => hold(false));
  box.addEventListener('focusin', () => hold(true));
  box.addEventListener('focusout', () => hold(false));
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });
  undo.addEventListener('click', () => {
    void actions
      .onUndo()
      .then((error) => settle(error && t('content.toast.failed', { reason: error }), t('content.toast.undone')));
  });
  change.addEventListener('click', () => {
    void actions
      .onChangeCase()
      .then((error) => (error ? settle(t('content.toast.failed', { reason: error }), '') : dismiss()));
  });
  close.addEventListener('click', dismiss);

  (document.body ?? document.documentElement).append(host);
  current = host;
  arm();
}
