import type { Attempt, Case, Response } from '../model';

/** Where a promise stands on the report: kept, broken, or not due yet. */
export type PromiseStatus = 'kept' | 'broken' | 'pending';

/** The facts every promise of one case is judged against. */
export interface PromiseContext {
  /** When the case stopped running: resolved, else closed, else now. */
  end: number;
  resolvedAt?: number;
  /** Times of the company's "fix" responses, oldest first. */
  fixes: number[];
}

export function promiseContext(c: Case, responses: readonly Response[], now: number): PromiseContext {
  return {
    end: c.resolvedAt ?? c.closedAt ?? now,
    ...(c.resolvedAt !== undefined && c.status === 'resolved' ? { resolvedAt: c.resolvedAt } : {}),
    fixes: responses
      .filter((r) => r.kind === 'fix')
      .map((r) => r.at)
      .sort((a, b) => a - b),
  };
}

/**
 * A promise made at `madeAt` is kept when a fix came between then and its due date (or the case
 * was resolved by then), broken when the due date passed while the case was still open, and
 * pending otherwise.
 */
export function promiseStatusByDate(madeAt: number, dueAt: number, ctx: PromiseContext): PromiseStatus {
  if (ctx.fixes.some((at) => at >= madeAt && at <= dueAt)) return 'kept';
  if (dueAt < ctx.end) return 'broken';
  if (ctx.resolvedAt !== undefined && ctx.resolvedAt <= dueAt) return 'kept';
  return 'pending';
}

/** An attempt's promise, judged by its dates; undefined when the attempt holds none. */
export function attemptPromiseStatus(a: Attempt, ctx: PromiseContext): PromiseStatus | undefined {
  return a.promise ? promiseStatusByDate(a.at, a.promise.dueAt, ctx) : undefined;
}

/** A response's own promise: an explicit "kept"/"broken" answer wins over the dates. */
export function responsePromiseStatus(r: Response, ctx: PromiseContext): PromiseStatus | undefined {
  if (r.promiseKept !== undefined) return r.promiseKept ? 'kept' : 'broken';
  return r.promise ? promiseStatusByDate(r.at, r.promise.dueAt, ctx) : undefined;
}
