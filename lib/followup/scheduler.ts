/**
 * A hook between handlers (which change records) and the background's reminder scheduler (which
 * owns the alarms API). The background registers the real runner at start; in unit tests no
 * runner is registered and a rebuild request is a no-op.
 */
type Runner = () => Promise<number>;

let runner: Runner | undefined;

export function setReminderRunner(next: Runner | undefined): void {
  runner = next;
}

/** Rebuilds reminders from the database; returns how many are scheduled (0 without a runner). */
export async function requestReminderRebuild(): Promise<number> {
  return runner ? runner() : 0;
}
