import type { Table } from 'dexie';
import type { z } from 'zod';

/**
 * Validated writes for one table: nothing reaches IndexedDB without passing its zod schema, so a
 * bad record is refused whole and nothing is half-written. Writes are `put` by client-made id:
 * a retried write is a no-op.
 */
export interface Repository<T extends { id: string }> {
  get(id: string): Promise<T | undefined>;
  put(record: T): Promise<T>;
  bulkPut(records: readonly T[]): Promise<void>;
  remove(id: string): Promise<void>;
}

export function createRepository<S extends z.ZodType<{ id: string }>>(
  table: () => Table<z.infer<S>, string>,
  schema: S,
): Repository<z.infer<S>> {
  return {
    get: (id) => table().get(id),
    async put(record) {
      const valid = schema.parse(record);
      await table().put(valid);
      return valid;
    },
    async bulkPut(records) {
      const valid = records.map((r) => schema.parse(r));
      await table().bulkPut(valid);
    },
    remove: (id) => table().delete(id),
  };
}
