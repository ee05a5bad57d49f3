import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, loadMessages, localeFile, type MessageTable } from '../../support/locale-messages';

/**
 * Every locale has every message, with the same {placeholders} and plural forms, and says it in
 * its own language. English (locales/en.yml) is the source.
 */
const english = await loadMessages('en');
const translations = LOCALES.filter((l) => l !== 'en');

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const forms = (text: string): string[] => text.split(' | ');
/** Letters outside {placeholders}: a message with none (a lone "{count}") needs no translation. */
const words = (text: string): string =>
  text
    .replace(/\{\w+\}/g, '')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();

/**
 * Messages that are the same in every language: names of products, formats and laws, units and
 * symbols. Each is here because a translator would keep it as it is.
 */
const SAME_EVERYWHERE = [/^meta_locale$/, /^app_name$/, /_platform_\w+$/, /^content_toast_label$/];

function untranslated(locale: MessageTable): string[] {
  return Object.entries(english)
    .filter(([name, { message }]) => !SAME_EVERYWHERE.some((same) => same.test(name)) && words(message).length > 3)
    .filter(([name, { message }]) => locale[name]?.message === message)
    .map(([name]) => name);
}

describe('locales', () => {
  it('ships exactly the locale files the tests know', () => {
    const files = readdirSync(join(process.cwd(), 'locales'))
      .map((f) => f.replace(/\.yml$/, ''))
      .sort();
    expect(files).toEqual([...LOCALES].sort());
  });

  it('names each message with letters, digits and _ only, without two keys becoming one', async () => {
    for (const name of Object.keys(english)) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    // Dots in code become _ in messages.json: "a.b_c" and "a_b.c" would collide silently.
    const { parseMessagesFile } = await import('@wxt-dev/i18n/build');
    const keys = (await parseMessagesFile(localeFile('en'))).map((m) => m.key.join('.'));
    expect(new Set(keys.map((k) => k.replace(/\./g, '_'))).size).toBe(keys.length);
  });

  describe.each(translations)('%s', (code) => {
    it('has its file', () => expect(existsSync(localeFile(code))).toBe(true));

    it('has every English message and no other, with the same placeholders and plural forms', async () => {
      const locale = await loadMessages(code);
      expect(Object.keys(locale).sort()).toEqual(Object.keys(english).sort());
      const wrong: string[] = [];
      for (const [name, { message }] of Object.entries(english)) {
        const theirs = locale[name]?.message ?? '';
        const plural = forms(message).length > 1;
        const theirForms = forms(theirs);
        if (plural !== theirForms.length > 1) wrong.push(`${name}: plural in one language only`);
        if (theirForms.some((f) => placeholders(f).some((p) => !placeholders(message).includes(p))))
          wrong.push(`${name}: unknown placeholder`);
        // Every value the code gives is used somewhere (a plural's "one" form may leave {count} out).
        const used = placeholders(theirs);
        const needed = placeholders(message).filter((p) => !(plural && p === 'count'));
        if (needed.some((p) => !used.includes(p))) wrong.push(`${name}: drops a placeholder`);
        if (!theirs.trim()) wrong.push(`${name}: empty`);
      }
      expect(wrong).toEqual([]);
    });

    it('says it in its own language (nothing left in English)', async () => {
      expect(untranslated(await loadMessages(code))).toEqual([]);
    });

    it('names its own language code', async () => {
      expect((await loadMessages(code)).meta_locale?.message).toBe(code);
    });
  });
});
