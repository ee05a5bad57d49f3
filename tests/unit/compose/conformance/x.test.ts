import configs from 'twitter-text/dist/configs.js';
import { z } from 'zod';
import { countPost, countTweet } from '../../../../lib/compose/count';
import fixture from '../../../fixtures/conformance/twitter-text-validate.json';

/**
 * twitter-text's own counting cases (conformance/validate.yml), each run through our X counter
 * with the config twitter-text runs it with: the count, whether it fits, the permillage, and where
 * the overflow highlight starts (right after `validRangeEnd`, a UTF-16 index).
 */
const Section = z.enum([
  'WeightedTweetsCounterTest',
  'WeightedTweetsWithDiscountedEmojiCounterTest',
  'UnicodeDirectionalMarkerCounterTest',
]);
const Fixture = z.strictObject({
  source: z.strictObject({
    repository: z.literal('twitter/twitter-text'),
    commit: z.string(),
    file: z.string(),
    sections: z.array(Section),
    note: z.string(),
  }),
  cases: z.array(
    z.strictObject({
      section: Section,
      description: z.string(),
      text: z.string(),
      expected: z.strictObject({
        weightedLength: z.number(),
        valid: z.boolean(),
        permillage: z.number(),
        displayRangeStart: z.number(),
        displayRangeEnd: z.number(),
        validRangeStart: z.number(),
        validRangeEnd: z.number(),
      }),
    }),
  ),
});

const { cases } = Fixture.parse(fixture);
const LIMIT = 280;

const configFor = (section: z.infer<typeof Section>) =>
  section === 'WeightedTweetsCounterTest'
    ? configs.version2
    : section === 'WeightedTweetsWithDiscountedEmojiCounterTest'
      ? configs.version3
      : undefined;

describe('X counting against twitter-text conformance/validate.yml', () => {
  it('has every case of the three counting sections', () => {
    expect(cases.length).toBe(44);
    expect(cases.filter((c) => c.section === 'WeightedTweetsCounterTest').length).toBe(20);
    expect(cases.filter((c) => c.section === 'WeightedTweetsWithDiscountedEmojiCounterTest').length).toBe(22);
    expect(cases.filter((c) => c.section === 'UnicodeDirectionalMarkerCounterTest').length).toBe(2);
  });

  it.each(cases.map((c) => [`${c.section}: ${c.description}`, c] as const))('%s', (_name, c) => {
    const measured = countTweet(c.text, configFor(c.section));
    const fits = measured.used <= LIMIT && measured.reason === undefined;
    expect({
      weightedLength: measured.used,
      valid: fits && measured.used > 0,
      permillage: Math.floor((measured.used / LIMIT) * 1000),
      // The highlight starts after the last unit that fits (or at the first refused character).
      overflowAt: measured.overflowAt,
      // The fixture's text came through the YAML-to-JSON copy intact.
      displayRangeEnd: Math.max(c.text.length - 1, 0),
    }).toEqual({
      weightedLength: c.expected.weightedLength,
      valid: c.expected.valid,
      permillage: c.expected.permillage,
      overflowAt: c.expected.valid ? undefined : c.expected.validRangeEnd + 1,
      displayRangeEnd: c.expected.displayRangeEnd,
    });
    // The default config is version 3: countPost agrees with the cases twitter-text runs with it.
    if (c.section !== 'WeightedTweetsCounterTest') {
      const count = countPost('x', c.text);
      expect([count.used, count.fits, count.overflowAt]).toEqual([measured.used, fits, measured.overflowAt]);
    }
  });
});
