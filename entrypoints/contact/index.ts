import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addressWords, contactLook } from '../../lib/detect/signal';
import { awaitFirstUse } from './first-use';
import { watchForSignal } from './gate';
import { loadPagePart } from './load-page-part';
import { onChatOpened } from './opened-chat';

/**
 * The always-on contact script, declared in manifest.config.ts for the top frame of every http(s)
 * page except the social networks, at document idle: a gate that costs a page almost nothing.
 * An unlisted script rather than a WXT content script on purpose: WXT's content-script context
 * touches the extension API as it starts, and that first touch alone costs a page more than half
 * a millisecond. Here nothing touches an extension API until the page part is needed:
 *
 * - on a page with a contact signal, when the person starts using it (a press or a key):
 *   most such pages are only looked at, and reading one costs it milliseconds. What the person
 *   does before the page part arrives is kept for it (see awaitFirstUse);
 * - on a confirmation page (its address or title says so) at once: it shows its reference now;
 * - on any page, when the person opens something that looks like a chat launcher.
 */
export default defineUnlistedScript(startGate);

/**
 * Starts at once: Chromium runs document-idle scripts after the page's DOMContentLoaded, in a task
 * of their own, and waiting for an idle callback would cost more than the look (the callback's
 * deadline object alone is a new kind of object for this script's world to build).
 */
function startGate(): void {
  let loaded = false;
  let signalled = false;
  let stopLooking = () => {};
  let stopChat = () => {};
  let stopHearing = () => {};
  const load = (openedLauncher?: Element) => {
    if (loaded) return;
    loaded = true;
    stopLooking();
    stopChat();
    // No page part (logging is off here, or the extension went away): nobody to keep events for.
    void loadPagePart(openedLauncher).then((injected) => {
      if (!injected) stopHearing();
    });
  };
  const signal = () => {
    signalled = true;
    stopChat();
    stopHearing = awaitFirstUse(() => load());
    if (addressWords(location, document.title) === 'confirmation') load();
  };
  stopLooking = watchForSignal(contactLook(document, location), signal);
  if (!signalled) stopChat = onChatOpened(load);
}
