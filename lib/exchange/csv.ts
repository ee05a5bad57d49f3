import Papa from 'papaparse';
import type { Attachment, Attempt, Escalation, Response } from '../model';
import type { BackupData } from './backup';
import { publishedParts } from './post-parts';
import { DAY } from '../time-units';

/**
 * One row per timeline event; machine-friendly names so spreadsheets and scripts can rely on them.
 * Columns added later go at the end, so a script that reads columns by position keeps working.
 */
export const CSV_COLUMNS = [
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
  // Hold time in whole seconds: a number a spreadsheet can sum, unlike "0:10:00".
  'subject',
  'recipient',
  'number_dialled',
  'hold_seconds',
  'replied_utc',
  // The names of the files attached to the event, one per line.
  'attachments',
] as const;

/** What the CSV is made from: the records and, when there are any, the attachments' descriptions. */
export type TimelineData = BackupData & { attachments?: readonly Attachment[] };

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

/** The largest instant a Date can hold (ECMAScript TimeClip). */
const MAX_INSTANT = 8.64e15;
/** "00".."99": two-digit fields without padStart per cell (100,000 rows have 4 times each). */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
/**
 * "YYYY-MM-DD" per day since the epoch. A history spans a few thousand days at most, so the
 * calendar arithmetic (Date#toISOString) runs once per day, not once per cell.
 */
const dayPrefixes = new Map<number, string>();

function dayPrefix(day: number): string {
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, -14);
    dayPrefixes.set(day, prefix);
  }
  return prefix;
}

