import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import modelFile from '../../../lib/compose/tone-model.json';
import { toneModelSchema } from '../../../lib/compose/tone-model-schema';
import { fingerprintOf, trainToneModel } from '../../../lib/compose/tone-model-train';
import { TRAINING_ROWS } from './tone-training-rows';

// Run from the project's root, as every npm script is.
const FILE = resolve(process.cwd(), 'lib/compose/tone-model.json');

describe('the stored tone model', () => {
  // `npm run train:courtesy` retrains it after the tuning tables change.
  it.runIf(process.env.PT_WRITE_TONE_MODEL === '1')(
    'is written from the tuning tables',
    () => {
      writeFileSync(FILE, `${JSON.stringify(trainToneModel(TRAINING_ROWS))}\n`);
    },
    120_000,
  );

  it('is a valid model, trained on the tuning tables as they are now', () => {
    const model = toneModelSchema.parse(modelFile);
    expect({ sentences: TRAINING_ROWS.length, fingerprint: fingerprintOf(TRAINING_ROWS) }).toEqual(model.trainedOn);
    // Small enough for the composer's chunk.
    expect(JSON.stringify(model).length).toBeLessThan(400_000);
  });
});
