/** What the courtesy and risk check reports, and how a suggestion is applied. */
export type FindingKind = 'profanity' | 'insult' | 'shouting' | 'threat' | 'defamation' | 'private';

export interface Finding {
  /** UTF-16 offsets into the checked text. */
  start: number;
  end: number;
  kind: FindingKind;
  /** A plain explanation for the person writing. */
  message: string;
  /** Text to put in place of [start, end); may be empty (remove it). */
  suggestion: string;
}

/** Replaces the finding's span with its suggestion and tidies the spaces around it. */
export function applySuggestion(text: string, finding: Finding): string {
  const before = text.slice(0, finding.start);
  const after = text.slice(finding.end);
  let joined = before + finding.suggestion + after;
  if (finding.suggestion === '') {
    joined =
      before.replace(/[ \t]+$/u, '') +
      (/^[\s.,;:!?)]/u.test(after) || before === '' ? '' : ' ') +
      after.replace(/^[ \t]+/u, '');
  }
  return joined.replace(/ {2,}/gu, ' ').replace(/ ([.,;:!?])/gu, '$1');
}
