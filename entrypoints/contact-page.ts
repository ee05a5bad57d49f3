import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_PART_KEY } from './contact.content/page-part';
import { startPage } from './contact.content/page';

/**
 * The contact script's page part, loaded by entrypoints/contact.content only on pages with a
 * contact signal (dynamic import into the content script's isolated world).
 */
export default defineUnlistedScript(() => {
  Reflect.set(globalThis, PAGE_PART_KEY, startPage);
});
