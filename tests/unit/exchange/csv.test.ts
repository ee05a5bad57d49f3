import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvCell,
  FORMULA_TRIGGER,
  localTime,
  neutralizeCell,
  timelineCsv,
  timelineCsvParts,
  timelineRows,
  toCsv,
  unneutralizeCell,
  utcTime,
} from '../../../lib/exchange/csv';
import { sampleAttempt, sampleData, T0 } from './sample';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n' }).data;

describe('CSV formula injection', () => {
  const table: Array<[payload: string, neutralised: boolean]> = [
    ['=HYPERLINK("https://evil.example","click")', true],
    ['=1+1', true],
    ['+1-555-0100', true],
    ['-2+3', true],
    ['@SUM(A1:A2)', true],
    ['\t=1+1', true],
    ['\r=1+1', true],
    ['\0=1', true],
    ["=cmd|' /C calc'!A0\nsecond line", true],
    ['＝1+1', true],
    ["'=already quoted", true],
    ['Sam', false],
    ['REF 12=3', false],
    ["it's fine", false],
    ['', false],
  ];

  it.each(table)('%j', (payload, neutralised) => {
    const rows = [CSV_COLUMNS.map(() => payload)];
    const [, cells] = parse(toCsv(rows));
    for (const cell of cells ?? []) {
      expect(cell).toBe(neutralised ? `'${payload}` : payload);
      expect(unneutralizeCell(cell)).toBe(payload);
    }
  });

  it('never starts a cell with a trigger character in the file', () => {
    const rows = [['=1', '+1', '-1', '@1', '\t1', '\r1', '\0' + '1']];
    const [, cells] = parse(toCsv(rows));
    for (const cell of cells ?? []) expect(cell).toMatch(/^'/);
  });
});

describe('CSV timeline', () => {
  it('has one row per attempt, post and response, with case and company columns, in time order', () => {
    const data = sampleData(3);
    const rows = timelineRows(data, (id) => (id === 'acme-mobile' ? 'Acme Mobile' : undefined));
    expect(rows.map((r) => r[CSV_COLUMNS.indexOf('event')])).toEqual([
      'attempt',
      'attempt',
      'attempt',
      'post',
      'response',
    ]);
    const first = rows[0]!;
    expect(first[CSV_COLUMNS.indexOf('case_title')]).toBe('Overcharged $110');
    expect(first[CSV_COLUMNS.indexOf('company_name')]).toBe('Acme Mobile');
    expect(first[CSV_COLUMNS.indexOf('time_utc')]).toBe('2026-10-01T09:00:00.000Z');
    expect(first[CSV_COLUMNS.indexOf('time_local')]).toBe(localTime(T0));
  });

  it('writes local time in ISO 8601 with the offset', () => {
    expect(localTime(T0)).toMatch(/^2026-10-0[12]T\d\d:00:00[+-]\d\d:\d\d$/);
    expect(new Date(localTime(T0)).getTime()).toBe(T0);
    expect(utcTime(undefined)).toBe('');
  });

  it('is UTF-8 with a BOM by default, without when asked, and CRLF-terminated (RFC 4180)', () => {
    const data = sampleData(1);
    data.attempts[0] = sampleAttempt(0, { summary: 'Line one\r\nLine "two", with comma — ünïcödé 📞' });
    const csv = timelineCsv(data, () => 'Acme');
    expect(csv.startsWith('\uFEFFcase_id,')).toBe(true);
    expect(timelineCsv(data, () => 'Acme', { bom: false }).startsWith('case_id,')).toBe(true);
    expect(csv).toContain('"Line one\r\nLine ""two"", with comma — ünïcödé 📞"');
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('parses back (papaparse) to the same cells after un-neutralising', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: 'binary', maxLength: 12 }), {
            minLength: CSV_COLUMNS.length,
            maxLength: CSV_COLUMNS.length,
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (rows) => {
          const back = parse(toCsv(rows))
            .slice(1)
            .map((r) => r.map(unneutralizeCell));
          expect(back).toEqual(rows);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it('neutralise and un-neutralise are inverse', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 8 }), (s) => unneutralizeCell(neutralizeCell(s)) === s),
      { numRuns: 500 },
    );
  });

  it('writes UTC times exactly as Date#toISOString does, for any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => utcTime(ms) === new Date(ms).toISOString()),
      { numRuns: 2_000 },
    );
    for (const ms of [0, -1, 86_399_999, 86_400_000, T0 + 7, Date.UTC(2028, 1, 29, 23, 59, 59, 999)])
      expect(utcTime(ms)).toBe(new Date(ms).toISOString());
    expect(() => utcTime(Number.NaN)).toThrow(RangeError);
  });

  it('builds the file in batches with the same bytes as quoting every row at once', () => {
    const data = sampleData(4_500);
    data.attempts = data.attempts.map((a, i) => (i % 5 === 0 ? { ...a, summary: `=1+${i}, "quoted"\r\nnext` } : a));
    const names = (id: string) => (id === 'acme-mobile' ? 'Acme, Mobile' : undefined);
    const parts = timelineCsvParts(data, names);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.join('')).toBe(toCsv(timelineRows(data, names)));
    expect(timelineCsvParts(data, names, { bom: false }).join('')).toBe(
      toCsv(timelineRows(data, names), { bom: false }),
    );
    expect(timelineCsv({ ...data, attempts: [], escalations: [], responses: [] }, names)).toBe(
      `\uFEFF${CSV_COLUMNS.join(',')}`,
    );
  });

  it('writes each cell exactly as papaparse would (quotes, formula neutralisation, spaces, BOM)', () => {
    const papaCell = (cell: string) => Papa.unparse([[cell]], { newline: '\r\n', escapeFormulae: FORMULA_TRIGGER });
    const awkward = fc.constantFrom(
      '"',
      ',',
      '\r',
      '\n',
      '\uFEFF',
      ' ',
      "'",
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\0',
      '＝',
      '＠',
      'a',
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: awkward, maxLength: 8 })),
        (cell) => {
          expect(csvCell(cell)).toBe(papaCell(cell));
        },
      ),
      { numRuns: 2_000 },
    );
    for (const cell of [' lead', 'trail ', '', 'plain', '=1', '"q"', 'a,b']) expect(csvCell(cell)).toBe(papaCell(cell));
  });
});
