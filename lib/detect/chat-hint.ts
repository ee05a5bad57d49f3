/**
 * Words found in the id, class, name or title of the chat launchers listed in ./chat.ts (or of
 * an element around them), in lower case. A loose test for the always-on gate, which must stay
 * small: a click on such an element loads the page part, whose exact launcher check decides.
 */
const HINTS = [
  'chat',
  'launcher',
  'messag',
  'intercom',
  'embeddedservice',
  'helpbutton',
  'lpm',
  'genesys',
  'drift',
  'fc_',
  'fc-widget',
  'freshworks',
  'hubspot',
  'crisp',
  'beacon',
  'web_widget',
  'ze-snippet',
];
const ATTRIBUTES = ['id', 'class', 'name', 'title', 'data-product', 'data-testid'];

/** Whether the element, or one around it, could be a chat vendor's launcher. */
export function mayBeChatLauncher(el: Element | null): boolean {
  for (let node = el; node; node = node.parentElement) {
    if (node.hasAttribute('data-lp-event')) return true;
    for (const name of ATTRIBUTES) {
      const value = node.getAttribute(name)?.toLowerCase();
      if (value && HINTS.some((hint) => value.includes(hint))) return true;
    }
  }
  return false;
}
