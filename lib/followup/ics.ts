import type { Reminder } from './reminders';

/**
 * Reminders (promises due, silences to chase, fixes to check) as an iCalendar file (RFC 5545), so
 * a person can keep them in the calendar they already use. Pure: the options page saves the text.
 */

const CRLF = '\r\n';
/** Each event lasts a quarter of an hour: long enough to be seen, short enough not to block a day. */
const EVENT_MINUTES = 15;

/** 20261204T093000Z */
function utcStamp(at: number): string {
  return new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets, never inside a character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A UID unique to the reminder and stable across exports (an import updates, never duplicates). */
function uid(reminder: Reminder): string {
  return `${reminder.id.replace(/[^A-Za-z0-9:._-]/g, '-')}@paper-trail.invalid`;
}

export function remindersCalendar(reminders: readonly Reminder[], now: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Paper Trail//Reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const reminder of [...reminders].sort((a, b) => a.dueAt - b.dueAt || a.id.localeCompare(b.id))) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid(reminder)}`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART:${utcStamp(reminder.dueAt)}`,
      `DTEND:${utcStamp(reminder.dueAt + EVENT_MINUTES * 60_000)}`,
      `SUMMARY:${escapeText(reminder.title)}`,
      `DESCRIPTION:${escapeText(reminder.body)}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(reminder.title)}`,
      'TRIGGER:PT0M',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
