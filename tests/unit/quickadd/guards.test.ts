import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { toLocalInputValue } from '../../../lib/format/time';
import { parseQuickAdd, QUICKADD_MAX_LENGTH } from '../../../lib/quickadd';
import { CHANNELS } from '../../../lib/model';
import { COMPANIES, context } from './fixtures';

describe('quick add, limits', () => {
  it('refuses an empty line and one over 500 characters with a result, not a throw', () => {
    expect(parseQuickAdd('', context())).toEqual({ ok: false, error: 'empty', max: QUICKADD_MAX_LENGTH });
    expect(parseQuickAdd(' \t\n ', context())).toEqual({ ok: false, error: 'empty', max: QUICKADD_MAX_LENGTH });
    expect(parseQuickAdd('a'.repeat(501), context())).toEqual({
      ok: false,
      error: 'too_long',
      max: QUICKADD_MAX_LENGTH,
    });
    expect(parseQuickAdd(`Called BT ${'x'.repeat(490)}`, context()).ok).toBe(true);
  });

  it('reads a pasted line break or tab as a space', () => {
    const result = parseQuickAdd('Called BT,\nno answer\t45 min', context());
    expect(result).toMatchObject({ ok: true, channel: 'phone', outcome: 'no_answer', durationMinutes: 45 });
  });

  it('asks for the channel with all eight when none is said', () => {
    const result = parseQuickAdd('BT, fixed', context());
    if (!result.ok) throw new Error('refused');
    const [question] = result.ambiguities;
    expect(question?.reason).toBe('channel_missing');
    expect(question?.options.map((o) => o.value)).toEqual([...CHANNELS]);
  });

  it('never changes the case of a reference', () => {
    for (const code of ['tm-48213', 'TM-48213', 'Tm48213x', 'ab/12/Cd']) {
      const result = parseQuickAdd(`Called BT, ref ${code}`, context());
      expect(result.ok && result.reference).toBe(code);
    }
  });

  it('asks which company when a name fits two known ones', () => {
    const companies = [...COMPANIES, { id: 'orange-es', name: 'Orange' }];
    const result = parseQuickAdd('Called Orange, no answer', context({ companies }));
    expect(result.ok && result.ambiguities.map((q) => [q.reason, q.options.map((o) => o.value)])).toEqual([
      ['company_several', ['orange', 'orange-es']],
    ]);
  });

  it('takes a company whose name is an everyday word only when written with a capital', () => {
    const companies = [...COMPANIES, { id: 'three-uk', name: 'Three UK' }];
    expect(parseQuickAdd('Called Three about roaming', context({ companies }))).toMatchObject({
      company: { id: 'three-uk' },
    });
    const lower = parseQuickAdd('called bt three times', context({ companies }));
    expect(lower).toMatchObject({ company: { id: 'bt' } });
  });

  it('finds a company in the directory by its shorter name ("T-Mobile" for "T-Mobile (US)")', () => {
    const companies = [
      { id: 't-mobile', name: 'T-Mobile (US)', domains: ['t-mobile.com'] },
      { id: 'comcast', name: 'Comcast Xfinity' },
    ];
    expect(parseQuickAdd('Called T-Mobile', context({ companies }))).toMatchObject({ company: { id: 't-mobile' } });
    const partial = parseQuickAdd('Called Comcast', context({ companies }));
    expect(partial.ok && partial.ambiguities[0]?.reason).toBe('company_partial');
  });
});

