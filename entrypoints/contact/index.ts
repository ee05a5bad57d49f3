import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addressWords, contactLook, markupFound } from '../../lib/detect/signal';
import { awaitFirstUse } from './first-use';
import { watchForSignal } from './gate';
import { announceSignal, loadPagePart } from './load-page-part';
import { onChatOpened } from './opened-chat';

/**
 * The always-on contact script, declared in manifest.config.ts for the top frame of every http(s)
 * page except the social networks, at document idle: a gate that costs a page almost nothing.
 * An unlisted script rather than a WXT content script on purpose: WXT's content-script context
 * touches the extension API as it starts, and that first touch alone costs a page more than half
 * a millisecond. Here nothing touches an extension API until a contact signal shows or the person
 * opens a chat launcher. On a signal with contact words the background is told (it marks a likely
 * contact page); the page part (page reader, listeners, toast) is loaded when the person uses the
 * page, or at once where the background says the page must be read now (a confirmation page).
 */
export default defineUnlistedScript(startGate);

/**
 * Starts at once: Chromium runs document-idle scripts after the page's DOMContentLoaded, in a task
 * of their own, and waiting for an idle callback would cost more than the look (the callback's
 * deadline object alone is a new kind of object for this script's world to build).
 */
function startGate(): void {
  // The page part was asked for (or is coming, or may not come): ask no more.
  let asked = false;
  let signalled = false;
  let stopLooking = () => {};
  let stopChat = () => {};
  const load = (openedLauncher?: Element) => {
    if (asked) return;
    asked = true;
    stopLooking();
    stopChat();
    void loadPagePart(openedLauncher);
  };
  const signal = () => {
    signalled = true;
    stopChat();
    const stopHearing = awaitFirstUse(() => load());
    // Without contact or confirmation words the background could neither name the page nor want
    // it read now: the page part waits for the page to be used, and the extension is not touched.
    if (addressWords(location, document.title) !== 'contact') return;
    void announceSignal(document.title, markupFound(document)).then((answer) => {
      if (answer === 'on-use') return;
      // 'now': the background loaded it already (it takes what was heard); otherwise none comes.
      asked = true;
      if (answer !== 'now') stopHearing();
    });
  };
  stopLooking = watchForSignal(contactLook(document, location), signal);
  if (!signalled) stopChat = onChatOpened(load);
}
