import type { Attempt } from '../model';

/**
 * The hold stopwatch of a running call (pure): "on hold" starts it, "agent picked up" adds the
 * time on hold to the call's hold total. Hold times add up over a call with several holds.
 */

const MAX_HOLD_SECONDS = 86_400;

/** The call put on hold at `now` (unchanged when it already is). */
export function putOnHold(call: Attempt, now: number): Attempt {
  if (call.holdSince !== undefined || !call.inProgress) return call;
  return { ...call, holdSince: Math.max(now, call.at), updatedAt: Math.max(now, call.updatedAt) };
}

/** The call taken off hold at `now`: the time on hold is added to its total. */
export function offHold(call: Attempt, now: number): Attempt {
  if (call.holdSince === undefined) return call;
  const { holdSince: _holdSince, ...rest } = call;
  return { ...rest, holdSeconds: holdSecondsAt(call, now), updatedAt: Math.max(now, call.updatedAt) };
}

/** Seconds on hold so far, the current hold included. */
export function holdSecondsAt(call: Attempt, now: number): number {
  const current = call.holdSince === undefined ? 0 : Math.max(0, Math.round((now - call.holdSince) / 1000));
  return Math.min(MAX_HOLD_SECONDS, (call.holdSeconds ?? 0) + current);
}

/**
 * The typed fields of a running call laid over the stored record: the hold stopwatch and the
 * running state belong to the store (the hold buttons write them in their own transactions), so a
 * draft typed before a hold began never undoes it.
 */
export function withStoredHold(fromForm: Attempt, stored: Attempt): Attempt {
  const { holdSince: _typed, holdSeconds: _typedTotal, ...typed } = fromForm;
  return {
    ...typed,
    ...(stored.holdSeconds !== undefined ? { holdSeconds: stored.holdSeconds } : {}),
    ...(stored.holdSince !== undefined ? { holdSince: stored.holdSince } : {}),
  };
}

/** A note taken during a call, stamped with the time into the call ("12:04 — …"). */
export function withCallNote(summary: string, note: string, secondsIntoCall: number): string {
  const text = note.trim();
  if (!text) return summary;
  const whole = Math.max(0, Math.floor(secondsIntoCall));
  const stamp = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  const line = `${stamp} — ${text}`;
  return summary.trim() ? `${summary.replace(/\s+$/, '')}\n${line}` : line;
}
