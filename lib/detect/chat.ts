/**
 * Chat launchers of the common support-chat vendors, as they render in the page (the launcher
 * is often an iframe whose inside the page — and we — cannot see), and generic "chat" buttons.
 */
const VENDORS: [string, string][] = [
  ['Zendesk', 'iframe#launcher,iframe[data-product=web_widget],iframe[title*="messaging window" i],#ze-snippet,[data-testid=launcher]'],
  ['Intercom', '#intercom-container,.intercom-launcher,.intercom-lightweight-app-launcher,iframe[name^=intercom-launcher],#intercom-frame'],
  ['Salesforce', '.embeddedServiceHelpButton,.embeddedMessagingConversationButton,#embedded-messaging,.helpButtonEnabled'],
  ['LivePerson', '.LPMcontainer,[data-lp-event],#lpChat,[id^=LPMcontainer]'],
  ['Genesys', '.cx-widget.cx-webchat-chat-button,.cx-webchat,#genesys-messenger,iframe#genesys-mxg-frame,.genesys-mxg-launcher-frame'],
  ['Drift', '#drift-widget,#drift-frame-controller,iframe#drift-widget,.drift-frame-controller'],
  ['LiveChat', '#chat-widget-container,iframe#chat-widget-minimized,iframe[title*="LiveChat" i]'],
  ['Freshchat', '#fc_frame,#fc_widget,.fc-widget-normal,#freshworks-container,iframe#launcher-frame'],
  ['HubSpot', '#hubspot-messages-iframe-container,iframe#hubspot-conversations-iframe'],
  ['Crisp', '.crisp-client'],
  ['Tidio', '#tidio-chat,iframe#tidio-chat-iframe'],
  ['Help Scout', '#beacon-container,.BeaconFabButtonFrame'],
  ['Gorgias', '#gorgias-chat-container'],
  ['tawk.to', 'iframe[title*="chat widget" i]'],
];

export const CHAT_VENDOR_SELECTOR = VENDORS.map(([, selector]) => selector).join(',');

/** Buttons (not links: a link leads elsewhere) whose label says chat. */
const CHAT_WORD = /(?:^|[^a-z])(?:live ?chat|chat|chatea[r]?|tchat|chatten|chattez)(?:$|[^a-z])/i;

export function chatVendorOf(el: Element): string | undefined {
  for (const [vendor, selector] of VENDORS) if (el.closest(selector)) return vendor;
  return undefined;
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
  for (const el of Array.from(doc.querySelectorAll(CHAT_VENDOR_SELECTOR))) {
    const vendor = chatVendorOf(el);
    if (vendor) found.add(vendor);
  }
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
