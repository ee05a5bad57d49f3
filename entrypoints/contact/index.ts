import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { contactLook } from '../../lib/detect/signal';
import { watchForSignal } from './gate';
import { loadPagePart } from './load-page-part';
import { onChatOpened } from './opened-chat';

/**
 * The always-on contact script, declared in manifest.config.ts for the top frame of every http(s)
 * page except the social networks, at document idle: a gate that costs a page almost nothing.
 * An unlisted script rather than a WXT content script on purpose: WXT's content-script context
 * touches the extension API as it starts, and that first touch alone costs a page more than half
 * a millisecond. Here nothing touches an extension API until a contact signal shows or the person
 * opens a chat launcher; only then is the page part (page reader, listeners, toast)
 * loaded from the extension.
 */
export default defineUnlistedScript(startGate);

/**
 * Starts at once: Chromium runs document-idle scripts after the page's DOMContentLoaded, in a task
 * of their own, and waiting for an idle callback would cost more than the look (the callback's
 * deadline object alone is a new kind of object for this script's world to build).
 */
function startGate(): void {
  let loaded = false;
  let stopLooking = () => {};
  let stopChat = () => {};
  const load = (openedLauncher?: Element) => {
    if (loaded) return;
    loaded = true;
    stopLooking();
    stopChat();
    void loadPagePart(openedLauncher);
  };
  stopLooking = watchForSignal(contactLook(document, location), () => load());
  if (!loaded) stopChat = onChatOpened(load);
}
