import { t } from '../i18n';
import { TABLES, type BackupData } from './backup';
import { MAX_PROBLEMS, type ImportProblem } from './problems';

/** What is already stored, as far as references are concerned. */
export interface StoredKeys {
  hasCase(id: string): Promise<boolean> | boolean;
  hasEscalation(id: string): Promise<boolean> | boolean;
}

export interface IntegrityReport {
  problems: ImportProblem[];
  /** References satisfied only by stored records: fine for a merge, impossible for a replace. */
  leansOnStored: number;
}

/** The same id twice in one table: which copy should win is unknowable, so the file is refused. */
export function duplicateIdProblems(data: BackupData): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const table of TABLES) {
    const firstSeen = new Map<string, number>();
    data[table].forEach((record, index) => {
      const first = firstSeen.get(record.id);
      if (first === undefined) firstSeen.set(record.id, index);
      else
        problems.push({
          where: `${table}[${index}].id`,
          message: t('exchange.error.duplicateId', { id: record.id, first: `${table}[${first}]` }),
        });
    });
  }
  return problems;
}

/** Every attempt, post and response must belong to a case in the file or already stored. */
export async function checkIntegrity(data: BackupData, stored: StoredKeys): Promise<IntegrityReport> {
  const problems = duplicateIdProblems(data);
  const caseIds = new Set(data.cases.map((c) => c.id));
  const escalationIds = new Set(data.escalations.map((e) => e.id));
  let leansOnStored = 0;
  const storedCase = new Map<string, boolean>();
  const knownCase = async (id: string): Promise<'file' | 'stored' | 'missing'> => {
    if (caseIds.has(id)) return 'file';
    if (!storedCase.has(id)) storedCase.set(id, await stored.hasCase(id));
    return storedCase.get(id) ? 'stored' : 'missing';
  };
  for (const table of ['attempts', 'escalations', 'responses'] as const) {
    const records = data[table];
    for (let index = 0; index < records.length; index++) {
      const record = records[index];
      if (!record) continue;
      const where = await knownCase(record.caseId);
      if (where === 'stored') leansOnStored++;
      if (where === 'missing')
        problems.push({
          where: `${table}[${index}].caseId`,
          message: t('exchange.error.unknownCase', { id: record.caseId }),
        });
    }
  }
  data.escalations.forEach((e, index) => {
    // Each posted part names a part of this post, once.
    const seen = new Set<number>();
    for (const part of e.postedParts ?? []) {
      if (part.index >= e.parts.length || seen.has(part.index)) {
        problems.push({
          where: `escalations[${index}].postedParts`,
          message: t('exchange.error.postedPart', { index: part.index, parts: e.parts.length }),
        });
        break;
      }
      seen.add(part.index);
    }
  });
  for (let index = 0; index < data.responses.length; index++) {
    const escalationId = data.responses[index]?.escalationId;
    if (escalationId === undefined || escalationIds.has(escalationId)) continue;
    if (await stored.hasEscalation(escalationId)) leansOnStored++;
    else
      problems.push({
        where: `responses[${index}].escalationId`,
        message: t('exchange.error.unknownEscalation', { id: escalationId }),
      });
  }
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    return {
      problems: [...problems.slice(0, MAX_PROBLEMS), { where: '', message: t('exchange.issue.more', { count: more }) }],
      leansOnStored,
    };
  }
  return { problems, leansOnStored };
}
