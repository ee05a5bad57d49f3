import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaperTrailDb } from '../../../lib/db/database';
import { buildBackup, serializeBackup } from '../../../lib/exchange/backup';
import { problemText } from '../../../lib/exchange/problems';
import { ImportSession, type ImportSource } from '../../../lib/exchange/session';
import { CASE_ID, freshDb, sampleAttempt, sampleData, seed, tableCounts, textSource } from './sample';

/** A valid backup as a plain JSON value, for a test to break one thing in. */
function validFile(): Record<string, unknown> {
  const backup = buildBackup({ data: sampleData(3), scope: 'all', appVersion: '0.1.0', now: Date.UTC(2026, 10, 1) });
  return JSON.parse(serializeBackup(backup)) as Record<string, unknown>;
}

function withData(mutate: (data: Record<string, unknown[]>) => void): string {
  const file = validFile();
  mutate(file.data as Record<string, unknown[]>);
  return JSON.stringify(file);
}

function editRecord(table: string, index: number, edit: (record: Record<string, unknown>) => void): string {
  return withData((data) => edit(data[table]![index] as Record<string, unknown>));
}

const ORPHAN = '99999999-9999-4999-8999-999999999999';

type Case = [name: string, source: () => ImportSource, expected: RegExp];
const text = (s: string) => () => textSource(s);

