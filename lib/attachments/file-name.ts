import { LIMITS, type AttachmentType } from '../model';
import { EXTENSION_OF } from './sniff';

/**
 * A name that can be shown, stored and exported safely: folders dropped ("C:\bills\may.pdf" →
 * "may.pdf"), control characters and bidi overrides removed (they can disguise "gpj.exe" as
 * "exe.jpg"), spaces tidied, at most 200 characters with its ending kept. A name that is empty
 * afterwards becomes "attachment.<ending>".
 */
export function cleanFileName(raw: string, type: AttachmentType): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base.normalize('NFC')]
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      const control = code < 0x20 || (code >= 0x7f && code < 0xa0);
      const bidi =
        (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f;
      return !control && !bidi;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const name = cleaned === '' ? `attachment.${EXTENSION_OF[type]}` : cleaned;
  return shorten(name, LIMITS.shortText);
}

/** Cuts a long name in its middle part, keeping the ending ("….pdf"). */
function shorten(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ending = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  const keep = max - [...ending].length - 1;
  return `${chars.slice(0, keep).join('')}…${ending}`;
}

/** A name from the site and the local time, so a folder of screenshots or transcripts sorts by time. */
function stampedName(what: string, pageUrl: string | undefined, at: Date, type: AttachmentType): string {
  let host = 'tab';
  try {
    if (pageUrl) host = new URL(pageUrl).hostname || host;
  } catch {
    // Unreadable address: the generic name is fine.
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}.${pad(at.getMinutes())}.${pad(at.getSeconds())}`;
  return cleanFileName(`${what} ${host} ${stamp}.${EXTENSION_OF[type]}`, type);
}

export const screenshotName = (pageUrl: string | undefined, at: Date): string =>
  stampedName('Screenshot', pageUrl, at, 'image/png');
export const transcriptName = (pageUrl: string | undefined, at: Date): string =>
  stampedName('Chat transcript', pageUrl, at, 'text/plain');
