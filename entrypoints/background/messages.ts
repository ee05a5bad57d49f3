import { browser } from 'wxt/browser';
import { handlers } from '../../lib/handlers';
import { handleMessage, type HandlerTable } from '../../lib/messages/router';
import type { Reply } from '../../lib/messages/protocol';
import { installPageBadge, withPageBadge } from './page-badge';

/**
 * The real handlers, with the toolbar badge hooked onto page classification: the router takes its
 * table from here, so lib/messages never imports lib/handlers.
 */
const table: HandlerTable = {
  ...handlers,
  'cs/page-classified': withPageBadge(handlers['cs/page-classified']),
  'cs/page-read': withPageBadge(handlers['cs/page-read']),
};

/**
 * Every runtime message goes through the router (size, sender, schema, direction). The reply is
 * sent with `sendResponse` + `return true` (works in every Chrome); where no `sendResponse` is
 * passed (Firefox-style callers, WXT's fake browser) the returned Promise is the reply.
 */
export function installMessages(): void {
  installPageBadge();
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a returned Promise IS the reply (see above)
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse?: (reply: Reply) => void) => {
    const reply = handleMessage(raw, sender, {
      runtimeId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      handlers: table,
    });
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  });
  // The manifest has no externally_connectable, so this should never fire; if it does, say no.
  browser.runtime.onMessageExternal?.addListener((_raw: unknown, _sender, sendResponse?: (reply: Reply) => void) => {
    sendResponse?.({ ok: false, error: 'refused: messages from other extensions or sites are not accepted' });
  });
}
