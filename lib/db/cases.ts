import { Case } from '../model';
import { getDb } from './database';
import { createRepository } from './repository';

export const cases = createRepository(() => getDb().cases, Case);

export { casesByActivity, latestOpenCaseOf } from './case-queries';