/** Date#toISOString's text, from a cached day prefix and integer arithmetic for the time of day. */
function isoText(instant: number, withMillis: boolean): string {
  // NaN and out-of-range instants: let Date throw its own RangeError, as before.
  if (!(Math.abs(instant) <= MAX_INSTANT)) return new Date(instant).toISOString();
  const ms = Math.trunc(instant); // as Date does
  const day = Math.floor(ms / DAY);
  const inDay = ms - day * DAY;
  const seconds = Math.floor(inDay / 1000);
  const time = `${TWO_DIGITS[Math.floor(seconds / 3600)]}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]}:${TWO_DIGITS[seconds % 60]}`;
  if (!withMillis) return `${dayPrefix(day)}T${time}`;
  const millis = Math.floor(inDay - seconds * 1000);
  return `${dayPrefix(day)}T${time}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}

/** ISO 8601 in UTC, e.g. 2026-10-01T09:00:00.000Z (exactly Date#toISOString). */
export function utcTime(ms: number | undefined): string {
  return ms === undefined ? '' : isoText(ms, true);
}

/** ISO 8601 in the computer's time zone with its offset, e.g. 2026-10-01T11:00:00+02:00. */
export function localTime(ms: number | undefined): string {
  if (ms === undefined) return '';
  const offset = -new Date(ms).getTimezoneOffset();
  // The instant shifted by the offset, printed as UTC, reads as local wall-clock time.
  const wall = isoText(ms + offset * 60_000, false);
  const sign = offset >= 0 ? '+' : '-';
  return `${wall}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

const column = Object.fromEntries(CSV_COLUMNS.map((name, index) => [name, index])) as Record<
  (typeof CSV_COLUMNS)[number],
  number
>;

/** A row with the case columns filled in and every other cell empty. */
function rowOf(head: readonly string[]): string[] {
  const row = new Array<string>(CSV_COLUMNS.length).fill('');
  for (let i = 0; i < head.length; i++) row[i] = head[i] ?? '';
  return row;
}

/** A row for one timeline event: the case columns, what the event is, and when (UTC and local). */
function eventRow(head: readonly string[], event: string, id: string, at: number): string[] {
  const row = rowOf(head);
  row[column.event] = event;
  row[column.event_id] = id;
  row[column.time_utc] = utcTime(at);
  row[column.time_local] = localTime(at);
  return row;
}

function attemptRow(a: Attempt, head: readonly string[]): string[] {
  const row = eventRow(head, 'attempt', a.id, a.at);
  row[column.end_utc] = utcTime(a.endedAt);
  row[column.end_local] = localTime(a.endedAt);
  row[column.channel] = a.channel;
  row[column.outcome] = a.outcome;
  row[column.who] = a.agents.join('; ');
  row[column.reference] = a.reference ?? '';
  row[column.summary] = a.summary ?? '';
  row[column.promise] = a.promise?.text ?? '';
  row[column.promise_due_utc] = utcTime(a.promise?.dueAt);
  row[column.url] = a.pageUrl ?? '';
  row[column.source] = a.source;
  row[column.subject] = a.subject ?? '';
  // The "contact" field is the number on a call and the address, form or account elsewhere.
  if (a.channel === 'phone') row[column.number_dialled] = a.contact ?? '';
  else row[column.recipient] = a.contact ?? '';
  row[column.hold_seconds] = a.holdSeconds === undefined ? '' : String(a.holdSeconds);
  row[column.replied_utc] = utcTime(a.repliedAt);
  return row;
}

function postRow(e: Escalation, head: readonly string[]): string[] {
  const row = eventRow(head, 'post', e.id, e.postedAt ?? e.createdAt);
  row[column.channel] = e.platform;
  row[column.outcome] = e.status;
  row[column.who] = `@${e.handle}`;
  // A posted thread: the parts that went out (as posted, counters included) and each one's link,
  // one per line. A draft: all its parts.
  const parts = e.status === 'posted' ? publishedParts(e) : e.parts.map((_, index) => ({ index, url: undefined }));
  row[column.summary] = parts.map((p) => e.parts[p.index] ?? '').join('\n\n');
  const urls = parts.flatMap((p) => (p.url ? [p.url] : []));
  row[column.url] = urls.length ? urls.join('\n') : (e.postUrl ?? '');
  return row;
}

function responseRow(r: Response, head: readonly string[]): string[] {
  const row = eventRow(head, 'response', r.id, r.at);
  row[column.channel] = r.kind;
  row[column.outcome] = r.promiseKept === undefined ? '' : r.promiseKept ? 'promise kept' : 'promise broken';
  row[column.who] = r.by ?? '';
  row[column.summary] = r.note ?? '';
  row[column.promise] = r.promise?.text ?? '';
  row[column.promise_due_utc] = utcTime(r.promise?.dueAt);
  row[column.url] = r.url ?? '';
  row[column.source] = r.source;
  return row;
}

/** A file attached to the case as a whole: a row of its own, at the time it was added. */
function caseAttachmentRow(attachment: Attachment, head: readonly string[]): string[] {
  return eventRow(head, 'attachment', attachment.id, attachment.createdAt);
}

type TimelineEvent =
  | { kind: 'attempt'; caseId: string; at: number; record: Attempt }
  | { kind: 'post'; caseId: string; at: number; record: Escalation }
  | { kind: 'response'; caseId: string; at: number; record: Response }
  | { kind: 'attachment'; caseId: string; at: number; record: Attachment };

/** Timeline events in file order: by case, then time. */
function timelineEvents(data: TimelineData): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const a of data.attempts) events.push({ kind: 'attempt', caseId: a.caseId, at: a.at, record: a });
  for (const e of data.escalations)
    events.push({ kind: 'post', caseId: e.caseId, at: e.postedAt ?? e.createdAt, record: e });
  for (const r of data.responses) events.push({ kind: 'response', caseId: r.caseId, at: r.at, record: r });
  for (const f of data.attachments ?? [])
    if (f.ownerType === 'case') events.push({ kind: 'attachment', caseId: f.caseId, at: f.createdAt, record: f });
  return events.sort((x, y) => (x.caseId === y.caseId ? x.at - y.at : x.caseId < y.caseId ? -1 : 1));
}

/** Attachment names per attempt or response id, in the order they were added. */
function attachmentNames(data: TimelineData): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const sorted = [...(data.attachments ?? [])].sort((a, b) => a.createdAt - b.createdAt);
  for (const f of sorted) {
    const key = f.ownerType === 'case' ? f.id : f.ownerId;
    const list = names.get(key);
    if (list) list.push(f.name);
    else names.set(key, [f.name]);
  }
  return names;
}

