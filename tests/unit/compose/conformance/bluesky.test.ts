import { countPost } from '../../../../lib/compose/count';
import { blueskyCases } from '../../../fixtures/conformance/bluesky-cases';

/** Bluesky's own cases and rules (sources in the table): the count bsky.app shows, and whether the post is accepted. */
const graphemes = (text: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;

describe('Bluesky counting against atproto and social-app', () => {
  it.each(blueskyCases.map((c, i) => [`${i + 1}: ${c.text.slice(0, 60)}`, c] as const))('%s', (_name, c) => {
    const count = countPost('bluesky', c.text);
    const used = c.counted === undefined ? c.used : graphemes(c.counted);
    expect(used, `${c.source}: the case gives a count`).toBeDefined();
    expect(count.used, c.source).toBe(used);
    const fits = c.fits ?? count.used <= 300;
    expect(count.fits, c.source).toBe(fits);
    if (c.reason) expect(count.reason, c.source).toBe(c.reason);
    if (!fits) expect(count.overflowAt, c.source).toBeDefined();
  });
});
