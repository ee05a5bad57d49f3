import { z } from 'zod';

/** The classes the tone model tells apart, in the order of its weights. */
export const TONE_CLASSES = ['ok', 'threat', 'defamation', 'insult', 'profanity'] as const;
export type ToneClass = (typeof TONE_CLASSES)[number];

const weightsSchema = z.array(z.number().int()).length(TONE_CLASSES.length);

/**
 * A trained tone model as stored in `tone-model.json`: its features, then one whole-number weight
 * per feature and class in one flat list (scaled by `scale`; flat, because a list of numbers is
 * checked and parsed many times faster than thousands of small objects), the classes' biases, and
 * a fingerprint of the sentences it was trained on, so a change to the tuning tables without
 * retraining is caught by a test.
 */
export const toneModelSchema = z
  .object({
    classes: z.tuple([
      z.literal('ok'),
      z.literal('threat'),
      z.literal('defamation'),
      z.literal('insult'),
      z.literal('profanity'),
    ]),
    scale: z.number().int().positive(),
    bias: weightsSchema,
    features: z.array(z.string().min(3)),
    weights: z.array(z.number().int()),
    trainedOn: z.object({ sentences: z.number().int().positive(), fingerprint: z.string().regex(/^[0-9a-f]{8}$/u) }),
  })
  .refine((m) => m.weights.length === m.features.length * TONE_CLASSES.length, {
    message: 'The tone model needs one weight per feature and class.',
  });
export type ToneModel = z.infer<typeof toneModelSchema>;
