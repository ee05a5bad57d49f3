/**
 * Records per bulkGet/bulkPut of an import. All of an import's writes share one transaction
 * (lib/exchange/apply.ts); chunks only set how often progress is reported and bound each request.
 */
export const CHUNK_SIZE = 2_000;

export function* chunksOf<T>(items: readonly T[], size: number = CHUNK_SIZE): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
