import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toneModelSchema } from '../../../lib/compose/tone-model-schema';
import { fingerprintOf, trainToneModel } from '../../../lib/compose/tone-model-train';
import { TRAINING_ROWS } from './tone-training-rows';

// Run from the project's root, as every npm script is.
const FILE = resolve(process.cwd(), 'lib/compose/tone-model.json');

describe('the stored tone model', () => {
  it('is a valid model, trained on the tuning tables as they are now', () => {
    // `npm run train:courtesy` sets this to retrain it first, after a tuning table changed.
    if (process.env.PT_WRITE_TONE_MODEL === '1') {
      writeFileSync(FILE, `${JSON.stringify(trainToneModel(TRAINING_ROWS))}\n`);
    }
    const model = toneModelSchema.parse(JSON.parse(readFileSync(FILE, 'utf8')));
    expect({ sentences: TRAINING_ROWS.length, fingerprint: fingerprintOf(TRAINING_ROWS) }).toEqual(model.trainedOn);
    // Small enough for a chunk the composer loads when it opens.
    expect(readFileSync(FILE).length).toBeLessThan(400_000);
  }, 120_000);
});
