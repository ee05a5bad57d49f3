import { chatVendorOf, classifyForm, focusedLauncherVendor, formMessage, formSubject, isChatButton, parseMailto, phoneFromTel, phonesInText } from '../../lib/detect';
import type { PageJudgement } from '../../lib/detect/judge';
import type { Detected } from './report';
import { isTabKey, TAB_FOCUS_MS } from './tab-focus';

/**
 * Turns one trusted user event into the contact it stands for, or nothing. Pure apart from
 * reading the DOM, so tests can drive it with happy-dom.
 */

/** Remembers the last trusted pointer/key press, to tell a person's submit from a script's. */
export class UserActivity {
  private target: EventTarget | null = null;
  private at = -Infinity;
  private tabAt = -Infinity;

  note(event: Event, now = Date.now()): void {
    if (!event.isTrusted) return;
    this.target = event.target;
    this.at = now;
    if (isTabKey(event)) this.tabAt = now;
  }

  /**
   * A submit is the person's only if they just pressed or clicked inside that form (or on its
   * submit button): `requestSubmit()` from page script fires a trusted submit event too.
   */
  submittedByUser(form: HTMLFormElement, submitter: Element | null, now = Date.now()): boolean {
    const target = this.target;
    if (now - this.at > 2000 || !(target instanceof Node)) return false;
    return form.contains(target) || (submitter !== null && submitter.contains(target));
  }

  /** Focus that moved into an iframe because of the Tab key is not a click on a launcher. */
  tabbedRecently(now = Date.now()): boolean {
    return now - this.tabAt < TAB_FOCUS_MS;
  }
}

/** tel:, mailto: and chat launcher clicks. tel/mailto only count on pages detected as contact-ish. */
export function detectFromClick(target: Element, verdict: PageJudgement, country: string): Detected | undefined {
  const link = target.closest('a[href]');
  const href = link?.getAttribute('href') ?? '';
  const relevant = verdict.kind !== 'none';
  if (/^tel:/i.test(href)) {
    const phone = phoneFromTel(href, country);
    return relevant && phone ? { channel: 'phone', contact: phone } : undefined;
  }
  if (/^mailto:/i.test(href)) {
    const { to, subject } = parseMailto(href);
    return relevant && to[0] ? { channel: 'email', contact: to[0], ...(subject ? { subject } : {}) } : undefined;
  }
  // A known vendor's launcher is a support channel wherever it sits; a generic "Chat" button
  // only on a page already detected as contact-ish.
  const vendor = chatVendorOf(target) ?? (relevant && isChatButton(target) ? verdict.chatVendors[0] ?? 'chat' : undefined);
  return vendor ? { channel: 'chat', contact: vendor === 'chat' ? undefined : vendor } : undefined;
}

/** The window lost focus to an iframe: a click into an iframe chat launcher. */
export function detectFromFocusedFrame(active: Element | null): Detected | undefined {
  const vendor = focusedLauncherVendor(active);
  return vendor ? { channel: 'chat', contact: vendor } : undefined;
}

/** A copied phone number (the person is about to dial it). */
export function detectFromCopy(selection: string, verdict: PageJudgement, country: string): Detected | undefined {
  if (verdict.kind === 'none' || selection.length > 60) return undefined;
  const phones = phonesInText(selection, country);
  return phones.length === 1 && phones[0] ? { channel: 'phone', contact: phones[0] } : undefined;
}

/**
 * A contact form sent. The message itself only when the person chose to keep a copy. Whether the
 * page is one where forms count (its verdict) is for the caller: the form must be read at once.
 */
export function detectFromSubmit(form: HTMLFormElement, keepCopy: boolean): Detected | undefined {
  if (classifyForm(form) !== 'contact') return undefined;
  const subject = formSubject(form);
  const messageCopy = keepCopy ? formMessage(form) : undefined;
  const name = form.getAttribute('aria-label') ?? undefined;
  return {
    channel: 'web_form',
    ...(name ? { contact: name } : {}),
    ...(subject ? { subject } : {}),
    ...(messageCopy ? { messageCopy } : {}),
  };
}
