import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, timelineCsv, unneutralizeCell } from '../../../lib/exchange/csv';
import type { Attachment } from '../../../lib/model';
import { sampleData, T0 } from './sample';
import { sampleFiles } from './zip-fixtures';

let attachments: Attachment[];
beforeAll(async () => {
  attachments = (await sampleFiles()).map((f) => f.attachment);
});

function rows(extra: Attachment[] = []): Array<Record<string, string>> {
  const csv = timelineCsv({ ...sampleData(3), attachments: [...attachments, ...extra] }, () => 'Acme Mobile');
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unneutralizeCell(v)])));
}

describe('CSV: attachments', () => {
  it('is the last column', () => expect(CSV_COLUMNS.at(-1)).toBe('attachments'));

  it('names an attempt’s and a response’s files on their rows, one per line, in the order they were added', () => {
    const second: Attachment = {
      ...attachments[0]!,
      id: 'b1000000-0000-4000-8000-000000000009',
      name: '=second.png',
      createdAt: T0 + 9_999_999,
    };
    const found = rows([second]);
    const attempt = found.find((r) => r.event === 'attempt' && r.event_id === attachments[0]!.ownerId);
    expect(attempt?.attachments).toBe('chat.png\n=second.png');
    expect(found.find((r) => r.event === 'response')?.attachments).toBe('transcript.txt');
    expect(
      found.filter((r) => r.event === 'attempt' && r.event_id !== attachments[0]!.ownerId).map((r) => r.attachments),
    ).toEqual(['', '']);
  });

  it('gives a file attached to the case as a whole a row of its own, at the time it was added', () => {
    const caseRow = rows().find((r) => r.event === 'attachment');
    expect(caseRow).toMatchObject({
      event_id: attachments[1]!.id,
      attachments: 'bill october.pdf',
      case_title: 'Overcharged $110',
      time_utc: new Date(attachments[1]!.createdAt).toISOString(),
    });
  });

  it('adds no rows and leaves the column empty without attachments', () => {
    const csv = timelineCsv(sampleData(3), () => 'Acme Mobile');
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, newline: '\r\n' });
    expect(parsed.data).toHaveLength(5);
    expect(parsed.data.every((r) => r.attachments === '')).toBe(true);
  });
});
