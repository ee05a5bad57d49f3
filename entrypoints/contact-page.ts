import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPage } from './contact/page';

const STARTED = Symbol.for('paper-trail.contact-page');

/**
 * The contact script's page part, imported by the always-on gate (entrypoints/contact,
 * load-page-part.ts) into its own isolated world on a page with a contact signal, once the
 * background said logging is on there (lib/handlers/contact-signal.ts). A web-accessible file.
 * It starts as soon as it is evaluated, once per page.
 */
export default defineUnlistedScript(() => {
  if (Reflect.get(globalThis, STARTED) === true) return;
  Reflect.set(globalThis, STARTED, true);
  startPage();
});
