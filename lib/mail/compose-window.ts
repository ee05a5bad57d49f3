import type { ComposeReading, MailAdapter } from './adapter';
import { buttonOf, isDisabled, isSendLabel, labelOf, textOf } from './dom';

/** Where one client keeps a compose window and its parts. */
export interface ComposeParts {
  /** The compose window around an element, if it is in one. */
  around(el: Element): Element | undefined;
  recipients(compose: Element): Pick<ComposeReading, 'to' | 'cc'>;
  subject(compose: Element): string | undefined;
  /** The selector of the text being written. */
  body: string;
}

/**
 * A client's compose window, found and read the same way in every client: an enabled button
 * labelled Send belongs to the compose around it; the reading has the recipients, the subject
 * when there is one, and the text only when asked for and written.
 */
export function composeWindow(
  parts: ComposeParts,
): Pick<MailAdapter, 'sendButtonCompose' | 'composeOf' | 'readCompose'> {
  return {
    sendButtonCompose(el) {
      const button = buttonOf(el);
      if (!button || isDisabled(button) || !isSendLabel(labelOf(button))) return undefined;
      return parts.around(button);
    },
    composeOf: (el) => parts.around(el),
    readCompose(compose, withBody) {
      const { to, cc } = parts.recipients(compose);
      const subject = parts.subject(compose);
      const body = withBody ? textOf(compose.querySelector(parts.body)) : '';
      return { to, cc, ...(subject ? { subject } : {}), ...(body ? { body } : {}) };
    },
  };
}
