import { CHAT_VENDOR_SELECTOR, hasChatLauncher } from '../../lib/detect/chat';
import type { PageJudgement } from '../../lib/detect/judge';
import { pageCountry } from '../../lib/detect/phones';
import { readSignalledPage } from '../../lib/detect/read';
import { referenceInText } from '../../lib/detect/reference';
import { isSocialPage } from '../../lib/detect/signal';
import { pageText } from '../../lib/detect/text';
import { onClientNavigation } from './client-navigation';
import { takeEarlyEvents } from './handoff';
import { PageLifetime } from './lifetime';
import { listen } from './listen';
import { hoveredFrame, pressedFrame, UserActivity, visibleSelection } from './activity';
import {
  clickedLauncherVendor,
  detectFromClick,
  detectFromCopy,
  detectFromFocusedFrame,
  detectWidgetSend,
} from './capture';
import type { EarlyEvent } from './handoff';
import {
  openAttempt,
  pageUrl,
  reportAttempt,
  reportPage,
  sendReading,
  undoAttempt,
  unjudged,
  type Detected,
} from './report';
import { putInOutbox, reportSentForm } from './sent-report';
import { t } from '../../lib/i18n';
import { showToast } from './toast';
import { changed, watchDom } from './watch';

const LATE_LAUNCHER_MS = 15_000;
const REFERENCE_WAIT_MS = 10_000;

/**
 * The page part of the contact script, imported by the gate (./index.ts) only into pages where it
 * saw a contact signal (or that follow a report) and the settings allow logging. Reads the page at once and
 * sends the reading to the background, which judges it and answers with the verdict (kind,
 * company, chat vendors); then listens — capture phase, trusted events only — for the person
 * using a channel. Returns what ends it (for tests; in a page it lasts as long as the extension).
 */
