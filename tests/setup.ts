import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { getMessageFrom, loadMessages } from './support/locale-messages';

// zod parses with its interpreter here, as in the extension: Node allows eval, so zod would otherwise
// compile its object parsers, which the extension's CSP forbids and its build leaves out
// (scripts/no-eval.ts). zod reads this when a schema is created, so it is set before any test loads.
z.config({ jitless: true });

// Strings come from the browser's i18n API (lib/i18n); here it answers from locales/en.yml as the
// built messages.json would. A test may swap in another locale and gets English back afterwards.
const english = getMessageFrom(await loadMessages('en'));
function speakEnglish(): void {
  fakeBrowser.i18n.getMessage = english;
  fakeBrowser.i18n.getUILanguage = () => 'en';
}
speakEnglish();

afterEach(() => {
  fakeBrowser.reset();
  speakEnglish();
});