describe('quick add, cost', () => {
  // Lines built to make a backtracking pattern explode: runs of spaces, separators, digits, dots,
  // labels and date-like pieces, each at the 500-character limit.
  const hostile = [
    ' '.repeat(500),
    `ref${' '.repeat(496)}1`,
    'ref '.repeat(125),
    '1'.repeat(500),
    '1.'.repeat(250),
    '1/'.repeat(250),
    'a-'.repeat(250),
    '@'.repeat(500),
    'a@b.'.repeat(125),
    '+0 '.repeat(166),
    'Called '.repeat(71),
    'Mr '.repeat(166),
    'by the end of '.repeat(35),
    'Priya then '.repeat(45),
    '12/11 at 3 '.repeat(45),
    "d'attente ".repeat(50),
    'Aaaaaaaaa '.repeat(50),
  ];
  it.each(hostile.map((line) => [line.slice(0, 20), line] as const))(
    'reads a hostile line (%j…) in well under a second',
    (_, line) => {
      const started = performance.now();
      parseQuickAdd(line.slice(0, QUICKADD_MAX_LENGTH), context());
      expect(performance.now() - started).toBeLessThan(500);
    },
  );

  it('never throws, and only ever quotes the line in its notes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (line) => {
        const result = parseQuickAdd(line, context());
        if (!result.ok) return;
        // The notes collapse runs of spaces; otherwise every part is the line's own text.
        const typed = line
          .replace(/\p{Cc}/gu, ' ')
          .normalize('NFC')
          .replace(/\s+/g, ' ');
        for (const part of (result.summary ?? '').split(', ')) expect(typed).toContain(part);
        for (const q of result.ambiguities) expect(q.options.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});

describe('quick add, word salad', () => {
  // Words from every vocabulary, codes, dates and names in any order: whatever the mix, the
  // parser answers, asks only questions with real choices, and never loses a code's case.
  const pool = [
    'Called',
    'called',
    'BT',
    'Vodafone',
    'vodafon',
    'T-Mob',
    'Priya',
    'Herr',
    'Weber',
    'agent',
    'with',
    'then',
    'ref',
    'TM-48213',
    'tm-4821',
    '45',
    '45 min',
    '1h 20',
    'on hold',
    'by',
    'Fri',
    'Friday',
    'next',
    'last',
    '12/11',
    '20.06.',
    '3 March',
    'at 3',
    '3pm',
    'yesterday',
    'demain',
    'mañana',
    'morgen',
    'hace 2 días',
    'vor',
    'ago',
    'within 5 days',
    'refund',
    'credit',
    'Rückruf',
    'rappel',
    'promised',
    'will',
    'no answer',
    'hung up',
    'fixed',
    'refused',
    'transferred to',
    'wrote',
    'email',
    'chat',
    'app',
    'letter',
    'in person',
    '0800 123 456',
    'a@b.com',
    '@x',
    '#123',
    'order 998877',
    ',',
    ';',
    '.',
    '-',
    '->',
    'd’attente',
    'Telekom',
    'angerufen',
    'Llamé a',
    'Appelé',
    'el',
    'le',
    'am',
    'the',
  ];
  it('always answers, with real choices, keeping codes as typed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 30 }), (words) => {
        const line = words.join(' ');
        const result = parseQuickAdd(line, context());
        if (!result.ok) return;
        for (const q of result.ambiguities) {
          expect(q.options.length).toBeGreaterThanOrEqual(2);
          expect(new Set(q.options.map((o) => o.value)).size).toBe(q.options.length);
        }
        if (result.reference !== undefined) expect(line).toContain(result.reference);
      }),
      { numRuns: 500 },
    );
  });
});

describe('quick add, time zones', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  // Node reads TZ when it changes: each zone gets its own "Wednesday 11 June 10:30", and the
  // answers, written as wall-clock time, are the same in all of them.
  it.each(['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland', 'Europe/Berlin'])(
    'reads the same wall-clock dates in %s',
    (zone) => {
      process.env.TZ = zone;
      const now = new Date(2025, 5, 11, 10, 30).getTime();
      const local = (line: string) => {
        const r = parseQuickAdd(line, context({ now }));
        if (!r.ok) throw new Error('refused');
        return [
          r.at === undefined ? undefined : toLocalInputValue(r.at),
          r.promise ? toLocalInputValue(r.promise.dueAt) : undefined,
        ];
      };
      expect(local('Called BT yesterday at 4pm, credit by Fri')).toEqual(['2025-06-10T16:00', '2025-06-13T23:59']);
      expect(local('Telekom angerufen vor 2 Tagen, Gutschrift innerhalb von 3 Werktagen')).toEqual([
        '2025-06-09T12:00',
        '2025-06-16T23:59',
      ]);
      expect(local('Appelé Free le 3 mars, rappel demain matin')).toEqual(['2025-03-03T12:00', '2025-06-12T09:00']);
    },
  );
});
