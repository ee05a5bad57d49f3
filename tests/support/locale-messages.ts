import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { join } from 'node:path';
import type { MessageTable } from '../../lib/i18n/message-table';

export { getMessageFrom, type MessageTable } from '../../lib/i18n/message-table';

/** The locales Paper Trail ships (locales/<code>.yml); English is the source and the fallback. */
export const LOCALES = ['en', 'es', 'fr', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

// Tests run from the project's root (vitest's root), where locales/ is.
export const localeFile = (locale: string): string => join(process.cwd(), 'locales', `${locale}.yml`);

/** A locale's messages exactly as the build writes them to _locales/<locale>/messages.json. */
export async function loadMessages(locale: string): Promise<MessageTable> {
  return generateChromeMessages(await parseMessagesFile(localeFile(locale)));
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥîĵķĺɱñöþʠŕšţüʋŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÜṼŴẊÝŽ'][i] ?? c,
  ]),
);

/** Marks every pseudo-translated string: text on screen without it was never translated. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/**
 * A pseudo-locale: every message accented and bracketed, its {placeholders}, `$n` substitutions
 * and plural separators kept, so a screen rendered with it shows at a glance (and to a test) any
 * text that did not come from the locale files.
 */
export function pseudoMessages(table: MessageTable): MessageTable {
  const accent = (text: string) =>
    text
      .split(/(\{\w+\}|\$\$|\$[1-9])/)
      .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
      .join('');
  return Object.fromEntries(
    Object.entries(table).map(([name, { message }]) => [
      name,
      {
        message: message
          .split(' | ')
          .map((form) => `${PSEUDO_OPEN}${accent(form)}${PSEUDO_CLOSE}`)
          .join(' | '),
      },
    ]),
  );
}
