import { t } from '../i18n';
import type { Finding } from './findings';
import { sentencesOf } from './split';
import { toneModelSchema } from './tone-model-schema';
import { scoreTone, toneReader, type ToneReader } from './tone-score';
import { protectedSpans } from './tokens';

// How sure the model must be before it speaks. Chosen on two batches from writers it had not been
// trained on, where the rules alone caught 79.9 % with 1.4 % false alarms: trained on 8,300 other
// sentences, the model took that to 92.9 % at 0.6 with no false alarm added; at 0.5 it added
// false alarms, at 0.7 it caught fewer. Trained on 13,600 it reached 93.7 % at 0.6.
const THRESHOLD = 0.6;

let model: ToneReader | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the trained reader's weights: 300 KB in a chunk of their own, fetched when the composer
 * opens rather than with every page that shares the check's code. Until they are in, the check is
 * the rules alone; the composer checks again once they are (`components/compose/useCourtesyCheck.ts`).
 */
export function loadToneModel(): Promise<void> {
  loading ??= import('./tone-model.json').then(
    ({ default: file }) => {
      model = toneReader(toneModelSchema.parse(file));
    },
    (error: unknown) => {
      loading = undefined; // a later call tries again
      throw error;
    },
  );
  return loading;
}

export function toneModelLoaded(): boolean {
  return model !== undefined;
}

/**
 * The second reader: a small model trained on the labelled tuning sentences reads each sentence the
 * rules passed, and names a threat, an accusation or an insult that is phrased in a way no rule
 * foresaw. Swearing it leaves to the word lists: their vocabulary is closed, and the model's few
 * catches there came with false alarms such as "press the F key". Its fix removes the sentence but
 * keeps any link, handle or code in it, so a reference is never lost.
 */
export function modelFindings(text: string, found: readonly Finding[]): Finding[] {
  const reader = model;
  if (!reader) return [];
  const out: Finding[] = [];
  let from = 0;
  for (const sentence of sentencesOf(text)) {
    const start = text.indexOf(sentence, from);
    const end = start + sentence.length;
    from = end;
    if (found.some((f) => f.start < end && f.end > start)) continue;
    const { kind, probability } = scoreTone(reader, sentence);
    if (kind === 'ok' || kind === 'profanity' || probability < THRESHOLD) continue;
    out.push({ start, end, kind, message: messageFor(kind), suggestion: keptTokens(sentence) });
  }
  return out;
}

// Softer than the rules' messages: the model weighs wording, it does not read the sentence.
function messageFor(kind: Exclude<Finding['kind'], 'shouting' | 'private' | 'profanity'>): string {
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
