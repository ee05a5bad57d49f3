import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyHint } from '../../../lib/detect/company';
import { emailsInText, parseMailto } from '../../../lib/detect/emails';
import { judgePage } from '../../../lib/detect/judge';
import { labelledPhones } from '../../../lib/detect/labelled-phones';
import { phoneFromTel, phonesInText } from '../../../lib/detect/phones';
import { READING_LIMITS } from '../../../lib/detect/reading-limits';
import { REFERENCE_TEXT_LIMIT, referenceInText } from '../../../lib/detect/reference';
import { fold, squash } from '../../../lib/detect/text';
import { pageKey } from '../../../lib/autolog/site';
import { PageReading } from '../../../lib/messages/page-reading';
import { textSimilarity } from '../../../lib/social/handles';
import { samePost } from '../../../lib/social/permalinks';
import { pathOf } from '../../../lib/social/text';

/**
 * Page text reaches regular expressions in the background (judging a page reading) and in the page
 * part (looking for a reference after a form is sent). A pattern that backtracks super-linearly
 * lets one page stall them: "Your ticket" followed by 1,000 spaces once took the reference pattern
 * more than a minute. These tests feed every page-text entry point the inputs that make such
 * patterns blow up, and check the work grows linearly.
 *
 * No tight timer: a run on 8n characters is compared with a run on n. Linear work takes about 8×
 * as long, quadratic 64×, quartic 4,096×; the bound of 24× (plus some milliseconds, for the noise
 * of runs that take almost no time) passes linear work on a busy machine and fails the rest at
 * the sizes below, where the old patterns took a millisecond or more on n. Each time is the
 * fastest of a few runs, and a failed comparison is measured again (a garbage collection or
 * another process can slow one run down; a super-linear pattern is slow every time).
 */
const SCALE = 8;
const RATIO = 24;
const NOISE_MS = 15;

/**
 * The fastest of a few runs: the one least disturbed by whatever else the machine is doing. Half
 * a second is no disturbance: a run that long is not repeated.
 */
function fastest(run: () => unknown, times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times && (i === 0 || best < 500); i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function expectLinear(make: (n: number) => string, run: (input: string) => unknown, n: number): void {
  const small = make(n);
  const large = make(SCALE * n);
  run(small); // The first run compiles the pattern.
  for (let attempt = 1; ; attempt++) {
    const smallMs = fastest(() => run(small));
    const largeMs = fastest(() => run(large));
    const linear = largeMs < RATIO * smallMs + NOISE_MS;
    // A second of work is no disturbance: report it at once.
    if (linear || attempt === 3 || largeMs > 1_000) {
      expect(largeMs, `${smallMs.toFixed(2)} ms for n = ${n}, ${largeMs.toFixed(2)} ms for ${SCALE}n`).toBeLessThan(
        RATIO * smallMs + NOISE_MS,
      );
      return;
    }
  }
}

const spaces = (n: number) => ' '.repeat(n);

describe('referenceInText on hostile text', () => {
  it.each<[string, (n: number) => string, number]>([
    ['a run of spaces after "Your ticket"', (n) => `Your ticket${spaces(n)}`, 50],
    ['a run of spaces after "case number is"', (n) => `Your case number is${spaces(n)}`, 100],
    ['mixed whitespace after a label', (n) => `Número de caso${'\u00a0\n\t '.repeat(n)}`, 12],
    ['spaces between repeated separators', (n) => `Ticket${' : # = is '.repeat(n)}`, 200],
    ['repeated labels', (n) => 'ticket '.repeat(n), 1_000],
    ['"case number is is is …"', (n) => `case number ${'is '.repeat(n)}`, 1_000],
    ['a run of "#"', (n) => `Ticket ${'#'.repeat(n)}`, 1_000],
    ['a run of ":"', (n) => `Ticket ${':'.repeat(n)}`, 1_000],
    ['a run of digits', (n) => `Ticket ${'1'.repeat(n)}`, 1_000],
    ['a run of hyphens', (n) => `Ticket 12${'-'.repeat(n)}`, 1_000],
    ['digit groups and hyphens', (n) => `Request no. ${'123-'.repeat(n)}`, 1_000],
    ['labels each followed by spaces', (n) => `Ticket${spaces(40)}`.repeat(n), 100],
  ])('does work linear in the text for %s', (_name, make, n) => {
    expectLinear(make, referenceInText, n);
  });

  // The page that froze the background: over a minute for 1,000 spaces (10,000: days, by the 4th power).
  it.each([1_000, 10_000])('reads "Your ticket" and %i spaces in well under 200 ms', (n) => {
    const text = `Your ticket${spaces(n)}`;
    expect(fastest(() => referenceInText(text))).toBeLessThan(200);
    expect(referenceInText(text)).toBeUndefined();
  });

  it('finishes quickly on any mix of labels, separators, whitespace runs, digits and hyphens', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'Your ticket',
        'case number',
        'Número de caso',
        'Vorgangsnummer',
        'order',
        'is',
        'lautet',
        'est',
        ':',
        '#',
        '=',
        '-',
        '12',
        '2024-',
      ),
      fc
        .tuple(fc.constantFrom(' ', '\n', '\u00a0', '#', ':', '-', '1', 'is '), fc.integer({ min: 1, max: 1_000 }))
        .map(([s, n]) => s.repeat(n)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(fastest(() => referenceInText(text))).toBeLessThan(100);
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });
});

