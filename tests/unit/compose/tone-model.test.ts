import { checkText, loadToneModel, ruleFindings } from '../../../lib/compose/check';
import { toneFeatures } from '../../../lib/compose/tone-features';
import { fingerprintOf, trainToneModel, type LabelledSentence } from '../../../lib/compose/tone-model-train';
import { scoreTone, toneReader } from '../../../lib/compose/tone-score';

describe('tone model: features', () => {
  it('folds case, accents, handles, links and digits, so no name or number is learnt', () => {
    const a = toneFeatures('@AcmeHelp Vous allez REGRETTER ça, ref 4471 https://x.com/a/status/1');
    const b = toneFeatures('@OtherCo vous allez regretter ca, ref 9902 https://example.com/');
    expect(a).toEqual(b);
    expect(a).toContain('w:regretter');
    expect(a).toContain('b:allez_regretter');
    expect(a).toContain('p:regre');
    expect(a).toContain('c:ref ');
    expect(a.some((f) => /acme|4471/u.test(f))).toBe(false);
  });
});

describe('tone model: training', () => {
  const rows: LabelledSentence[] = [
    ['I will smash your windows', 'threat'],
    ['you will regret this, watch your back', 'threat'],
    ['smash the shop and watch them run', 'threat'],
    ['your staff are thieves who rob customers', 'defamation'],
    ['they rob pensioners and launder the money', 'defamation'],
    ['your agent is a useless idiot', 'insult'],
    ['what a clueless idiot on the phone', 'insult'],
    ['thanks for the quick refund', 'ok'],
    ['my parcel arrived today, thanks', 'ok'],
    ['could you check my order please', 'ok'],
    ['the app logs me out every day', 'ok'],
    ['MY ORDER IS LATE', 'shouting'],
  ];

  it('learns the classes from labelled sentences and reads new ones', () => {
    const model = toneReader(trainToneModel(rows));
    expect(scoreTone(model, 'I will smash your office windows').kind).toBe('threat');
    expect(scoreTone(model, 'they rob customers').kind).toBe('defamation');
    expect(scoreTone(model, 'thanks, the refund arrived').kind).toBe('ok');
  });

  it('is the same model every time from the same sentences, and says what it was trained on', () => {
    expect(trainToneModel(rows)).toEqual(trainToneModel(rows));
    expect(trainToneModel(rows).trainedOn).toEqual({ sentences: rows.length, fingerprint: fingerprintOf(rows) });
  });

  it('leaves shouting and private data to the rules: rows so labelled teach it nothing', () => {
    const without = rows.filter(([, label]) => label !== 'shouting');
    const a = trainToneModel(rows);
    const b = trainToneModel(without);
    expect(a.features).toEqual(b.features);
    expect(a.weights).toEqual(b.weights);
  });

  it('fingerprints every sentence and label', () => {
    const relabelled = rows.map(([text, label], i): LabelledSentence => [text, i === 0 ? 'ok' : label]);
    expect(fingerprintOf(relabelled)).not.toBe(fingerprintOf(rows));
    expect(fingerprintOf(rows)).toMatch(/^[0-9a-f]{8}$/u);
  });
});

describe('tone model: in the check', () => {
  beforeAll(() => loadToneModel());
  const veiled = 'Mark my words, the guy who hung up on me will regret it.';

  it('names a threat worded in a way no rule foresaw, in softer words than a rule would', () => {
    expect(ruleFindings(veiled)).toEqual([]);
    const [finding] = checkText(veiled);
    expect(finding).toMatchObject({ kind: 'threat', start: 0, end: veiled.length, suggestion: '' });
    expect(finding!.message).toMatch(/could/u);
  });

  it('offers to remove the sentence but keeps its handle, link and reference', () => {
    const text = `Thanks for nothing. @ZipLineHelp ref ZX-44120, ${veiled.toLowerCase()}`;
    const finding = checkText(text).find((f) => f.kind === 'threat');
    expect(finding).toBeDefined();
    expect(text.slice(finding!.start, finding!.end)).toMatch(/^@ZipLineHelp/u);
    expect(finding!.suggestion).toBe('@ZipLineHelp ZX-44120');
  });

  it('never adds a finding over one the rules made', () => {
    const text = 'Your agents are a bunch of clueless clowns.';
    expect(checkText(text)).toEqual(ruleFindings(text).sort((a, b) => a.start - b.start));
  });

  it('leaves ordinary requests and thanks alone', () => {
    for (const text of [
      'Thanks for the quick reply, the refund arrived today.',
      'Could someone check order 55812? It still says processing.',
      'Merci pour votre aide, le colis est bien arrivé.',
      'Vielen Dank, das Problem ist gelöst.',
    ]) {
      expect(checkText(text)).toEqual([]);
    }
  });
});
