/** Records per write transaction: small enough that one commit never blocks for long. */
export const CHUNK_SIZE = 2_000;

export function* chunksOf<T>(items: readonly T[], size: number = CHUNK_SIZE): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** Lets queued events (input, paint, messages) run between two chunks. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
