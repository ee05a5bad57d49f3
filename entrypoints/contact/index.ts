import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { hasContactSignal } from '../../lib/detect/signal';
import { watchForSignal } from './gate';
import { loadPagePart } from './load-page-part';

/**
 * The always-on contact script, declared in manifest.config.ts for the top frame of every http(s)
 * page except the social networks, at document idle: a gate that costs a page almost nothing.
 * An unlisted script rather than a WXT content script on purpose: WXT's content-script context
 * touches the extension API as it starts, and that first touch alone costs a page more than half
 * a millisecond. Here nothing touches an extension API until a contact signal shows; only then
 * is the page part (classifier, settings, listeners, toast) loaded from the extension.
 */
export default defineUnlistedScript(() => {
  // Out of the page's own load work: the first look waits for an idle moment (bounded).
  requestIdleCallback(() => watchForSignal(() => hasContactSignal(document, location), () => void loadPagePart()), { timeout: 500 });
});
