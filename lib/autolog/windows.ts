import { MINUTE } from '../time-units';

/** Time windows of the auto-logging policy (one place, so tests and docs agree). */

/** The same channel on the same page within this window is one attempt, not two. */
export const DEDUPE_WINDOW_MS = 2 * MINUTE;

/** At most this many automatic attempts per site per window: a hostile page cannot flood the log. */
export const RATE_LIMIT_MAX = 10;
export const RATE_LIMIT_WINDOW_MS = 10 * MINUTE;

/** Undo from the in-page toast is offered this long after the attempt was logged. */
export const UNDO_WINDOW_MS = 2 * MINUTE;

/** "Change case" from the toast opens the attempt for this long after it was logged. */
export const OPEN_WINDOW_MS = 30 * MINUTE;

/** A confirmation page's reference joins an attempt made at most this long before. */
export const REFERENCE_WINDOW_MS = 30 * MINUTE;

/** How far ahead of the background's clock a reported time may be (clock skew, not the future). */
export const MAX_CLOCK_SKEW_MS = 5 * MINUTE;

/** The page a tab loads this soon after it logged an attempt is read at once: it may be the confirmation. */
export const FOLLOW_REPORT_MS = 5 * MINUTE;
