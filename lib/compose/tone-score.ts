import { toneFeatures } from './tone-features';
import { TONE_CLASSES, type ToneClass, type ToneModel } from './tone-model-schema';

/** Class probabilities from a bias and the weights of the features present. */
export function softmax(
  bias: ArrayLike<number>,
  present: readonly (ArrayLike<number> | undefined)[],
  scale = 1,
): number[] {
  const z = Array.from(bias, (b) => b / scale);
  for (const w of present) if (w) for (let c = 0; c < z.length; c++) z[c]! += w[c]! / scale;
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** A model ready to read: each feature's weights found in one step. */
export interface ToneReader {
  scale: number;
  bias: readonly number[];
  weights: ReadonlyMap<string, ArrayLike<number>>;
}

export function toneReader(model: ToneModel): ToneReader {
  const n = TONE_CLASSES.length;
  const all = Int32Array.from(model.weights);
  const weights = new Map(model.features.map((f, i) => [f, all.subarray(i * n, i * n + n)] as const));
  return { scale: model.scale, bias: model.bias, weights };
}

/** The model's most likely class for a sentence, with its probability. */
export function scoreTone(model: ToneReader, sentence: string): { kind: ToneClass; probability: number } {
  const p = softmax(
    model.bias,
    toneFeatures(sentence).map((f) => model.weights.get(f)),
    model.scale,
  );
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return { kind: TONE_CLASSES[best]!, probability: p[best]! };
}
