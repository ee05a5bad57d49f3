import { snapshotMessage, snapshotSubject } from '../detect/form-fields';
import type { FormSnapshot } from '../detect/form-snapshot';
import { classifySnapshot } from '../detect/forms';

/** What a sent form adds to its attempt. */
export interface SentFormDetails {
  contact?: string;
  subject?: string;
  messageCopy?: string;
}

/**
 * The attempt's details from a sent form's snapshot, or undefined when it was no contact form
 * (a search, sign-up or comment form sent on a contact page). The message is kept only when
 * the person keeps copies — decided here, by the settings, not by the page.
 */
export function sentFormDetails(form: FormSnapshot, keepMessageCopy: boolean): SentFormDetails | undefined {
  if (classifySnapshot(form) !== 'contact') return undefined;
  const subject = snapshotSubject(form);
  const messageCopy = keepMessageCopy ? snapshotMessage(form) : undefined;
  const contact = form.label.trim();
  return { ...(contact ? { contact } : {}), ...(subject ? { subject } : {}), ...(messageCopy ? { messageCopy } : {}) };
}
