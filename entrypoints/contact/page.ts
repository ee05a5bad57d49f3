import { CHAT_VENDOR_SELECTOR, hasChatLauncher } from '../../lib/detect/chat';
import { classifyPage, type PageVerdict } from '../../lib/detect/classify';
import { pageCountry } from '../../lib/detect/phones';
import { isSocialPage } from '../../lib/detect/signal';
import { referenceInText } from '../../lib/detect/reference';
import { pageText } from '../../lib/detect/text';
import { takeOpenedLauncher } from './handoff';
import { onClientNavigation } from './gate';
import { PageLifetime } from './lifetime';
import { detectFromClick, detectFromCopy, detectFromFocusedFrame, detectFromSubmit, UserActivity } from './capture';
import { openAttempt, reportAttempt, reportPage, undoAttempt, type Detected } from './report';
import { channelOn, isNeverSite, readAutoLogSettings } from './settings';
import { ct } from './strings';
import { showToast } from './toast';
import { changed, watchDom } from './watch';

const LATE_LAUNCHER_MS = 15_000;
const REFERENCE_WAIT_MS = 10_000;

/**
 * The page part of the contact script, injected by the background only into pages where the gate
 * (./index.ts) saw a contact signal and the settings allow logging. Classifies the page at once,
 * reports contact and confirmation pages, then listens — capture phase, trusted events only — for
 * the person using a channel.
 */
export function startPage(): void {
  if (isSocialPage(document, location.hostname)) return;
  // Listeners and timers end when the extension goes away under the page.
  const ctx = new PageLifetime();
  const host = location.hostname;
  // The submit handler must read the form synchronously (pages reset it right after), so it
  // uses the last known "keep a copy" choice: off until the settings are read, refreshed whenever
  // they are read again.
  let keepCopy = false;
  void readAutoLogSettings().then((settings) => {
    keepCopy = settings.keepMessageCopy;
  });

  const country = pageCountry(document.documentElement.lang, host);
  let verdict: PageVerdict = classifyPage(document, location.href);
  let announced = '';
  const announce = (reference?: string) => {
    const key = `${location.href} ${verdict.kind} ${reference ?? verdict.referenceNumber ?? ''}`;
    if ((verdict.kind === 'none' || verdict.kind === 'support-article') && !reference) return;
    if (key === announced) return;
    announced = key;
    void reportPage(verdict, reference ?? verdict.referenceNumber);
  };
  const reclassify = () => {
    verdict = classifyPage(document, location.href);
    announce();
  };
  announce();

  const log = async (found: Detected | undefined) => {
    if (!found || ctx.ended) return;
    const settings = await readAutoLogSettings();
    keepCopy = settings.keepMessageCopy;
    if (!channelOn(settings, found.channel) || isNeverSite(host, settings.neverOnSites)) return;
    if (!settings.keepMessageCopy) delete found.messageCopy;
    const sent = reportAttempt(found, verdict);
    const reply = await sent;
    const data = reply.data && typeof reply.data === 'object' ? (reply.data as Record<string, unknown>) : {};
    if (!reply.ok || !settings.showToast || data.deduped === true) return;
    const company = typeof data.companyName === 'string' ? data.companyName : (verdict.company.name ?? host);
    showLogged(sent.id, ct(`content.channel.${found.channel}`), company);
  };

  const activity = new UserActivity();
  const options = { capture: true, signal: ctx.signal };
  const note = (event: Event) => activity.note(event);
  document.addEventListener('pointerdown', note, options);
  document.addEventListener('keydown', note, options);
  // Capture phase, and defaultPrevented is NOT a reason to skip: most forms prevent the default
  // navigation and send with fetch instead.
  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (!event.isTrusted || !(form instanceof HTMLFormElement)) return;
      if (!activity.submittedByUser(form, event.submitter)) return;
      const found = detectFromSubmit(form, verdict, keepCopy);
      void log(found);
      if (found) awaitReference(ctx, () => verdict, announce);
    },
    options,
  );
  document.addEventListener(
    'click',
    (event) => {
      if (event.isTrusted && event.target instanceof Element) void log(detectFromClick(event.target, verdict, country));
    },
    options,
  );
  document.addEventListener(
    'copy',
    (event) => {
      if (event.isTrusted) void log(detectFromCopy(String(document.getSelection() ?? ''), verdict, country));
    },
    options,
  );
  // Clicks inside a launcher iframe never reach this document: the window losing focus to it does.
  window.addEventListener(
    'blur',
    (event) => {
      if (!event.isTrusted || activity.tabbedRecently()) return;
      ctx.setTimeout(() => void log(detectFromFocusedFrame(document.activeElement)), 0);
    },
    options,
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
  watchLaunchers();

  // The chat launcher whose opening loaded this page part: the gate saw that click, not us.
  const opened = takeOpenedLauncher();
  if (opened) void log(opened.nodeName === 'IFRAME' ? detectFromFocusedFrame(opened) : detectFromClick(opened, verdict, country));
}

/** After a form was sent, the page often shows the case number: report it as a confirmation. */
function awaitReference(ctx: PageLifetime, verdict: () => PageVerdict, announce: (reference: string) => void): void {
  const before = referenceInText(pageText(document.body));
  watchDom(
    ctx,
    () => {
      const reference = referenceInText(pageText(document.body));
      if (!reference || reference === before) return false;
      if (verdict().kind !== 'none') announce(reference);
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
