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
  it('hears presses, keys, clicks, submits, copies and the window losing focus — the person’s, not a script’s, and not a focus', () => {
    const heard: string[] = [];
    stop = hearUses((event) => heard.push(event.type));
    dispatch(link(), new MouseEvent('pointerdown', { bubbles: true }), false);
    // A page's own focus() fires trusted focus events: a focus is not a use.
    dispatch(document, new FocusEvent('focusin'));
    expect(heard).toEqual([]);
    dispatch(link(), new MouseEvent('pointerdown', { bubbles: true }));
    dispatch(document.body, new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    dispatch(link(), new MouseEvent('click', { bubbles: true }));
    dispatch(document.body, new Event('copy', { bubbles: true }));
    dispatch(window, new FocusEvent('blur'));
    expect(heard).toEqual(['pointerdown', 'keydown', 'click', 'copy', 'blur']);
  });

  it('hears nothing once stopped', () => {
    const onUse = vi.fn();
    hearUses(onUse)();
    dispatch(link(), new MouseEvent('pointerdown', { bubbles: true }));
    expect(onUse).not.toHaveBeenCalled();
  });
});

describe('earlyEvent (an event kept for the page part, which arrives later)', () => {
  it('keeps the copied text as it was when copied', () => {
    const range = document.createRange();
    range.selectNodeContents(link());
    document.getSelection()?.addRange(range);
    const kept = earlyEvent(new Event('copy'));
    document.getSelection()?.removeAllRanges();
    expect(kept.selection).toBe('Call us');
  });

  it('keeps a copy of a sent form with the values typed, whatever the page does to the form next', () => {
    const form = document.querySelector('form');
    const field = document.querySelector('input');
    if (!form || !field) throw new Error('fixture');
    field.value = 'Double charge';
    const submit = new Event('submit');
    form.dispatchEvent(submit);
    const kept = earlyEvent(submit);
    form.reset();
    expect(kept.sentForm).toBeInstanceOf(HTMLFormElement);
    expect(kept.sentForm instanceof HTMLFormElement && kept.sentForm.elements.namedItem('subject')).toHaveProperty('value', 'Double charge');
    expect(field.value).toBe('');
  });

  it('keeps other events as they are', () => {
    const click = new MouseEvent('click');
    expect(earlyEvent(click)).toEqual({ event: click });
  });
});
