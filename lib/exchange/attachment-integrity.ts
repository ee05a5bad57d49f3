import { t } from '../i18n';
import type { Attachment } from '../model';
import type { BackupData } from './backup';
import type { ImportProblem } from './problems';

/** The case a stored case, attempt or response belongs to (undefined: not stored). */
export interface StoredOwners {
  caseOf(ownerType: Attachment['ownerType'], id: string): Promise<string | undefined>;
}

export interface AttachmentIntegrity {
  problems: ImportProblem[];
  /** Owners found only among the stored records. */
  leansOnStored: number;
}

/**
 * Each attachment must be unique and belong to something: its case, and its owner (the case
 * itself, an attempt or a response of that same case), in the file or already stored.
 */
export async function checkAttachments(
  attachments: readonly Attachment[],
  data: BackupData,
  stored: StoredOwners,
): Promise<AttachmentIntegrity> {
  const problems: ImportProblem[] = [];
  let leansOnStored = 0;
  const inFile = {
    case: new Map(data.cases.map((c) => [c.id, c.id])),
    attempt: new Map(data.attempts.map((a) => [a.id, a.caseId])),
    response: new Map(data.responses.map((r) => [r.id, r.caseId])),
  };
  const caseOf = async (ownerType: Attachment['ownerType'], id: string): Promise<string | undefined> => {
    const found = inFile[ownerType].get(id);
    if (found !== undefined) return found;
    const storedCase = await stored.caseOf(ownerType, id);
    if (storedCase !== undefined) leansOnStored++;
    return storedCase;
  };
  const firstSeen = new Map<string, number>();
  for (let index = 0; index < attachments.length; index++) {
    const attachment = attachments[index];
    if (!attachment) continue;
    const where = `attachments[${index}]`;
    const first = firstSeen.get(attachment.id);
    if (first !== undefined) {
      problems.push({
        where: `${where}.id`,
        message: t('exchange.error.duplicateId', { id: attachment.id, first: `attachments[${first}]` }),
      });
      continue;
    }
    firstSeen.set(attachment.id, index);
    if ((await caseOf('case', attachment.caseId)) === undefined) {
      problems.push({ where: `${where}.caseId`, message: t('exchange.error.unknownCase', { id: attachment.caseId }) });
      continue;
    }
    if (attachment.ownerType === 'case') {
      if (attachment.ownerId !== attachment.caseId)
        problems.push({
          where: `${where}.ownerId`,
          message: t('exchange.error.caseOwner', { caseId: attachment.caseId, id: attachment.ownerId }),
        });
      continue;
    }
    const ownerCase = await caseOf(attachment.ownerType, attachment.ownerId);
    if (ownerCase === undefined) {
      problems.push({
        where: `${where}.ownerId`,
        message: t('exchange.error.unknownOwner', { owner: attachment.ownerType, id: attachment.ownerId }),
      });
    } else if (ownerCase !== attachment.caseId) {
      problems.push({
        where: `${where}.caseId`,
        message: t('exchange.error.ownerCase', {
          owner: attachment.ownerType,
          id: attachment.ownerId,
          actual: ownerCase,
          caseId: attachment.caseId,
        }),
      });
    }
  }
  return { problems, leansOnStored };
}
