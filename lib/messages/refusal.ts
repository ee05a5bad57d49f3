/**
 * A handler's deliberate "no" (setting off, rate limit, unknown attempt…). The router turns it
 * into `{ok:false, error: message}` without logging it as a failure.
 */
export class Refusal extends Error {
  override name = 'Refusal';
}
