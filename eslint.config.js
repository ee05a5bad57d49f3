// Lint rules for the whole repository. TypeScript gets the type-aware rules (they need the
// compiler's view of the project); plain JavaScript scripts get the standard recommended set.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** lib/ never imports the UI or a context's wiring. */
const LIB_UP = [
  {
    group: ['**/components/**', '**/components'],
    message: 'lib/ must not import UI components: move the logic into lib/ instead.',
  },
  {
    group: ['**/entrypoints/**', '**/entrypoints'],
    message: 'lib/ must not import an entry point: pass what it needs in.',
  },
];
/** Only lib/data's record commands move a case's lastActivityAt. */
const CASE_ACTIVITY = {
  group: ['**/data/case-activity', '**/data/case-activity.ts'],
  message: "A case's lastActivityAt is kept by lib/data/record-commands.ts: write the record through it.",
};
/** Pages use the data service, never the database itself. */
const LIB_DB = {
  group: ['**/lib/db', '**/lib/db/**'],
  message: 'Pages reach the database through the data service: import from lib/data/ (add a query or command there).',
};
/** The protocol stands below the handlers and the page reader: they import it, never the reverse. */
const MESSAGES_DOWN = [
  {
    group: ['**/handlers', '**/handlers/**'],
    message: 'lib/messages must not import lib/handlers: the background injects the handler table into the router.',
  },
  {
    group: ['**/detect', '**/detect/**'],
    message: 'lib/messages must not import lib/detect: lib/detect imports the protocol, not the reverse.',
  },
];
/** The extension's pages (entrypoints/<name>/), which render components/. */
const PAGES = ['popup', 'sidepanel', 'options', 'report', 'letter', 'attachment', 'welcome'];

export default defineConfig(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.bench-profile/**'],
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // `_name` marks a parameter a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Layering: lib/ is the product's logic and runs in every context; it never reaches up into
    // the UI (components/) or a context's wiring (entrypoints/).
    files: ['lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...LIB_UP, CASE_ACTIVITY] }] },
  },
  {
    // Layering: the message protocol knows neither its handlers nor the page reader (a block of its
    // own replaces lib/'s rule for these files, so lib/'s patterns are repeated).
    files: ['lib/messages/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...LIB_UP, CASE_ACTIVITY, ...MESSAGES_DOWN] }] },
  },
  {
    // The data service is the one place that keeps a case's lastActivityAt (lib/data/case-activity.ts).
    files: ['lib/data/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: LIB_UP }] },
  },
  {
    // Layering: the pages reach the database only through the data service (lib/data), so a
    // case and its records are read one way and every write keeps the case's activity right.
    files: ['components/**/*.{ts,tsx}', `entrypoints/{${PAGES.join(',')}}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: [LIB_DB, CASE_ACTIVITY] }] },
  },
);
