import { userLocale } from '../i18n';
import { displayNumber, regionOfLocale, storedNumber } from './dialled';

/** A stored number as the person reads it: their country's numbers nationally, others with +. */
export function shownNumber(stored: string, locale: string = userLocale()): string {
  return displayNumber(stored, regionOfLocale(locale));
}

/** A number the person typed, stored in E.164 when valid (a national number is read as theirs). */
export function typedNumber(typed: string, locale: string = userLocale()): string {
  return storedNumber(typed, regionOfLocale(locale));
}

/** A number in evidence (report, letters): always with its country code, as the reader may be anywhere. */
export function evidenceNumber(stored: string): string {
  return displayNumber(stored);
}