const cases: Case[] = [
  ['a 0-byte file', () => ({ size: 0, text: () => Promise.resolve('') }), /empty \(0 bytes\)/],
  ['a file of spaces only', text('   \n  '), /empty/],
  [
    'a file over 200 MB (refused before reading)',
    () => ({ size: 201 * 1024 * 1024, text: () => Promise.reject(new Error('must not read')) }),
    /201\.0 MB.*200\.0 MB/,
  ],
  ['an unreadable file', () => ({ size: 10, text: () => Promise.reject(new Error('gone')) }), /could not be read/],
  [
    'truncated JSON',
    text(serializeBackup(buildBackup({ data: sampleData(3), scope: 'all', appVersion: '1', now: 1 })).slice(0, 300)),
    /not valid JSON/,
  ],
  ['a non-JSON file (CSV)', text('case_id,title\n1,Overcharged\n'), /not valid JSON/],
  ['a non-JSON file (binary)', text('\u0089PNG\r\n\u001a\n\u0000\u0000'), /not valid JSON/],
  ['a JSON array', text('[]'), /not a Paper Trail backup/],
  ['a JSON string', text('"paper-trail-backup"'), /not a Paper Trail backup/],
  ['JSON null', text('null'), /not a Paper Trail backup/],
  [
    'a wrong format name',
    text(JSON.stringify({ ...validFile(), format: 'other-app-backup' })),
    /^format: expected "paper-trail-backup" but got "other-app-backup"/,
  ],
  [
    'no format at all',
    text(JSON.stringify({ ...validFile(), format: undefined })),
    /^format: expected "paper-trail-backup" but got nothing/,
  ],
  ['a newer version', text(JSON.stringify({ ...validFile(), version: 3 })), /^version: .*format version 3.*newer/],
  [
    'a version that is text',
    text(JSON.stringify({ ...validFile(), version: '1' })),
    /^version: expected a version number but got "1"/,
  ],
  ['a negative version', text(JSON.stringify({ ...validFile(), version: -1 })), /^version: expected a version number/],
  [
    'an unknown attempt channel',
    text(editRecord('attempts', 2, (a) => (a.channel = 'fax'))),
    /^attempts\[2\]\.channel: expected one of phone, email, web_form, .* but got "fax"/,
  ],
  [
    'a timestamp as text',
    text(editRecord('attempts', 0, (a) => (a.at = '2026-10-01'))),
    /^attempts\[0\]\.at: expected a number but got "2026-10-01"/,
  ],
  [
    'a fractional timestamp',
    text(editRecord('attempts', 1, (a) => (a.at = 1.5))),
    /^attempts\[1\]\.at: expected a whole number but got 1\.5/,
  ],
  [
    'a missing required field',
    text(editRecord('cases', 0, (c) => delete c.title)),
    /^cases\[0\]\.title: missing: expected text/,
  ],
  [
    'an unknown field',
    text(editRecord('responses', 0, (r) => (r.mood = 'angry'))),
    /^responses\[0\]: unexpected field "mood"/,
  ],
  [
    'a string of megabytes',
    text(editRecord('attempts', 0, (a) => (a.summary = 'x'.repeat(3 * 1024 * 1024)))),
    /^attempts\[0\]\.summary: expected at most 5000 characters but got "x{40}…" \(3145728 characters\)/,
  ],
  [
    'a bad id',
    text(editRecord('cases', 0, (c) => (c.id = 'case-1'))),
    /^cases\[0\]\.id: expected a UUID but got "case-1"/,
  ],
  [
    'a javascript: URL',
    text(editRecord('attempts', 0, (a) => (a.pageUrl = 'javascript:alert(1)'))),
    /^attempts\[0\]\.pageUrl: .*http, https, mailto or tel.*javascript:alert\(1\)/,
  ],
  [
    'an end before the start',
    text(editRecord('attempts', 0, (a) => (a.endedAt = 5))),
    /^attempts\[0\]\.endedAt: the end must not be before the start/,
  ],
  [
    'a directory company',
    text(editRecord('companies', 0, (c) => (c.source = 'directory'))),
    /^companies\[0\]\.source: expected one of user, auto but got "directory"/,
  ],
  [
    'a table that is not a list',
    text(withData((d) => ((d as Record<string, unknown>).attempts = { 0: sampleAttempt(0) }))),
    /^attempts: expected a list but got an object/,
  ],
  ['a missing table', text(withData((d) => delete d.responses)), /^responses: missing: expected a list/],
  [
    'a __proto__ key',
    text(
      serializeBackup(buildBackup({ data: sampleData(1), scope: 'all', appVersion: '1', now: 1 })).replace(
        '"format"',
        '"__proto__": {"polluted": true}, "format"',
      ),
    ),
    /"__proto__"/,
  ],
  [
    'a constructor key deep inside a record',
    text(editRecord('attempts', 0, (a) => (a.promise = { text: 'x', dueAt: 1, constructor: { prototype: {} } }))),
    /"(constructor|prototype)"/,
  ],
  ['a prototype key', text('{"format":"paper-trail-backup","version":1,"prototype":1}'), /"prototype"/],
  [
    'a duplicate id in one table',
    text(withData((d) => d.attempts!.push({ ...(d.attempts![0] as object) }))),
    /^attempts\[3\]\.id: the id a0000000-0000-4000-8000-000000000000 appears twice \(first at attempts\[0\]\)/,
  ],
  [
    'an attempt pointing at a case that does not exist',
    text(editRecord('attempts', 1, (a) => (a.caseId = ORPHAN))),
    new RegExp(`^attempts\\[1\\]\\.caseId: points at case ${ORPHAN}`),
  ],
  [
    'a response pointing at a post that does not exist',
    text(editRecord('responses', 0, (r) => (r.escalationId = ORPHAN))),
    /^responses\[0\]\.escalationId: points at post/,
  ],
  [
    'an escalation with no parts',
    text(editRecord('escalations', 0, (e) => (e.parts = []))),
    /^escalations\[0\]\.parts: expected at least 1 items but got a list of 0/,
  ],
  [
    "a posted part beyond the post's parts",
    text(
      editRecord(
        'escalations',
        0,
        (e) =>
          (e.postedParts = [
            { index: 0, at: 1 },
            { index: 7, at: 2 },
          ]),
      ),
    ),
    /^escalations\[0\]\.postedParts: lists part 7 as posted twice or beyond its \d+ parts/,
  ],
  [
    'the same part posted twice',
    text(
      editRecord(
        'escalations',
        0,
        (e) =>
          (e.postedParts = [
            { index: 0, at: 1 },
            { index: 0, at: 2 },
          ]),
      ),
    ),
    /^escalations\[0\]\.postedParts: lists part 0 as posted twice/,
  ],
  [
    'a posted part with a javascript: link',
    text(editRecord('escalations', 0, (e) => (e.postedParts = [{ index: 0, at: 1, url: 'javascript:alert(1)' }]))),
    /^escalations\[0\]\.postedParts\[0\]\.url: /,
  ],
  [
    'a currency that is not a code',
    text(editRecord('cases', 0, (c) => (c.amount = { value: 5, currency: 'dollars' }))),
    /^cases\[0\]\.amount\.currency: expected a three-letter currency code/,
  ],
  [
    'a version-0 file with a bad agent',
    text(
      JSON.stringify({
        format: 'paper-trail-backup',
        version: 0,
        exportedAt: 1,
        data: {
          cases: [],
          attempts: [{ ...sampleAttempt(0), agents: undefined, agent: 42 }],
          escalations: [],
          responses: [],
        },
      }),
    ),
    /^attempts\[0\]\.agents: expected a list but got 42/,
  ],
  [
    'a version-0 file without its tables',
    text(JSON.stringify({ format: 'paper-trail-backup', version: 0, exportedAt: 1 })),
    /^data: missing/,
  ],
  [
    'settings of the wrong shape',
    text(JSON.stringify({ ...validFile(), settings: { autoLog: 'yes' } })),
    /^settings\.autoLog: expected true or false but got "yes"/,
  ],
];

describe('a malformed file is refused with a precise reason and writes nothing', () => {
  let db: PaperTrailDb;
  beforeEach(async () => {
    db = await freshDb();
    // Pre-existing data that must survive every bad import untouched.
    await seed(db, sampleData(5));
  });
  afterEach(() => db.close());

  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases)('%s', async (_name, source, expected) => {
    const before = await tableCounts(db);
    const snapshot = await db.attempts.toArray();
    const session = new ImportSession(db, { appVersion: '0.1.0' });
    const result = await session.load(source());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(problemText).join('\n')).toMatch(expected);
    // Committing after a refusal writes nothing either.
    expect((await session.commit('replace', { now: 1 })).ok).toBe(false);
    expect(await tableCounts(db)).toEqual(before);
    expect(await db.attempts.toArray()).toEqual(snapshot);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the seeded case is still there', async () => expect(await db.cases.get(CASE_ID)).toBeDefined());
});
