import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, remindersCalendar } from '../../../lib/followup/ics';
import type { Reminder } from '../../../lib/followup/reminders';

const NOW = Date.UTC(2026, 11, 4, 9, 30);
const reminder = (over: Partial<Reminder> = {}): Reminder => ({
  id: 'promise_due:att-1:1765000000000',
  caseId: 'case-1',
  kind: 'promise_due',
  dueAt: Date.UTC(2026, 11, 9, 17, 0),
  title: 'T-Mobile promised something for today',
  body: 'Credit $110, by Fri; case "Overcharged"',
  ...over,
});

describe('remindersCalendar', () => {
  it('writes one event per reminder, in UTC, with CRLF lines and a stable UID', () => {
    const text = remindersCalendar(
      [reminder({ id: 'fix_check:r9:2', dueAt: Date.UTC(2026, 11, 20, 8, 0), title: 'Did they fix it?' }), reminder()],
      NOW,
    );
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    const events = text.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(2);
    // Sorted by date: the promise (9 Dec) before the fix check (20 Dec).
    expect(events[0]).toContain('DTSTART:20261209T170000Z');
    expect(events[0]).toContain('DTEND:20261209T171500Z');
    expect(events[0]).toContain('DTSTAMP:20261204T093000Z');
    expect(events[0]).toContain('UID:promise_due:att-1:1765000000000@paper-trail.invalid');
    expect(events[0]).toContain('DESCRIPTION:Credit $110\\, by Fri\\; case "Overcharged"');
    expect(events[1]).toContain('SUMMARY:Did they fix it?');
  });

  it('writes an empty calendar when nothing is due', () => {
    expect(remindersCalendar([], NOW)).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Paper Trail//Reminders//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
    );
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\r\ne\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a character, continuation lines starting with a space', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    const encoder = new TextEncoder();
    expect(folded.every((part) => encoder.encode(part).length <= 75)).toBe(true);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:1')).toBe('SHORT:1');
  });
});
