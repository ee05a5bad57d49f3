import { toneFeatures } from './tone-features';
import { TONE_CLASSES, type ToneClass, type ToneModel } from './tone-model-schema';
import { softmax } from './tone-score';

/** A labelled sentence: the kind of harm it does, or 'ok'. Other kinds are left to the rules. */
export type LabelledSentence = readonly [string, string];

const SCALE = 100;
const EPOCHS = 25;
const RATE = 0.2;
const DECAY = 1e-3;
// Features whose every weight stays below this after a first fit are dropped and the model is fit
// again without them: a model a tenth of the size that, across writers it was not trained on,
// catches as much and raises fewer false alarms than the full one.
const SELECT = 0.1;

/**
 * Multinomial logistic regression by stochastic gradient descent, with a fixed shuffle so the same
 * sentences always give the same model. Only rows labelled 'ok' or a tone class take part:
 * shouting and private data are read by rules, and a threat that also shouts is still a threat.
 */
export function trainToneModel(rows: readonly LabelledSentence[]): ToneModel {
  const examples = rows.flatMap(([text, label]) => {
    const y = TONE_CLASSES.indexOf(label as ToneClass);
    return y < 0 ? [] : [{ features: toneFeatures(text), y }];
  });
  const first = fit(examples);
  const kept = new Set([...first.weights].filter(([, w]) => Math.max(...w.map(Math.abs)) >= SELECT).map(([f]) => f));
  const second = fit(examples.map((e) => ({ ...e, features: e.features.filter((f) => kept.has(f)) })));
  const quantise = (w: Float64Array) => Array.from(w, (v) => Math.round(v * SCALE) || 0);
  const features: string[] = [];
  const weights: number[] = [];
  for (const [feature, w] of [...second.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const q = quantise(w);
    if (q.every((v) => v === 0)) continue;
    features.push(feature);
    weights.push(...q);
  }
  return {
    classes: [...TONE_CLASSES],
    scale: SCALE,
    bias: quantise(second.bias),
    features,
    weights,
    trainedOn: { sentences: rows.length, fingerprint: fingerprintOf(rows) },
  };
}

interface Example {
  features: string[];
  y: number;
}

function fit(examples: readonly Example[]) {
  const n = TONE_CLASSES.length;
  const weights = new Map<string, Float64Array>();
  const bias = new Float64Array(n);
  const order = examples.map((_, i) => i);
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, y } = examples[index]!;
      const p = softmax(
        bias,
        features.map((f) => weights.get(f)),
      );
      const step = RATE / Math.sqrt(Math.max(1, features.length));
      for (let c = 0; c < n; c++) bias[c]! -= RATE * 0.1 * (p[c]! - (c === y ? 1 : 0));
      for (const f of features) {
        let w = weights.get(f);
        if (!w) weights.set(f, (w = new Float64Array(n)));
        for (let c = 0; c < n; c++) w[c] = w[c]! * (1 - DECAY) - step * (p[c]! - (c === y ? 1 : 0));
      }
    }
  }
  return { weights, bias };
}

/** FNV-1a over the rows: changes whenever a sentence or a label does. */
export function fingerprintOf(rows: readonly LabelledSentence[]): string {
  let hash = 0x811c9dc5;
  for (const [text, label] of rows) {
    for (const ch of `${text}\u0000${label}\u0001`) {
      hash ^= ch.codePointAt(0)!;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(16).padStart(8, '0');
}
