import { checkText, type Finding, type FindingKind } from '../../../lib/compose/check';

export type Table = readonly (readonly [string, FindingKind | 'ok'])[];

/**
 * Recall (harmful sentences reported with the expected kind) and false alarms (courteous
 * sentences with any finding) of the check on a labelled table, printed with every miss unless
 * `quiet` (a measurement set's misses are never read: a rule written for one would make it a
 * tuning table).
 */
export function measure(
  label: string,
  table: Table,
  { quiet = false, check = checkText }: { quiet?: boolean; check?: (text: string) => Finding[] } = {},
) {
  let truePositives = 0;
  let positives = 0;
  let falseAlarms = 0;
  let negatives = 0;
  const misses: string[] = [];
  for (const [sentence, expected] of table) {
    const findings = check(sentence);
    const kinds = findings.map((f) => f.kind);
    const shown = findings.map((f) => `${f.kind}[${sentence.slice(f.start, f.end)}]`).join(', ');
    if (expected === 'ok') {
      negatives += 1;
      if (kinds.length) {
        falseAlarms += 1;
        misses.push(`false alarm ${shown}: ${sentence}`);
      }
    } else {
      positives += 1;
      if (kinds.includes(expected)) truePositives += 1;
      else misses.push(`missed ${expected} (got ${shown || 'nothing'}): ${sentence}`);
    }
  }
  const recall = truePositives / positives;
  const falseAlarmRate = falseAlarms / negatives;
  console.log(
    `${label}: ${table.length} sentences, recall ${(recall * 100).toFixed(1)}% (${truePositives}/${positives}), false alarms ${(falseAlarmRate * 100).toFixed(1)}% (${falseAlarms}/${negatives})`,
  );
  if (misses.length && !quiet) console.log(misses.join('\n'));
  return { recall, falseAlarmRate };
}
