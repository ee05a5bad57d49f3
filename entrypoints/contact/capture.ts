// Each module by itself, not the lib/detect index: that brings the judge's word lists (built when
// they load) into the page part.
import { focusedLauncherVendor, isChatButton, launchersAround } from '../../lib/detect/chat';
import { parseMailto } from '../../lib/detect/emails';
import { snapshotForm } from '../../lib/detect/form-snapshot';
import { sentWidget } from '../../lib/detect/forms';
import { phoneFromTel, phonesInText, telAsDialled } from '../../lib/detect/phones';
import { whatsappTel } from '../../lib/detect/read';
import type { PageJudgement } from '../../lib/detect/judge';
import type { Detected } from './report';

/**
 * Turns one trusted user event into the contact it stands for, or nothing. Pure apart from
 * reading the DOM, so tests can drive it with happy-dom. Forms: ./sent-form.ts.
 */

/** Launchers are buttons and bubbles, not page-sized layers: a larger element is no launcher. */
const LAUNCHER_MAX_PX = 640;
const LAUNCHER_MIN_PX = 8;

/**
 * Whether a vendor's launcher element can be what the person clicked: launcher-sized, visible
 * (a transparent layer over the page with a vendor's name is not a launcher) and, when the
 * click has a position, under it.
 */
export function launcherClicked(launcher: Element, point?: { x: number; y: number }): boolean {
  const box = launcher.getBoundingClientRect();
  if (
    box.width < LAUNCHER_MIN_PX ||
    box.height < LAUNCHER_MIN_PX ||
    box.width > LAUNCHER_MAX_PX ||
    box.height > LAUNCHER_MAX_PX
  )
    return false;
  if (point && (point.x < box.left || point.x > box.right || point.y < box.top || point.y > box.bottom)) return false;
  let opacity = 1;
  for (let node: Element | null = launcher; node && node !== document.documentElement; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    opacity *= Number.parseFloat(style.opacity) || 0;
  }
  return opacity > 0.1;
}

/** The vendor of the launcher the person clicked on, if a vendor's launcher was clicked. */
export function clickedLauncherVendor(target: Element, point?: { x: number; y: number }): string | undefined {
  return launchersAround(target).find(([, launcher]) => launcherClicked(launcher, point))?.[0];
}

/**
 * tel:, mailto: and chat launcher clicks. tel/mailto only count on pages detected as contact-ish.
 * `launcher`: the vendor of the launcher clicked, read at the click (a launcher often changes as
 * its chat opens, before the verdict comes).
 */
export function detectFromClick(
  target: Element,
  verdict: PageJudgement,
  country: string,
  point?: { x: number; y: number },
  launcher = clickedLauncherVendor(target, point),
): Detected | undefined {
  const link = target.closest('a[href]');
  const href = link?.getAttribute('href') ?? '';
  const relevant = verdict.kind !== 'none';
  if (/^tel:/i.test(href)) {
    const phone = phoneFromTel(href, country) ?? telAsDialled(href);
    return relevant && phone ? { channel: 'phone', contact: phone } : undefined;
  }
  if (/^mailto:/i.test(href)) {
    const { to, subject } = parseMailto(href);
    return relevant && to[0] ? { channel: 'email', contact: to[0], ...(subject ? { subject } : {}) } : undefined;
  }
  // A WhatsApp chat link (wa.me/…, send?phone=…) opens a chat with the business's number.
  const whatsapp = whatsappTel(href);
  if (whatsapp) return relevant ? { channel: 'chat', contact: `WhatsApp ${whatsapp.slice(4)}` } : undefined;
  // A known vendor's launcher is a support channel wherever it sits; a generic "Chat" button
  // only on a page already detected as contact-ish.
  const vendor = launcher ?? (relevant && isChatButton(target) ? (verdict.chatVendors[0] ?? 'chat') : undefined);
  return vendor ? { channel: 'chat', contact: vendor === 'chat' ? undefined : vendor } : undefined;
}

/**
 * The send button of contact fields in no form, clicked once a message is written: a script sends
 * them, so it is a sent form (judged like one in the background, and reported at once, whatever
 * the page's verdict, because the page may be leaving).
 */
export function detectWidgetSend(target: Element, keepCopy = false): Detected | undefined {
  const widget = sentWidget(target);
  return widget ? { channel: 'web_form', form: snapshotForm(widget, keepCopy) } : undefined;
}

/** The window lost focus to an iframe the person pressed in: a click into an iframe chat launcher. */
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
