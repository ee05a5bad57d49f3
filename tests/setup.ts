import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';

// zod parses with its interpreter here, as in the extension: Node allows eval, so zod would otherwise
// compile its object parsers, which the extension's CSP forbids and its build leaves out
// (scripts/no-eval.ts). zod reads this when a schema is created, so it is set before any test loads.
z.config({ jitless: true });

afterEach(() => {
  fakeBrowser.reset();
});