describe('referenceInText reads whitespace as spacing', () => {
  it.each([
    ['Your case number is\n\n        34871265.', '34871265'],
    ['Ticket ID:\u00a0\u00a0 CS-2024-0042', 'CS-2024-0042'],
    ['Ihre Vorgangsnummer\n   lautet\n   2024-55871.', '2024-55871'],
    ['Request\t#\t21734598', '21734598'],
  ])('finds the reference in %j', (text, reference) => {
    expect(referenceInText(text)).toBe(reference);
  });

  it('finds the reference after 10,000 spaces', () => {
    expect(referenceInText(`Your ticket${spaces(10_000)}number is 55012345`)).toBe('55012345');
  });

  it('still finds no support reference after a purchase word, however the space is written', () => {
    expect(referenceInText('Order reference\n\n   #   123456 has been received')).toBeUndefined();
    expect(referenceInText('Your booking reference\u00a0is   ABC12345')).toBeUndefined();
  });

  it('gives the same answer whichever whitespace separates the words', () => {
    const word = fc.constantFrom(
      'Your',
      'case',
      'number',
      'is',
      'est',
      'lautet',
      ':',
      '#',
      'Ticket',
      'ID',
      'Request',
      'Número',
      'de',
      'caso',
      'dossier',
      'Vorgangsnummer',
      'order',
      'booking',
      'reference',
      '34871265',
      'CS-2024-0042',
      '2024-118734',
      'DS88213',
      '123',
      'thanks',
      '.',
    );
    const gap = fc.constantFrom(' ', '  ', '\n', '\n\n   ', '\t', '\u00a0', ' \u00a0\n ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 20 }), (parts) => {
        const plain = parts.map(([w]) => w).join(' ');
        const spaced = parts.map(([w, g]) => w + g).join('');
        expect(referenceInText(spaced)).toBe(referenceInText(plain));
      }),
      { numRuns: 2_000 },
    );
  });

  it('searches the first REFERENCE_TEXT_LIMIT characters, which hold a whole page reading', () => {
    expect(READING_LIMITS.text).toBeLessThanOrEqual(REFERENCE_TEXT_LIMIT);
    const filler = 'x '.repeat(REFERENCE_TEXT_LIMIT);
    expect(referenceInText(`${filler.slice(0, REFERENCE_TEXT_LIMIT - 40)} Ticket 34871265`)).toBe('34871265');
    expect(referenceInText(`${filler} Ticket 34871265`)).toBeUndefined();
  });
});

