import Dexie from 'dexie';
import { Escalation } from '../model';
import { getDb } from './database';
import { createRepository } from './repository';

export const escalations = createRepository(() => getDb().escalations, Escalation);

export function escalationsOfCase(caseId: string): Promise<Escalation[]> {
  return getDb()
    .escalations.where('[caseId+createdAt]')
    .between([caseId, Dexie.minKey], [caseId, Dexie.maxKey])
    .toArray();
}
