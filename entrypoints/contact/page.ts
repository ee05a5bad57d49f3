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
import { detectFromClick, detectFromCopy, detectFromFocusedFrame, detectFromSubmit, UserActivity } from './capture';
import { attemptReplyOf, openAttempt, pageUrl, reportAttempt, reportPage, sendReading, undoAttempt, unjudged, type Detected } from './report';
import { ct } from './strings';
import { showToast } from './toast';
import { changed, watchDom } from './watch';

const LATE_LAUNCHER_MS = 15_000;
const REFERENCE_WAIT_MS = 10_000;

/**
 * The page part of the contact script, injected by the background only into pages where the gate
 * (./index.ts) saw a contact signal and the settings allow logging. Reads the page at once and
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

  const log = async (found: Detected | undefined) => {
    if (!found || ctx.ended) return;
    const sent = reportAttempt(found, verdict);
    const answer = attemptReplyOf(await sent);
    if (!answer) return;
    keepCopy = answer.keepMessageCopy;
    if (!answer.showToast || answer.deduped) return;
    showLogged(sent.id, ct(`content.channel.${found.channel}`), answer.companyName || (verdict.company.name ?? host));
  };
  /** Acts on an event once the page's verdict is known: at once, except in the first moments. */
  const afterVerdict = (act: () => Detected | undefined) => void judged.then(() => log(act()));

  const activity = new UserActivity();
  const note = (event: Event) => activity.note(event);
  // Capture phase, and defaultPrevented is NOT a reason to skip: most forms prevent the default
  // navigation and send with fetch instead.
  // `sentForm`: the form as it was sent, when the gate heard the submit before this part was here.
  const submit = (event: Event, sentForm?: Node) => {
    const form = event.target;
    if (!event.isTrusted || !(form instanceof HTMLFormElement)) return;
    if (!activity.submittedByUser(form, event instanceof SubmitEvent ? event.submitter : null)) return;
    // Read now: pages reset or replace the form right after. Judged with the verdict once known.
    const sent = detectFromSubmit(sentForm instanceof HTMLFormElement ? sentForm : form, keepCopy);
    if (!sent) return;
    const shownBefore = referenceInText(pageText(document.body));
    afterVerdict(() => {
      if (verdict.kind === 'none') return undefined;
      awaitReference(ctx, shownBefore, () => verdict);
      return sent;
    });
  };
  const click = (event: Event) => {
    const target = event.target;
    if (event.isTrusted && target instanceof Element) afterVerdict(() => detectFromClick(target, verdict, countryOf()));
  };
  const copied = (selection: string) => afterVerdict(() => detectFromCopy(selection, verdict, countryOf()));
  const copy = (event: Event) => {
    if (event.isTrusted) copied(String(document.getSelection() ?? ''));
  };
  // Clicks inside a launcher iframe never reach this document: the window losing focus to it does.
  const blur = (event: Event) => {
    if (!event.isTrusted || activity.tabbedRecently()) return;
    ctx.setTimeout(() => afterVerdict(() => detectFromFocusedFrame(document.activeElement)), 0);
  };
  ctx.onEnded(
    listen([document, 'pointerdown', note], [document, 'keydown', note], [document, 'submit', submit], [document, 'click', click], [document, 'copy', copy], [window, 'blur', blur]),
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
  const heard: Record<string, ((event: Event) => void) | undefined> = { pointerdown: note, keydown: note, submit, click, blur };
  for (const { event, selection, sentForm } of takeEarlyEvents()) {
    if (selection !== undefined) copied(selection);
    else if (sentForm) submit(event, sentForm);
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
  showToast(ct('content.toast.logged', { channel, company }), {
    onUndo: () => undoAttempt(id).then(failure),
    onChangeCase: () => openAttempt(id).then(failure),
  });
}
