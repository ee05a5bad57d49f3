import Dexie from 'dexie';
import { Response } from '../model';
import { getDb } from './database';
import { createRepository } from './repository';

export const responses = createRepository(() => getDb().responses, Response);

export function responsesOfCase(caseId: string): Promise<Response[]> {
  return getDb().responses.where('[caseId+at]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray();
}
