import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { BackupData } from '../../../lib/exchange/backup';
import { CSV_COLUMNS, timelineCsv, unneutralizeCell } from '../../../lib/exchange/csv';
import { stories, type Story } from '../../fixtures/stories';
import { sampleAttempt, sampleData, sampleEscalation, T0 } from './sample';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** The file read back the way a spreadsheet script would: by column name, cells un-neutralised. */
function readBack(data: BackupData): Row[] {
  const csv = timelineCsv(data, () => 'Company');
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
  return parsed.data.map(
    (row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unneutralizeCell(v)])) as Row,
  );
}

// Company names come from the name lookup (readBack), as for directory companies in a real export.
const storyData = (s: Story): BackupData => ({
  companies: [],
  cases: [s.caseRecord],
  attempts: [...s.attempts],
  escalations: [...s.escalations],
  responses: [...s.responses],
});

describe('CSV: every fact of an attempt', () => {
  it('keeps the columns in their old places and adds subject, recipient, number dialled, hold time and reply at the end', () => {
    expect(CSV_COLUMNS.slice(0, 19)).toEqual([
      'case_id',
      'case_title',
      'company_id',
      'company_name',
      'event',
      'event_id',
      'time_utc',
      'time_local',
      'end_utc',
      'end_local',
      'channel',
      'outcome',
      'who',
      'reference',
      'summary',
      'promise',
      'promise_due_utc',
      'url',
      'source',
    ]);
    expect(CSV_COLUMNS.slice(19)).toEqual([
      'subject',
      'recipient',
      'number_dialled',
      'hold_seconds',
      'replied_utc',
      'attachments',
    ]);
  });

  it('eight calls: the number dialled and the hold time in seconds on every call', () => {
    const rows = readBack(storyData(stories.eightCalls));
    expect(rows).toHaveLength(8);
    for (const row of rows)
      expect([row.number_dialled, row.recipient, row.hold_seconds]).toEqual(['+1 800 937 8997', '', '600']);
    expect(rows.map((r) => r.who)).toEqual(['Maria', 'Jon', 'Priya', 'Luis', 'Dana', 'Kev', 'Sam', 'Ana']);
  });

  it('etiquette: the email subject survives', () => {
    const [email] = readBack(storyData(stories.etiquette));
    expect([email?.channel, email?.subject, email?.reference]).toEqual(['email', 'Late order', 'NP-204331']);
  });

  it('an email: subject, recipient and when the reply came; a form: its subject and form name', () => {
    const data = sampleData(0);
    data.escalations = [];
    data.responses = [];
    data.attempts = [
      sampleAttempt(1, {
        channel: 'email',
        contact: 'complaints@acme.example',
        subject: '=Refund of $110, again',
        repliedAt: T0 + 50 * 3_600_000,
      }),
      sampleAttempt(3, { channel: 'web_form', contact: 'acme.example/contact', subject: 'Billing' }),
    ];
    const [email, form] = readBack(data);
    expect([email?.subject, email?.recipient, email?.number_dialled, email?.hold_seconds, email?.replied_utc]).toEqual([
      '=Refund of $110, again',
      'complaints@acme.example',
      '',
      '',
      '2026-10-03T11:00:00.000Z',
    ]);
    expect([form?.subject, form?.recipient]).toEqual(['Billing', 'acme.example/contact']);
  });

  it("every story: each attempt's subject, contact and hold time are in its row", () => {
    for (const story of Object.values(stories)) {
      const rows = readBack(storyData(story));
      for (const a of story.attempts) {
        const row = rows.find((r) => r.event_id === a.id)!;
        expect(row.subject).toBe(a.subject ?? '');
        expect(a.channel === 'phone' ? row.number_dialled : row.recipient).toBe(a.contact ?? '');
        expect(row.hold_seconds).toBe(a.holdSeconds === undefined ? '' : String(a.holdSeconds));
        expect(row.outcome).toBe(a.outcome);
      }
    }
  });
});

describe('CSV: public posts', () => {
  it("a posted thread: the parts that went out, and each one's link on its own line", () => {
    const data = sampleData(0);
    data.responses = [];
    data.escalations = [
      sampleEscalation({
        parts: ['First part 1/3', 'Second part 2/3', 'Third part 3/3'],
        postUrl: 'https://x.com/me/status/1',
        postedParts: [
          { index: 0, at: T0, url: 'https://x.com/me/status/1' },
          { index: 1, at: T0, url: 'https://x.com/me/status/2' },
        ],
      }),
    ];
    const [post] = readBack(data);
    expect(post?.summary).toBe('First part 1/3\n\nSecond part 2/3');
    expect(post?.url).toBe('https://x.com/me/status/1\nhttps://x.com/me/status/2');
  });

  it('a draft keeps all its parts; a one-part post its link', () => {
    const data = sampleData(0);
    data.responses = [];
    data.escalations = [
      sampleEscalation({ status: 'draft', postedAt: undefined, parts: ['A 1/2', 'B 2/2'] }),
      sampleEscalation({ id: 'e0000000-0000-4000-8000-000000000002', postUrl: 'https://x.com/me/status/9' }),
    ];
    const rows = readBack(data);
    expect(rows.find((r) => r.outcome === 'draft')?.summary).toBe('A 1/2\n\nB 2/2');
    expect(rows.find((r) => r.outcome === 'posted')?.url).toBe('https://x.com/me/status/9');
  });
});