describe('the other page-text entry points on hostile text', () => {
  it.each<[string, (n: number) => string, (input: string) => unknown, number]>([
    ['phonesInText: spaces after "call"', (n) => `call${spaces(n)}x`, (s) => phonesInText(s, 'US'), 4_000],
    ['phonesInText: digit groups', (n) => '1 '.repeat(n), (s) => phonesInText(s, 'GB'), 4_000],
    ['phonesInText: a run of digits', (n) => '1'.repeat(n), (s) => phonesInText(s, 'US'), 4_000],
    ['phonesInText: hyphenated groups', (n) => '800-'.repeat(n), (s) => phonesInText(s, 'US'), 4_000],
    ['phonesInText: brackets', (n) => '(1)'.repeat(n), (s) => phonesInText(s, 'US'), 4_000],
    ['phonesInText: a vanity prefix and digits', (n) => `800 ${'0'.repeat(n)}`, (s) => phonesInText(s, 'US'), 4_000],
    ['phonesInText: mixed separators', (n) => ' -:#.'.repeat(n), (s) => phonesInText(s, 'FR'), 4_000],
    [
      'labelledPhones: labels and digit groups',
      (n) => `tel ${'1 '.repeat(n)}`,
      (s) => labelledPhones(s, ['ID']),
      4_000,
    ],
    ['labelledPhones: labels in a row', (n) => 'telp: '.repeat(n), (s) => labelledPhones(s, ['ID']), 4_000],
    [
      'labelledPhones: labels and separators',
      (n) => `call${' /-.'.repeat(n)}1`,
      (s) => labelledPhones(s, ['US']),
      4_000,
    ],
    ['phoneFromTel: hyphens', (n) => `tel:+1${'-'.repeat(n)}x`, (s) => phoneFromTel(s, 'US'), 4_000],
    ['phoneFromTel: letters and digits', (n) => `tel:${'1A'.repeat(n)}`, (s) => phoneFromTel(s, 'US'), 4_000],
    ['emailsInText: dots in the domain', (n) => `a@${'b.'.repeat(n)}`, emailsInText, 4_000],
    ['emailsInText: dots in the local part', (n) => `${'a.'.repeat(n)}@`, emailsInText, 4_000],
    ['emailsInText: "@" runs', (n) => '@a'.repeat(n), emailsInText, 4_000],
    ['parseMailto: a long address', (n) => `mailto:${'a.'.repeat(n)}@${'b-'.repeat(n)}x`, parseMailto, 4_000],
    ['fold: accented text', (n) => 'é '.repeat(n), fold, 4_000],
    ['squash: mixed whitespace', (n) => ' \n\t\u00a0x'.repeat(n), squash, 4_000],
    [
      'companyHint: spaces in the title',
      (n) => `a${spaces(n)}x`,
      (s) => companyHint([], undefined, s, 'example.com'),
      4_000,
    ],
    [
      'companyHint: whitespace around separators',
      (n) => `Contact${'\u00a0 \n'.repeat(n)}|x`,
      (s) => companyHint([], s, s, 'example.com'),
      1_000,
    ],
    ['textSimilarity: dots inside a word', (n) => `a${'.'.repeat(n)}a`, (s) => textSimilarity(s, s), 4_000],
    ['pathOf: slashes in the path', (n) => `https://x.com/${'/'.repeat(n)}a`, pathOf, 4_000],
    [
      'samePost: slashes in the path',
      (n) => `https://x.com/${'/'.repeat(n)}a`,
      (s) => samePost(s, 'https://x.com/a'),
      4_000,
    ],
    ['pageKey: slashes in the path', (n) => `https://example.com/${'/'.repeat(n)}a`, pageKey, 4_000],
  ])('%s: work linear in the input', (_name, make, run, n) => {
    expectLinear(make, run, n);
  });
});

describe('judgePage on the largest reading the background accepts', () => {
  const fillers: [string, (length: number) => string][] = [
    ['spaces after labels', (length) => `Your ticket${spaces(length)}`],
    ['repeated labels', (length) => 'ticket case number is '.repeat(length)],
    ['runs of "#" and ":"', (length) => `Ticket ${'#:'.repeat(length)}`],
    ['digits and hyphens', (length) => '12-'.repeat(length)],
    ['digit groups', (length) => '1 '.repeat(length)],
    ['mixed separators', (length) => ' :#=\n\t\u00a0is-.'.repeat(length)],
    ['dots and at signs', (length) => 'a@b.'.repeat(length)],
    ['labelled numbers', (length) => 'Telp: 0813-2726-9718 / '.repeat(length)],
  ];

  function reading(fill: (length: number) => string): PageReading {
    const cut = (length: number) => fill(length).slice(0, length);
    return {
      url: `https://help.example.com/contact/thank-you/${'/'.repeat(1_900)}`,
      lang: 'en-GB',
      title: `Thank you for contacting us ${cut(READING_LIMITS.title)}`.slice(0, READING_LIMITS.title),
      siteName: cut(READING_LIMITS.title),
      jsonLd: [],
      socialMarkup: false,
      signal: true,
      headings: cut(READING_LIMITS.heading),
      status: `Thank you for contacting us ${cut(READING_LIMITS.heading)}`.slice(0, READING_LIMITS.heading),
      contactForms: 1,
      chromeForms: 0,
      chromeLinks: [],
      telLinks: Array.from({ length: READING_LIMITS.links }, () => `tel:${cut(READING_LIMITS.url - 4)}`),
      mailtoLinks: Array.from({ length: READING_LIMITS.links }, () => `mailto:${cut(READING_LIMITS.url - 7)}`),
      chatVendors: [],
      contactPointMarkup: false,
      articleMarkup: false,
      articleType: false,
      productMarkup: false,
      passwordField: false,
      buttonLabels: Array.from({ length: READING_LIMITS.buttons }, () => cut(READING_LIMITS.buttonLabel)),
      text: cut(READING_LIMITS.text),
      chromeText: cut(READING_LIMITS.chromeText),
    };
  }

  it.each(fillers)('judges a reading full of %s within a generous bound', (_name, fill) => {
    const page = reading(fill);
    expect(PageReading.safeParse(page).success).toBe(true);
    judgePage(page);
    expect(fastest(() => judgePage(page))).toBeLessThan(500);
  });
});