export function startPage(): () => void {
  if (isSocialPage(document, location.hostname)) return () => {};
  // Listeners and timers end when the extension goes away under the page.
  const ctx = new PageLifetime();
  const host = location.hostname;
  // Until the background answers, nothing on the page counts and no copy of a message is read.
  let verdict: PageJudgement = unjudged(host);
  let keepCopy = false;
  let judged: Promise<void> = Promise.resolve();
  const reclassify = () => {
    judged = sendReading(readSignalledPage(document, pageUrl())).then((answer) => {
      if (!answer) return;
      verdict = answer.verdict;
      keepCopy = answer.keepMessageCopy;
    });
  };
  reclassify();
  // Computed when first needed: how the page writes phone numbers (its language or domain).
  let country: string | undefined;
  const countryOf = () => (country ??= pageCountry(document.documentElement.lang, host));

  /** Reports a contact (a sent form is in the outbox already, by its id and time) and shows the notice. */
  const log = async (found: Detected | undefined, inOutbox?: { id: string; at: number }) => {
    if (!found || ctx.ended) return;
    const reply = await reportAttempt(found, verdict.company, inOutbox);
    if (!reply.ok) return;
    const answer = reply.data;
    keepCopy = answer.keepMessageCopy;
    if (!answer.showToast || answer.deduped) return;
    showLogged(answer.attemptId, t(`content.channel.${found.channel}`), answer.companyName);
  };
  /** Acts on an event once the page's verdict is known: at once, except in the first moments. */
  const afterVerdict = (act: () => Detected | undefined) => void judged.then(() => log(act()));

  const activity = new UserActivity();
  const note = (event: Event) => activity.note(event);
  // Capture phase, and defaultPrevented is NOT a reason to skip: most forms prevent the default
  // navigation and send with fetch instead. Reported at once, whatever the verdict: the page may
  // be leaving, and a contact form is one wherever it sits. Then the page may show its reference.
  const submit = (event: Event, early?: EarlyEvent['reported']) => {
    const reported = early ?? reportSentForm(event, activity, keepCopy, verdict.company);
    sent(reported);
  };
  const sent = (reported: EarlyEvent['reported']) => {
    if (!reported) return;
    const shownBefore = referenceInText(pageText(document.body));
    // The outbox has it; the message brings the answer for the notice.
    void log(reported.sent, reported);
    awaitReference(ctx, shownBefore, () => verdict);
  };
  const click = (event: Event) => {
    const target = event.target;
    if (!event.isTrusted || !(target instanceof Element)) return;
    note(event);
    const widgetSend = detectWidgetSend(target, keepCopy);
    if (widgetSend) return sent(putInOutbox(widgetSend, verdict.company));
    const point = event instanceof MouseEvent && event.detail > 0 ? { x: event.clientX, y: event.clientY } : undefined;
    const launcher = clickedLauncherVendor(target, point);
    afterVerdict(() => detectFromClick(target, verdict, countryOf(), point, launcher));
  };
  const copied = (selection: string) => afterVerdict(() => detectFromCopy(selection, verdict, countryOf()));
  const copy = (event: Event) => {
    if (event.isTrusted) copied(activity.copiedByUser() ? visibleSelection() : '');
  };
  // Clicks inside a launcher iframe never reach this document: the window losing focus to it
  // does. Counted when the person pressed in that frame (not a script's focus()), once the focus
  // has arrived there.
  const blur = (event: Event, hovered = hoveredFrame()) => {
    const frame = pressedFrame(hovered);
    if (!event.isTrusted || activity.tabbedRecently() || !frame) return;
    ctx.setTimeout(() => {
      if (document.activeElement === frame) afterVerdict(() => detectFromFocusedFrame(frame));
    }, 0);
  };
  ctx.onEnded(
    listen(
      [document, 'pointerdown', note],
      [document, 'keydown', note],
      [document, 'keyup', note],
      [document, 'contextmenu', note],
      [document, 'submit', (event) => submit(event)],
      [document, 'click', click],
      [document, 'copy', copy],
      [window, 'blur', (event) => blur(event)],
    ),
  );

  // Single-page sites: the same address watch as the gate's (a click or history step that changes it).
  const stopNavigation = onClientNavigation(() => {
    // The new view renders after the URL changes.
    ctx.setTimeout(reclassify, 800);
    ctx.setTimeout(reclassify, 2500);
    watchLaunchers();
  });
  ctx.onEnded(stopNavigation);
  const watchLaunchers = () => {
    if (verdict.chatVendors.length) return;
    watchDom(
      ctx,
      (changes) => {
        if (!changed(changes, CHAT_VENDOR_SELECTOR) || !hasChatLauncher(document)) return false;
        reclassify();
        return true;
      },
      1000,
      LATE_LAUNCHER_MS,
    );
  };
  void judged.then(watchLaunchers);

  // What the person did before this part was listening (the gate heard it, from the use that
  // loaded this part — a chat launcher opened, say): acted on in order.
  // A form sent then was reported by the gate: reported again here for the notice, by its id.
  const heard: Record<string, ((event: Event) => void) | undefined> = {
    pointerdown: note,
    keydown: note,
    keyup: note,
    contextmenu: note,
    click,
  };
  for (const { event, selection, reported, frame } of takeEarlyEvents()) {
    if (selection !== undefined) copied(activity.copiedByUser() && visibleSelection() === selection ? selection : '');
    else if (reported) submit(event, reported);
    else if (frame !== undefined) blur(event, frame);
    else heard[event.type]?.(event);
  }
  return () => ctx.end();
}

/** After a form was sent, the page often shows the case number: report it as a confirmation. */
function awaitReference(ctx: PageLifetime, before: string | undefined, verdict: () => PageJudgement): void {
  watchDom(
    ctx,
    () => {
      const reference = referenceInText(pageText(document.body));
      if (!reference || reference === before) return false;
      if (verdict().kind !== 'none') void reportPage(verdict(), reference);
      return true;
    },
    500,
    REFERENCE_WAIT_MS,
  );
}

function showLogged(id: string, channel: string, company: string): void {
  const failure = (reply: { ok: boolean; error?: string }) => (reply.ok ? undefined : (reply.error ?? 'unknown error'));
  showToast(t('content.toast.logged', { channel, company }), {
    onUndo: () => undoAttempt(id).then(failure),
    onChangeCase: () => openAttempt(id).then(failure),
  });
}
