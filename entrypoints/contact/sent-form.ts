import { mayBeContactForm, snapshotForm } from '../../lib/detect/form-snapshot';
import type { Detected } from './report';

/**
 * A form the person sent, as reported: its snapshot, which the background judges (contact form
 * or not, its subject). Forms that cannot be contact forms — no message box, no vendor's request
 * form: a search, a login — are not reported at all, and nothing of them leaves the page.
 */
export function detectFromSubmit(form: HTMLFormElement, keepCopy: boolean): Detected | undefined {
  const snapshot = snapshotForm(form, keepCopy);
  return mayBeContactForm(snapshot) ? { channel: 'web_form', form: snapshot } : undefined;
}
