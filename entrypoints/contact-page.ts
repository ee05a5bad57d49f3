import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPage } from './contact/page';

const STARTED = Symbol.for('paper-trail.contact-page');

/**
 * The contact script's page part, injected by the background (lib/handlers/contact-signal.ts)
 * into the isolated world of a page where the always-on gate (entrypoints/contact) saw a contact
 * signal. It starts as soon as it is evaluated, once per page.
 */
export default defineUnlistedScript(() => {
  if (Reflect.get(globalThis, STARTED) === true) return;
  Reflect.set(globalThis, STARTED, true);
  startPage();
});
