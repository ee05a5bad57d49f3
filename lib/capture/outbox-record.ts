import { CsAttemptDetected } from '../messages/protocol';

/**
 * The outbox: a reported attempt is written to extension storage by the page part before it is
 * sent as a message. Storage needs no running service worker and the write leaves the page at
 * once, so a report survives the page navigating away (a form sent to a thank-you page) and the
 * worker being asleep; the background turns it into the attempt with the same id (a repeat is
 * harmless) and then removes it. Only this extension's content scripts and pages can write
 * extension storage; each record is parsed as strictly as the message it stands for.
 */
export { OUTBOX_PREFIX, outboxKey } from './outbox-key';

export const OutboxRecord = CsAttemptDetected;
