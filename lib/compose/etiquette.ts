import type { Attempt, Channel } from '../model';
import { DAY } from '../time-units';

/** Channels a company offers for complaints; a DM to its social team is not one of them. */
const OFFICIAL: ReadonlySet<Channel> = new Set(['phone', 'email', 'web_form', 'chat', 'letter', 'in_person', 'app']);

export interface EtiquetteAdvice {
  /** True when going public now is likely premature. It informs; it never blocks. */
  thin: boolean;
  reasons: ('fewAttempts' | 'tooSoon')[];
  official: number;
  byChannel: Partial<Record<Channel, number>>;
  firstAt?: number;
}

/**
 * Going public works best after the official channels: fewer than two official attempts, or less
 * than two days since the first, is a thin log.
 */
export function etiquetteFor(attempts: readonly Attempt[], now: number): EtiquetteAdvice {
  const official = attempts.filter((a) => OFFICIAL.has(a.channel) && !a.inProgress);
  const byChannel: Partial<Record<Channel, number>> = {};
  for (const a of attempts) byChannel[a.channel] = (byChannel[a.channel] ?? 0) + 1;
  const firstAt = official.reduce<number | undefined>(
    (min, a) => (min === undefined || a.at < min ? a.at : min),
    undefined,
  );
  const reasons: EtiquetteAdvice['reasons'] = [];
  if (official.length < 2) reasons.push('fewAttempts');
  if (firstAt === undefined || now - firstAt < 2 * DAY) reasons.push('tooSoon');
  return { thin: reasons.length > 0, reasons, official: official.length, byChannel, firstAt };
}
