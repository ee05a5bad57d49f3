import type { Attempt, Channel } from '../model';
import { wholeDays } from '../format/time';

export interface CaseTotals {
  attempts: number;
  byChannel: Partial<Record<Channel, number>>;
  /** Seconds on the phone, running calls counted up to now. */
  phoneSeconds: number;
  holdSeconds: number;
  /** Distinct agents spoken to (case- and space-insensitive). */
  agents: number;
  /** Whole days since the first attempt; undefined before any attempt. */
  daysSinceFirst?: number;
  promises: number;
  brokenPromises: number;
}

/** Seconds a call lasted (or has lasted so far, while it runs). */
export function callSeconds(a: Attempt, now: number): number {
  const end = a.endedAt ?? (a.inProgress ? now : a.at);
  return Math.max(0, Math.round((end - a.at) / 1000));
}

function agentKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** What the case has cost the user so far: the numbers a public post or a regulator asks for. */
export function caseTotals(attempts: readonly Attempt[], now: number): CaseTotals {
  const byChannel: Partial<Record<Channel, number>> = {};
  const agents = new Set<string>();
  let phoneSeconds = 0;
  let holdSeconds = 0;
  let first: number | undefined;
  let promises = 0;
  let brokenPromises = 0;
  for (const a of attempts) {
    byChannel[a.channel] = (byChannel[a.channel] ?? 0) + 1;
    if (a.channel === 'phone') phoneSeconds += callSeconds(a, now);
    holdSeconds += a.holdSeconds ?? 0;
    for (const name of a.agents) if (name.trim()) agents.add(agentKey(name));
    first = first === undefined ? a.at : Math.min(first, a.at);
    if (a.promise) {
      promises += 1;
      // A promise is broken once its date passed and nothing later in the log resolved the case.
      if (a.promise.dueAt < now && !attempts.some((b) => b.outcome === 'resolved' && b.at > a.at)) brokenPromises += 1;
    }
  }
  return {
    attempts: attempts.length,
    byChannel,
    phoneSeconds,
    holdSeconds,
    agents: agents.size,
    daysSinceFirst: first === undefined ? undefined : wholeDays(first, now),
    promises,
    brokenPromises,
  };
}
