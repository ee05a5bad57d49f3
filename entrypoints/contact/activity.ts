import { isTabKey, TAB_FOCUS_MS } from './tab-focus';

/**
 * What the person did, to tell the person's contact from a page script's: a page can call
 * `requestSubmit()`, `execCommand('copy')` or `focus()` on a frame, and each fires trusted
 * events. Fed with every trusted use of the page, in order.
 */

/** What the person did last that can send a form: a click, or Enter in a field. */
interface Cause {
  target: EventTarget | null;
  at: number;
  /** Enter: the form is sent at its key press, which may come in a task of its own; until the key is released. */
  key: boolean;
}

/** How long a gesture stays the person's: Enter held down, a copy shortcut, at the most. */
const GESTURE_MS = 1000;
/** A copy chosen from the context menu: the menu may stay open a while. */
const MENU_COPY_MS = 60_000;

/** Which form the person sent. The always-on gate carries this much, to report a form sent before the page part came. */
export class SubmitCause {
  private cause: Cause | undefined;

  note(event: Event, now = Date.now()): void {
    if (!event.isTrusted) return;
    const key = event instanceof KeyboardEvent ? event.key : '';
    if (event.type === 'keyup' && key === 'Enter' && this.cause?.key) this.cause = undefined;
    if (event.type === 'click' || (event.type === 'keydown' && key === 'Enter')) {
      const cause: Cause = { target: event.target, at: now, key: event.type === 'keydown' };
      this.cause = cause;
      // A click sends its form in its own task (the button's activation); a script's
      // requestSubmit() a moment later, in another task, is not the click's doing.
      if (!cause.key)
        setTimeout(() => {
          if (this.cause === cause) this.cause = undefined;
        }, 0);
    }
  }

  /**
   * A submit is the person's only if their click on that form (or its submit button), or their
   * Enter in one of its fields, sent it: `requestSubmit()` from page script fires a trusted
   * submit event too.
   */
  submittedByUser(form: HTMLFormElement, submitter: Element | null, now = Date.now()): boolean {
    const cause = this.cause;
    if (!cause || now - cause.at > GESTURE_MS || !(cause.target instanceof Node)) return false;
    return form.contains(cause.target) || (submitter !== null && submitter.contains(cause.target));
  }
}

/** Everything the page part tells apart: sends, copies, and focus moved by the Tab key. */
export class UserActivity extends SubmitCause {
  private tabAt = -Infinity;
  private copyKeyAt = -Infinity;
  private menuAt = -Infinity;

  override note(event: Event, now = Date.now()): void {
    super.note(event, now);
    if (!event.isTrusted) return;
    if (isTabKey(event)) this.tabAt = now;
    if (
      event instanceof KeyboardEvent &&
      event.type === 'keydown' &&
      event.ctrlKey !== event.metaKey &&
      /^[cx]$/i.test(event.key)
    )
      this.copyKeyAt = now;
    if (event.type === 'contextmenu') this.menuAt = now;
  }

  /** A copy is the person's after their copy shortcut, or a copy chosen from the context menu. */
  copiedByUser(now = Date.now()): boolean {
    return now - this.copyKeyAt <= GESTURE_MS || now - this.menuAt <= MENU_COPY_MS;
  }

  /** Focus that moved into an iframe because of the Tab key is not a click on a launcher. */
  tabbedRecently(now = Date.now()): boolean {
    return now - this.tabAt < TAB_FOCUS_MS;
  }
}

/** The text the person copied, if it is on screen: a page can select and copy hidden text. */
export function visibleSelection(): string {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return '';
  const box = selection.getRangeAt(0).getBoundingClientRect();
  const onScreen =
    box.width > 0 &&
    box.height > 0 &&
    box.bottom > 0 &&
    box.right > 0 &&
    box.top < innerHeight &&
    box.left < innerWidth;
  return onScreen ? String(selection) : '';
}

/**
 * The frame the person pressed in as the window lost focus: the frame under the pointer at that
 * moment (read then: a launcher often hides its frame as it opens), while the page has the
 * person's activation (a press inside a frame activates the page around it too). A page script
 * calling `frame.focus()` has neither.
 */
export function pressedFrame(hovered: Element | null): Element | null {
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return hovered && activation?.isActive !== false ? hovered : null;
}

/** The frame under the pointer now (see pressedFrame). */
export function hoveredFrame(): Element | null {
  return document.querySelector('iframe:hover');
}
