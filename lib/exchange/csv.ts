import Papa from 'papaparse';
import type { Attempt, Escalation, Response } from '../model';
import type { BackupData } from './backup';

/** One row per timeline event; machine-friendly names so spreadsheets and scripts can rely on them. */
export const CSV_COLUMNS = [
  'case_id', 'case_title', 'company_id', 'company_name', 'event', 'event_id',
  'time_utc', 'time_local', 'end_utc', 'end_local', 'channel', 'outcome', 'who', 'reference',
  'summary', 'promise', 'promise_due_utc', 'url', 'source',
] as const;

/**
 * Cells a spreadsheet could run as a formula (= + - @, tab, CR, NUL; full-width forms too, which
 * some spreadsheets fold to ASCII). Leading apostrophes are included so that neutralising (one
 * more "'") can always be undone exactly.
 */
export const FORMULA_TRIGGER = /^'*[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutralizeCell(cell: string): string {
  return FORMULA_TRIGGER.test(cell) ? `'${cell}` : cell;
}

/** The inverse of neutralizeCell, for reading our own CSV back. */
export function unneutralizeCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_TRIGGER.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function pad(n: number, width = 2): string {
  return String(Math.trunc(Math.abs(n))).padStart(width, '0');
}

/** ISO 8601 in UTC, e.g. 2026-10-01T09:00:00.000Z. */
export function utcTime(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms).toISOString();
}

/** ISO 8601 in the computer's time zone with its offset, e.g. 2026-10-01T11:00:00+02:00. */
export function localTime(ms: number | undefined): string {
  if (ms === undefined) return '';
  const offset = -new Date(ms).getTimezoneOffset();
  // The instant shifted by the offset, printed as UTC, reads as local wall-clock time.
  const wall = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  return `${wall}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

type Column = (typeof CSV_COLUMNS)[number];
type Cells = Partial<Record<Column, string>>;

function attemptCells(a: Attempt): Cells {
  return {
    event: 'attempt', event_id: a.id, time_utc: utcTime(a.at), time_local: localTime(a.at),
    end_utc: utcTime(a.endedAt), end_local: localTime(a.endedAt), channel: a.channel, outcome: a.outcome,
    who: a.agents.join('; '), reference: a.reference ?? '', summary: a.summary ?? '',
    promise: a.promise?.text ?? '', promise_due_utc: utcTime(a.promise?.dueAt), url: a.pageUrl ?? '', source: a.source,
  };
}

function postCells(e: Escalation): Cells {
  const at = e.postedAt ?? e.createdAt;
  return {
    event: 'post', event_id: e.id, time_utc: utcTime(at), time_local: localTime(at), channel: e.platform,
    outcome: e.status, who: `@${e.handle}`, summary: e.parts.join('\n\n'), url: e.postUrl ?? '',
  };
}

function responseCells(r: Response): Cells {
  const kept = r.promiseKept === undefined ? '' : r.promiseKept ? 'promise kept' : 'promise broken';
  return {
    event: 'response', event_id: r.id, time_utc: utcTime(r.at), time_local: localTime(r.at), channel: r.kind,
    outcome: kept, who: r.by ?? '', summary: r.note ?? '', promise: r.promise?.text ?? '',
    promise_due_utc: utcTime(r.promise?.dueAt), url: r.url ?? '', source: r.source,
  };
}

/** The timeline as rows of cells (not yet neutralised), ordered by case, then time. */
export function timelineRows(data: BackupData, companyName: (id: string) => string | undefined): string[][] {
  // The four case columns are the same for every event of a case: computed once per case.
  const caseColumns = new Map<string, string[]>();
  for (const c of data.cases) caseColumns.set(c.id, [c.id, c.title, c.companyId, companyName(c.companyId) ?? c.companyId]);
  const events: Array<{ caseId: string; at: number; cells: () => Cells }> = [
    ...data.attempts.map((a) => ({ caseId: a.caseId, at: a.at, cells: () => attemptCells(a) })),
    ...data.escalations.map((e) => ({ caseId: e.caseId, at: e.postedAt ?? e.createdAt, cells: () => postCells(e) })),
    ...data.responses.map((r) => ({ caseId: r.caseId, at: r.at, cells: () => responseCells(r) })),
  ];
  events.sort((x, y) => (x.caseId === y.caseId ? x.at - y.at : x.caseId < y.caseId ? -1 : 1));
  return events.map(({ caseId, cells }) => {
    const row = new Array<string>(CSV_COLUMNS.length).fill('');
    const head = caseColumns.get(caseId) ?? [caseId, '', '', ''];
    for (let i = 0; i < head.length; i++) row[i] = head[i] ?? '';
    const filled = cells();
    CSV_COLUMNS.forEach((column, index) => {
      const value = filled[column];
      if (value !== undefined) row[index] = value;
    });
    return row;
  });
}

export interface CsvOptions {
  /** A UTF-8 byte-order mark, so Excel reads accents and emoji correctly. On by default. */
  bom?: boolean;
}

/** RFC 4180 (CRLF, quotes doubled) with every formula-like cell neutralised. */
export function toCsv(rows: readonly string[][], { bom = true }: CsvOptions = {}): string {
  const csv = Papa.unparse([[...CSV_COLUMNS], ...rows], {
    newline: '\r\n',
    // papaparse's own default pattern misses NUL and cells with a line break after the
    // trigger; ours covers both (see FORMULA_TRIGGER).
    escapeFormulae: FORMULA_TRIGGER,
  });
  return bom ? `\uFEFF${csv}` : csv;
}

export function timelineCsv(data: BackupData, companyName: (id: string) => string | undefined, options?: CsvOptions): string {
  return toCsv(timelineRows(data, companyName), options);
}
