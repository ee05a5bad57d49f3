import fc from 'fast-check';
import { countPost } from '../../../lib/compose/count';
import { joinThread, sentencesOf, splitPost } from '../../../lib/compose/split';
import type { Platform } from '../../../lib/model';

const THREADED: Platform[] = ['x', 'bluesky', 'mastodon', 'threads'];

const word = fc.oneof(
  fc.constantFrom(
    'refund',
    'billing',
    'promised',
    'agent',
    'call',
    'Nov',
    '日本',
    'café',
    '👍🏽',
    'still',
    'waiting.',
    'why?',
  ),
  fc.stringMatching(/^[a-z]{1,12}$/),
  fc.stringMatching(/^[a-z]{30,60}$/),
  fc.nat(999).map((n) => `https://example.com/p/${n}/${'x'.repeat(n % 90)}`),
  fc.stringMatching(/^@[A-Za-z0-9_]{1,15}$/),
  fc.stringMatching(/^@[a-z]{2,10}@[a-z]{2,8}\.social$/),
);
const text = fc.array(word, { minLength: 1, maxLength: 160 }).map((ws) => ws.join(' '));

const suffix = / \d+\/\d+$/u;
const tokens = (s: string) => s.split(/\s+/u).filter(Boolean);

describe('splitPost', () => {
  it('keeps a post that fits as it is', () => {
    expect(splitPost('x', 'Short and sweet.')).toEqual(['Short and sweet.']);
  });

  it('splits at sentences first, numbering the parts', () => {
    const s = `@Help ${'First sentence is here. '.repeat(14)}Second part starts.`;
    const parts = splitPost('x', s);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]).toMatch(/^@Help /u);
    parts.forEach((p, i) => expect(p.endsWith(` ${i + 1}/${parts.length}`)).toBe(true));
    expect(parts[0]!.replace(suffix, '')).toMatch(/\.$/u);
  });

  it('does not cut sentences inside a link', () => {
    expect(sentencesOf('See https://example.com/a. b and more. Then this.')).toEqual([
      'See https://example.com/a.',
      'b and more.',
      'Then this.',
    ]);
  });

  it('every part fits, nothing is lost, and no link or mention is broken (property)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...THREADED), (t, platform) => {
        const parts = splitPost(platform, t);
        for (const p of parts) {
          const alone = tokens(p.replace(suffix, ''));
          const oversizedLink = alone.length === 1 && /^https?:/u.test(alone[0]!);
          if (!oversizedLink) expect(countPost(platform, p).fits).toBe(true);
        }
        const rejoined = parts.length === 1 ? tokens(parts[0]!) : parts.flatMap((p) => tokens(p.replace(suffix, '')));
        // Words come back in order; long plain words may have been cut, links and mentions never.
        expect(rejoined.join('')).toBe(tokens(t).join(''));
        for (const w of tokens(t)) if (/^(?:https?:|@)/u.test(w)) expect(rejoined).toContain(w);
      }),
      { numRuns: 150 },
    );
  });
});

describe('joinThread', () => {
  it('undoes the numbering so an edited thread can be split again', () => {
    const text = `@Help ${'One more sentence here. '.repeat(20)}`.trim();
    const parts = splitPost('x', text);
    expect(joinThread(parts)).toBe(text);
    expect(splitPost('x', joinThread(parts))).toEqual(parts);
  });
});
