import { z } from 'zod';
import { countPost } from '../../../../lib/compose/count';
import { mastodonCases } from '../../../fixtures/conformance/mastodon-cases';
import fixture from '../../../fixtures/conformance/twitter-text-extract-urls.json';

/**
 * Mastodon counts links as 23 wherever twitter-text's URL extraction (protocol required) finds
 * them, so twitter-text's extraction cases are Mastodon cases too: the expected count is the text
 * with each expected http(s) URL as 23 characters. Then Mastodon's own cases (sources in the table).
 */
const graphemes = (text: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
const LINK = 'x'.repeat(23);

const Fixture = z.strictObject({
  source: z.strictObject({
    repository: z.literal('twitter/twitter-text'),
    commit: z.string(),
    file: z.string(),
    sections: z.array(z.string()),
    note: z.string(),
  }),
  cases: z.array(
    z.strictObject({ section: z.string(), description: z.string(), text: z.string(), urls: z.array(z.string()) }),
  ),
});
const { cases } = Fixture.parse(fixture);

/** The text with each expected URL that has a protocol replaced by the 23-character placeholder. */
function countable(text: string, urls: readonly string[]): string {
  let out = '';
  let from = 0;
  for (const url of urls) {
    const at = text.indexOf(url, from);
    if (at < 0) throw new Error(`URL not found in the case text: ${url}`);
    out += text.slice(from, at) + (/^https?:\/\//iu.test(url) ? LINK : url);
    from = at + url.length;
  }
  return out + text.slice(from);
}

describe('Mastodon links against twitter-text conformance/extract.yml', () => {
  it('has every URL case', () => expect(cases.length).toBe(108));

  it.each(cases.map((c) => [`${c.section}: ${c.description}`, c] as const))('%s', (_name, c) => {
    // None of these texts has a remote mention, so links are the only rewrite.
    expect(c.text).not.toMatch(/@[A-Za-z0-9_.-]+@[\p{L}\p{M}\p{Nd}]/u);
    expect(countPost('mastodon', c.text, { mastodonLimit: 100_000 }).used).toBe(graphemes(countable(c.text, c.urls)));
  });
});

describe('Mastodon counting against its validator, its composer and its mention rule', () => {
  it.each(mastodonCases.map((c, i) => [`${i + 1}: ${c.text.slice(0, 60)}`, c] as const))('%s', (_name, c) => {
    const count = countPost('mastodon', c.text);
    const used = c.counted === undefined ? c.used : graphemes(c.counted);
    expect(used, `${c.source}: the case gives a count`).toBeDefined();
    expect(count.used, c.source).toBe(used);
    expect(count.fits, c.source).toBe(c.fits ?? count.used <= 500);
  });
});