/** Turns events into rows; the four case columns are the same for every event of a case, computed once. */
function rowMaker(
  data: TimelineData,
  companyName: (id: string) => string | undefined,
): (event: TimelineEvent) => string[] {
  const caseColumns = new Map<string, string[]>();
  for (const c of data.cases)
    caseColumns.set(c.id, [c.id, c.title, c.companyId, companyName(c.companyId) ?? c.companyId]);
  const names = attachmentNames(data);
  const withNames = (row: string[], id: string) => {
    const attached = names.get(id);
    if (attached) row[column.attachments] = attached.join('\n');
    return row;
  };
  return (event) => {
    const head = caseColumns.get(event.caseId) ?? [event.caseId];
    if (event.kind === 'attempt') return withNames(attemptRow(event.record, head), event.record.id);
    if (event.kind === 'post') return postRow(event.record, head);
    if (event.kind === 'attachment') return withNames(caseAttachmentRow(event.record, head), event.record.id);
    return withNames(responseRow(event.record, head), event.record.id);
  };
}

/** The timeline as rows of cells (not yet neutralised), ordered by case, then time. */
export function timelineRows(data: TimelineData, companyName: (id: string) => string | undefined): string[][] {
  return timelineEvents(data).map(rowMaker(data, companyName));
}

export interface CsvOptions {
  /** A UTF-8 byte-order mark, so Excel reads accents and emoji correctly. On by default. */
  bom?: boolean;
}

const UNPARSE_OPTIONS = {
  newline: '\r\n',
  // papaparse's own default pattern misses NUL and cells with a line break after the
  // trigger; ours covers both (see FORMULA_TRIGGER).
  escapeFormulae: FORMULA_TRIGGER,
};

/** RFC 4180 (CRLF, quotes doubled) with every formula-like cell neutralised. */
export function toCsv(rows: readonly string[][], { bom = true }: CsvOptions = {}): string {
  const csv = Papa.unparse([[...CSV_COLUMNS], ...rows], UNPARSE_OPTIONS);
  return bom ? `\uFEFF${csv}` : csv;
}

/** Rows per piece of text: each batch's rows die young, so 100,000 rows never sit in memory at once. */
const ROWS_PER_PART = 2_000;

/** What makes papaparse quote a cell: a quote, comma, line break or BOM, or a space at either end. */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

/**
 * One cell exactly as papaparse's unparse writes it with UNPARSE_OPTIONS (a test holds the two
 * equal for any string): the export's hot loop, where papaparse's per-cell work and string
 * building took most of the time. papaparse stays the reference and reads the file back in tests.
 */
export function csvCell(cell: string): string {
  if (FORMULA_TRIGGER.test(cell)) return `"'${cell.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * The timeline CSV as consecutive pieces of text (for a Blob), same bytes as toCsv of all rows.
 * Rows are made and written a batch at a time: holding 100,000 rows of cells and one growing
 * string made garbage collection most of an export's time.
 */
export function timelineCsvParts(
  data: TimelineData,
  companyName: (id: string) => string | undefined,
  { bom = true }: CsvOptions = {},
): string[] {
  const events = timelineEvents(data);
  const makeRow = rowMaker(data, companyName);
  const parts = [`${bom ? '\uFEFF' : ''}${CSV_COLUMNS.map(csvCell).join(',')}`];
  for (let start = 0; start < events.length; start += ROWS_PER_PART) {
    const lines = events.slice(start, start + ROWS_PER_PART).map((event) => makeRow(event).map(csvCell).join(','));
    parts.push(`\r\n${lines.join('\r\n')}`);
  }
  return parts;
}

export function timelineCsv(
  data: TimelineData,
  companyName: (id: string) => string | undefined,
  options?: CsvOptions,
): string {
  return timelineCsvParts(data, companyName, options).join('');
}
