import type { CaseRecords } from '../compose/facts';
import { nextSteps } from '../followup/ladder';
import { localTimeZone } from '../followup/zoned-time';
import { t } from '../i18n';
import { listText } from './letter-parts';

/**
 * A regulator's name as the company reads it. The names are written for the person ("Your state
 * attorney general", "CISAS (if your provider is a member)"); in a letter to the company "your"
 * would mean the company's, so that wording is turned round or left out.
 */
function nameForCompany(name: string): string {
  return name.replace(/\s*\((?:if )?your [^)]*\)/iu, '').replace(/^Your /u, 'my ');
}

/**
 * What the person will do if the company does not put things right: the regulators and
 * ombudsmen the follow-up ladder offers for the company's sector and country, or, with none, a
 * general sentence. A statement of the next step, never a threat.
 */
export function nextStepSentence(records: CaseRecords, now: number, timeZone?: string): string {
  const steps = nextSteps(
    {
      case: records.caseRecord,
      attempts: records.attempts,
      escalations: records.escalations,
      responses: records.responses,
    },
    records.company,
    now,
    timeZone ?? localTimeZone(),
  );
  const names = steps.flatMap((s) => (s.kind === 'regulator' ? [nameForCompany(s.regulator.name)] : []));
  return names.length
    ? t('letters.complaint.nextStep', { bodies: listText(names, 'or') })
    : t('letters.complaint.nextStepGeneral');
}
