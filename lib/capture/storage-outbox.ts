import { browser } from 'wxt/browser';
import type { z } from 'zod';

/**
 * An outbox in extension storage: a content script writes each report under `prefix` + its id
 * before sending it as a message, and the background handles what waits there. Shared by the
 * contact-page outbox and the mail outbox. Only this extension's scripts can write its storage;
 * each record is parsed as strictly as the message, and one that does not parse is removed.
 */
export async function pendingIn<T extends { id: string }>(
  prefix: string,
  schema: z.ZodType<T>,
  order: (report: T) => number,
): Promise<T[]> {
  const all = await browser.storage.local.get(null);
  const reports: T[] = [];
  const broken: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(prefix)) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success && `${prefix}${parsed.data.id}` === key) reports.push(parsed.data);
    else broken.push(key);
  }
  if (broken.length) await browser.storage.local.remove(broken);
  return reports.sort((a, b) => order(a) - order(b));
}

/** Whether a storage change added a report under `prefix`. */
export function addsUnder(prefix: string, changes: Record<string, { newValue?: unknown }>): boolean {
  return Object.entries(changes).some(([key, change]) => key.startsWith(prefix) && change.newValue !== undefined);
}
