import { phraseSet } from './phrases';
import { isFree, take, type ParseState } from './state';
import { REFERENCE_GLUE, REFERENCE_LABELS } from './words';

/** A reference code found in the line, exactly as typed (a leading "#" dropped). */
export interface CodeFound {
  start: number;
  end: number;
  code: string;
  /** Said with a label ("ref", "dossier", "#"); an unlabelled code only looks like one. */
  labelled: boolean;
}

const LABEL = phraseSet(REFERENCE_LABELS);
/** Letters, digits and the joins codes use (TM-48213, BG/2291/K, 2024.118). */
const CODE = /^#?[\p{L}\p{N}]+(?:[-./_:][\p{L}\p{N}]+)*$/u;
/** "ref:TM-48213", "ticket#4471" typed as one word. */
const JOINED = /^([a-z]+)[:#](.+)$/;
const MAX_CODE = 40;

function digits(text: string): number {
  let n = 0;
  for (const c of text) if (c >= '0' && c <= '9') n++;
  return n;
}

/** A code: at least one digit, no currency sign, as typed. */
function asCode(text: string): string | undefined {
  if (text.length > MAX_CODE || !CODE.test(text) || digits(text) === 0) return undefined;
  return text.startsWith('#') ? text.slice(1) : text;
}

/** Labelled codes ("ref TM-48213", "numéro de dossier : 88421", "#4471") — taken at once. */
export function findLabelledCodes(s: ParseState): CodeFound[] {
  const found: CodeFound[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (!isFree(s, i)) continue;
    const token = s.tokens[i];
    if (!token) continue;
    const joined = JOINED.exec(token.key);
    if (joined && LABEL.match([{ ...token, key: joined[1] ?? '' }], 0)) {
      const code = asCode(token.text.slice((joined[1] ?? '').length + 1));
      if (code) {
        take(s, i, i + 1, 'reference');
        found.push({ start: i, end: i + 1, code, labelled: true });
        continue;
      }
    }
    if (token.text.startsWith('#')) {
      const code = asCode(token.text);
      if (code && code.length >= 2) {
        take(s, i, i + 1, 'reference');
        found.push({ start: i, end: i + 1, code, labelled: true });
      }
      continue;
    }
    const label = LABEL.match(s.tokens, i, (k) => isFree(s, k));
    if (!label) continue;
    // Labels and glue may pile up: "complaint ref", "case number", "n° de dossier :".
    let at = label.end;
    for (let guard = 0; guard < 4; guard++) {
      const more = LABEL.match(s.tokens, at, (k) => isFree(s, k));
      const glue = s.tokens[at] && REFERENCE_GLUE.has(s.tokens[at]?.key ?? '') && s.used[at] === undefined;
      if (more) at = more.end;
      else if (glue) at++;
      else break;
    }
    const codeToken = s.tokens[at];
    const code = codeToken && isFree(s, at) ? asCode(codeToken.text) : undefined;
    if (!code) continue;
    take(s, i, at + 1, 'reference');
    found.push({ start: i, end: at + 1, code, labelled: true });
    i = at;
  }
  return found;
}

/**
 * Codes said without a label: letters with at least three digits (TM48213, INC-00482) or four or
 * more digits (88421). Run after dates, times, lengths and phone numbers took theirs.
 */
export function findBareCodes(s: ParseState): CodeFound[] {
  const found: CodeFound[] = [];
  s.tokens.forEach((token, i) => {
    if (!isFree(s, i) || /^[$€£+]/.test(token.text)) return;
    const code = asCode(token.text);
    if (!code || digits(code) < 3) return;
    const letters = /\p{L}/u.test(code);
    if (!letters && digits(code) < 4) return;
    take(s, i, i + 1, 'reference');
    found.push({ start: i, end: i + 1, code, labelled: false });
  });
  return found;
}
