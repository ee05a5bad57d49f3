/** Runs jobs one after another, in the order they were queued; a failed job does not stop the next. */
export function serialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>) => {
    const next = tail.then(job, job);
    tail = next.catch(() => undefined);
    return next;
  };
}

/**
 * One queue for every write of automatic capture (an attempt reported, the outbox drained, a
 * confirmation's reference recorded). A reference read from a thank-you page must find the
 * attempt whose form led there, whichever of the two reached the background first: run in one
 * order, each step sees everything queued before it — in memory, within one life of the worker;
 * what a stopped worker had not finished is still in the outbox and is drained again.
 */
export const inCaptureOrder = serialQueue();
