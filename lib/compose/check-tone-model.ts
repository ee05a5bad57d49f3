import { t } from '../i18n';
import type { Finding } from './findings';
import { sentencesOf } from './split';
import modelFile from './tone-model.json';
import { toneModelSchema } from './tone-model-schema';
import { scoreTone, toneReader, type ToneReader } from './tone-score';
import { protectedSpans } from './tokens';

// How sure the model must be before it speaks. Chosen on two batches from writers it had not been
// trained on: there it caught 33 of the 110 harmful sentences the rules missed, for 2 extra false
// alarms in 570 courteous ones. Lower, false alarms rose faster than catches; higher, catches fell.
const THRESHOLD = 0.7;

let model: ToneReader | undefined;

/**
 * The second reader: a small model trained on the labelled tuning sentences reads each sentence the
 * rules passed, and names a threat, an accusation, an insult or swearing that is phrased in a way
 * no rule foresaw. Its fix removes the sentence but keeps any link, handle or code in it, so a
 * reference is never lost.
 */
export function modelFindings(text: string, found: readonly Finding[]): Finding[] {
  model ??= toneReader(toneModelSchema.parse(modelFile));
  const out: Finding[] = [];
  let from = 0;
  for (const sentence of sentencesOf(text)) {
    const start = text.indexOf(sentence, from);
    const end = start + sentence.length;
    from = end;
    if (found.some((f) => f.start < end && f.end > start)) continue;
    const { kind, probability } = scoreTone(model, sentence);
    if (kind === 'ok' || probability < THRESHOLD) continue;
    out.push({ start, end, kind, message: messageFor(kind), suggestion: keptTokens(sentence) });
  }
  return out;
}

// Softer than the rules' messages: the model weighs wording, it does not read the sentence.
function messageFor(kind: Exclude<Finding['kind'], 'shouting' | 'private'>): string {
  return t(`compose.check.model.${kind}`);
}

/** Links, handles and anything with a digit in it (references, flight numbers, amounts). */
function keptTokens(sentence: string): string {
  const spans = protectedSpans(sentence).map((s) => sentence.slice(s.start, s.end));
  const codes = sentence
    .split(/\s+/u)
    .map((w) => w.replace(/^[("'“‘]+|[.,;:!?)"'”’]+$/gu, ''))
    .filter((w) => /\p{N}/u.test(w) && !spans.some((s) => s.includes(w)));
  return [...spans, ...codes].join(' ');
}
