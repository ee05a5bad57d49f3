import { afterEach, describe, expect, it, vi } from 'vitest';
import { showToast } from '../../../entrypoints/contact/toast';

/** The toast's shadow root is closed; tests capture it the way only our own code could. */
function captureShadow(): () => ShadowRoot {
  let root: ShadowRoot | undefined;
  const spy = vi.spyOn(Element.prototype, 'attachShadow');
  spy.mockImplementation(function (this: Element, init: ShadowRootInit) {
    spy.mockRestore();
    root = this.attachShadow(init);
    return root;
  });
  return () => {
    if (!root) throw new Error('no shadow root');
    return root;
  };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('toast', () => {
  it('adds one host with a closed shadow root, a status role and keyboard-reachable buttons', () => {
    const shadow = captureShadow();
    showToast('Logged: web form to Acme', {
      onUndo: () => Promise.resolve(undefined),
      onChangeCase: () => Promise.resolve(undefined),
    });
    const host = document.querySelector('paper-trail-toast');
    expect(host).not.toBeNull();
    expect(host?.shadowRoot).toBeNull(); // closed: the page cannot reach inside
    const status = shadow().querySelector('[role=status]');
    expect(status?.textContent).toContain('Logged: web form to Acme');
    const labels = Array.from(
      shadow().querySelectorAll('button'),
      (b) => b.getAttribute('aria-label') ?? b.textContent,
    );
    expect(labels).toEqual(['Undo', 'Change case', 'Dismiss']);
  });

  it('Undo calls back and says so; Escape dismisses', async () => {
    const shadow = captureShadow();
    const onUndo = vi.fn(() => Promise.resolve(undefined));
    showToast('Logged', { onUndo, onChangeCase: () => Promise.resolve(undefined) });
    shadow().querySelector('button')?.click();
    await vi.waitFor(() =>
      expect(shadow().querySelector('[role=status]')?.textContent).toContain('Removed from your log.'),
    );
    expect(onUndo).toHaveBeenCalledOnce();
    shadow()
      .querySelector('[role=status]')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('paper-trail-toast')).toBeNull();
  });

  it('fades on its own, but not while hovered', () => {
    vi.useFakeTimers();
    const shadow = captureShadow();
    showToast('Logged', { onUndo: () => Promise.resolve(undefined), onChangeCase: () => Promise.resolve(undefined) });
    const box = shadow().querySelector('[role=status]');
    box?.dispatchEvent(new Event('mouseenter'));
    vi.advanceTimersByTime(20_000);
    expect(document.querySelector('paper-trail-toast')).not.toBeNull();
    box?.dispatchEvent(new Event('mouseleave'));
    vi.advanceTimersByTime(9_000);
    expect(document.querySelector('paper-trail-toast')).toBeNull();
  });
});
