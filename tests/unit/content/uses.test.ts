import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { earlyEvent, hearUses } from '../../../entrypoints/contact/uses';

/** Dispatches an event whose isTrusted we choose (happy-dom's own events are never trusted). */
function dispatch(target: EventTarget, event: Event, trusted = true): void {
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
}

const link = () => {
  const found = document.querySelector('a');
  if (!found) throw new Error('fixture');
  return found;
};

let stop = () => {};
beforeEach(() => {
  document.body.innerHTML = '<a href="tel:+18005551234">Call us</a><form><input name="subject"></form>';
});
afterEach(() => {
  stop();
});

describe('hearUses (what the gate takes for the person using a page)', () => {
  it('hears presses, keys and their release, clicks, submits, copies, the context menu and the window losing focus — the person’s, not a script’s, and not a focus', () => {
    const heard: string[] = [];
    stop = hearUses((event) => heard.push(event.type));
    dispatch(link(), new MouseEvent('pointerdown', { bubbles: true }), false);
    dispatch(document.body, new Event('copy', { bubbles: true }), false);
    dispatch(document.querySelector('form') ?? document, new Event('submit', { bubbles: true }), false);
    // A page's own focus() fires trusted focus events: a focus is not a use.
    dispatch(document, new FocusEvent('focusin'));
    dispatch(link(), new FocusEvent('focus'));
    expect(heard).toEqual([]);
    dispatch(link(), new MouseEvent('pointerdown', { bubbles: true }));
    dispatch(document.body, new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    dispatch(document.body, new KeyboardEvent('keyup', { key: 'a', bubbles: true }));
    dispatch(link(), new MouseEvent('click', { bubbles: true }));
    dispatch(document.querySelector('form') ?? document, new Event('submit', { bubbles: true }));
    dispatch(document.body, new Event('copy', { bubbles: true }));
    dispatch(link(), new MouseEvent('contextmenu', { bubbles: true }));
    dispatch(window, new FocusEvent('blur'));
    expect(heard).toEqual(['pointerdown', 'keydown', 'keyup', 'click', 'submit', 'copy', 'contextmenu', 'blur']);
  });

  it('hears an event before the page can stop it', () => {
    const heard: string[] = [];
    stop = hearUses((event) => heard.push(event.type));
    link().addEventListener('click', (event) => event.stopPropagation());
    document.querySelector('form')?.addEventListener('submit', (event) => event.stopImmediatePropagation());
    dispatch(link(), new MouseEvent('click', { bubbles: true }));
    dispatch(document.querySelector('form') ?? document, new Event('submit', { bubbles: true }));
    expect(heard).toEqual(['click', 'submit']);
  });

  it('hears nothing once stopped', () => {
    const onUse = vi.fn();
    hearUses(onUse)();
    dispatch(link(), new MouseEvent('pointerdown', { bubbles: true }));
    dispatch(window, new FocusEvent('blur'));
    expect(onUse).not.toHaveBeenCalled();
  });
});

describe('earlyEvent (an event kept for the page part, which arrives later)', () => {
  afterEach(() => document.getSelection()?.removeAllRanges());

  it('keeps the copied text as it was when copied', () => {
    const range = document.createRange();
    range.selectNodeContents(link());
    document.getSelection()?.addRange(range);
    const copy = new Event('copy');
    const kept = earlyEvent(copy, null);
    document.getSelection()?.removeAllRanges();
    expect(kept).toEqual({ event: copy, selection: 'Call us' });
  });

  it('keeps the frame that was under the pointer as the window lost focus, or none', () => {
    document.body.insertAdjacentHTML('beforeend', '<iframe id="launcher"></iframe>');
    const frame = document.querySelector('#launcher');
    const blur = new FocusEvent('blur');
    expect(earlyEvent(blur, frame)).toEqual({ event: blur, frame });
    expect(earlyEvent(blur, null)).toEqual({ event: blur, frame: null });
  });

  it('keeps other events as they are — a submit too: the gate reports a sent form itself, and copies nothing of it', () => {
    const click = new MouseEvent('click');
    expect(earlyEvent(click, null)).toEqual({ event: click });
    const form = document.querySelector('form');
    const field = document.querySelector('input');
    if (!form || !field) throw new Error('fixture');
    field.value = 'Double charge';
    const submit = new Event('submit');
    form.dispatchEvent(submit);
    // The frame is a blur's only: a submit keeps no frame, whatever was hovered.
    expect(earlyEvent(submit, document.body)).toEqual({ event: submit });
  });
});
