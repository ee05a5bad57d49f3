/**
 * Chat launchers of the common support-chat vendors, as they render in the page (the launcher
 * is often an iframe whose inside the page — and we — cannot see), and generic "chat" buttons.
 */
/**
 * One launcher selector per entry, with its vendor. Flat, so they can be tested one at a time
 * (see hasChatLauncher) and the vendor of a match named.
 */
const LAUNCHERS: readonly (readonly [vendor: string, selector: string])[] = [
  ['Zendesk', 'iframe#launcher'],
  ['Zendesk', 'iframe[data-product=web_widget]'],
  ['Zendesk', 'iframe[title*="messaging window" i]'],
  ['Zendesk', '#ze-snippet'],
  ['Zendesk', '[data-testid=launcher]'],
  ['Intercom', '#intercom-container'],
  ['Intercom', '.intercom-launcher'],
  ['Intercom', '.intercom-lightweight-app-launcher'],
  ['Intercom', 'iframe[name^=intercom-launcher]'],
  ['Intercom', '#intercom-frame'],
  ['Salesforce', '.embeddedServiceHelpButton'],
  ['Salesforce', '.embeddedMessagingConversationButton'],
  ['Salesforce', '#embedded-messaging'],
  ['Salesforce', '.helpButtonEnabled'],
  ['LivePerson', '.LPMcontainer'],
  ['LivePerson', '[data-lp-event]'],
  ['LivePerson', '#lpChat'],
  ['LivePerson', '[id^=LPMcontainer]'],
  ['Genesys', '.cx-widget.cx-webchat-chat-button'],
  ['Genesys', '.cx-webchat'],
  ['Genesys', '#genesys-messenger'],
  ['Genesys', 'iframe#genesys-mxg-frame'],
  ['Genesys', '.genesys-mxg-launcher-frame'],
  ['Drift', '#drift-widget'],
  ['Drift', '#drift-frame-controller'],
  ['Drift', '.drift-frame-controller'],
  ['LiveChat', '#chat-widget-container'],
  ['LiveChat', 'iframe#chat-widget-minimized'],
  ['LiveChat', 'iframe[title*="LiveChat" i]'],
  ['Freshchat', '#fc_frame'],
  ['Freshchat', '#fc_widget'],
  ['Freshchat', '.fc-widget-normal'],
  ['Freshchat', '#freshworks-container'],
  ['Freshchat', 'iframe#launcher-frame'],
  ['HubSpot', '#hubspot-messages-iframe-container'],
  ['HubSpot', 'iframe#hubspot-conversations-iframe'],
  ['Crisp', '.crisp-client'],
  ['Tidio', '#tidio-chat'],
  ['Tidio', 'iframe#tidio-chat-iframe'],
  ['Help Scout', '#beacon-container'],
  ['Help Scout', '.BeaconFabButtonFrame'],
  ['Gorgias', '#gorgias-chat-container'],
  ['tawk.to', 'iframe[title*="chat widget" i]'],
];

// Pure, so a bundle that only needs the lookups below leaves it out.
export const CHAT_VENDOR_SELECTOR = /* @__PURE__ */ LAUNCHERS.map(([, selector]) => selector).join(',');

/**
 * Whether the document has a chat launcher of a known vendor (what `CHAT_VENDOR_SELECTOR`
 * finds), cheaply: ids by id lookup, everything else one selector at a time. One querySelector
 * over the whole list tests every selector against every element — milliseconds on a big page —
 * while Chromium answers a single selector by a much faster path.
 */
export function hasChatLauncher(doc: Document): boolean {
  const frames = hasFrames(doc);
  for (const [, selector] of LAUNCHERS) if (launcherFound(doc, selector, frames)) return true;
  return false;
}

/** Each selector is a walk of the page: the frame ones are skipped on pages without frames. */
function hasFrames(doc: Document): boolean {
  return doc.getElementsByTagName('iframe').length > 0;
}

function launcherFound(doc: Document, selector: string, frames: boolean): boolean {
  // Every entry starting with # is a plain id: a hash lookup, no walk.
  if (selector.startsWith('#')) return doc.getElementById(selector.slice(1)) !== null;
  return (frames || !selector.startsWith('iframe')) && doc.querySelector(selector) !== null;
}

/** Buttons (not links: a link leads elsewhere) whose label says chat. */
const CHAT_WORD = /(?:^|[^a-z])(?:live ?chat|chat|chatea[r]?|tchat|chatten|chattez)(?:$|[^a-z])/i;

export function chatVendorOf(el: Element): string | undefined {
  for (const [vendor, selector] of LAUNCHERS) if (el.closest(selector)) return vendor;
  return undefined;
}

/** Every launcher the element is, or is inside, with its vendor (innermost selectors first in list order). */
export function launchersAround(el: Element): [vendor: string, launcher: Element][] {
  const found: [string, Element][] = [];
  for (const [vendor, selector] of LAUNCHERS) {
    const launcher = el.closest(selector);
    if (launcher) found.push([vendor, launcher]);
  }
  return found;
}

/**
 * The vendor of the launcher frame that took the focus, if it is one. A click inside a launcher
 * iframe never reaches the page: the window losing focus to that frame is the only trace of it.
 */
export function focusedLauncherVendor(active: Element | null): string | undefined {
  return active?.nodeName === 'IFRAME' ? chatVendorOf(active) : undefined;
}

/** A generic chat button: a <button> or role=button whose short label mentions chat. */
export function isChatButton(el: Element): boolean {
  const button = el.closest('button,[role=button]');
  if (!button) return false;
  const label = `${button.getAttribute('aria-label') ?? ''} ${button.textContent ?? ''}`.trim();
  return label.length <= 60 && CHAT_WORD.test(label);
}

/** The chat vendors present in the document ('chat' for generic chat buttons only). */
export function chatLaunchers(doc: Document): string[] {
  const found = new Set<string>();
  const frames = hasFrames(doc);
  for (const [vendor, selector] of LAUNCHERS)
    if (!found.has(vendor) && launcherFound(doc, selector, frames)) found.add(vendor);
  if (!found.size) {
    for (const el of Array.from(doc.querySelectorAll('button,[role=button]'))) {
      if (isChatButton(el)) {
        found.add('chat');
        break;
      }
    }
  }
  return [...found];
}
