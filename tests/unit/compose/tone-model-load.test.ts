import { checkText, loadToneModel, ruleFindings, toneModelLoaded } from '../../../lib/compose/check';

// A file of its own: the reader, once loaded, stays loaded for the rest of a test file.
describe('tone model: loading', () => {
  const veiled = 'Mark my words, the guy who hung up on me will regret it.';

  it('checks with the rules alone until the weights are in, then with both readers', async () => {
    expect(toneModelLoaded()).toBe(false);
    expect(checkText(veiled)).toEqual(ruleFindings(veiled));
    expect(checkText(veiled)).toEqual([]);
    const first = loadToneModel();
    expect(loadToneModel()).toBe(first); // asked twice while loading, loaded once
    await first;
    expect(toneModelLoaded()).toBe(true);
    expect(checkText(veiled).map((f) => f.kind)).toEqual(['threat']);
  });
});
