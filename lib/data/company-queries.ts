import { getDb } from '../db/database';
import type { Company } from '../model';

/** Companies the person added or corrected, and ones found on pages (not the bundled directory). */
export function storedCompanies(): Promise<Company[]> {
  return getDb().companies.toArray();
}
