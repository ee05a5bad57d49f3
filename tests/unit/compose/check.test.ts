import { applySuggestion, checkText } from '../../../lib/compose/check';
import { TABLE } from './check-table';
import { TABLE_2 } from './check-table-2';

describe('courtesy and risk check', () => {
  it('catches risky sentences and leaves courteous ones alone (precision and recall)', () => {
    const stats = measure('courtesy check', TABLE);
    expect(TABLE.length).toBeGreaterThanOrEqual(150);
    expect(stats.recall).toBeGreaterThanOrEqual(0.95);
    expect(stats.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });

  it('generalises to a second table written after the rules', () => {
    const stats = measure('courtesy check, second table', TABLE_2);
    expect(stats.recall).toBeGreaterThanOrEqual(0.9);
    expect(stats.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });

  function measure(label: string, table: typeof TABLE) {
    let truePositives = 0;
    let positives = 0;
    let falseAlarms = 0;
    let negatives = 0;
    let flagged = 0;
    const misses: string[] = [];
    for (const [sentence, expected] of table) {
      const kinds = checkText(sentence).map((f) => f.kind);
      if (kinds.length) flagged += 1;
      if (expected === 'ok') {
        negatives += 1;
        if (kinds.length) {
          falseAlarms += 1;
          misses.push(`false alarm ${kinds.join(',')}: ${sentence}`);
        }
      } else {
        positives += 1;
        if (kinds.includes(expected)) truePositives += 1;
        else misses.push(`missed ${expected} (got ${kinds.join(',') || 'nothing'}): ${sentence}`);
      }
    }
    const recall = truePositives / positives;
    const falseAlarmRate = falseAlarms / negatives;
    const precision = truePositives / Math.max(1, truePositives + falseAlarms);
    console.log(
      `${label}: ${table.length} sentences, recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%, false alarms ${(falseAlarmRate * 100).toFixed(1)}% (${flagged} flagged)`,
    );
    if (misses.length) console.log(misses.join('\n'));
    return { recall, falseAlarmRate, precision };
  }

  it('reports where each finding is, with an explanation and a suggestion', () => {
    const text = 'Hi, your agents are idiots and my email is a.b@example.com!!!';
    const findings = checkText(text);
    expect(findings.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['insult', 'idiots'],
      ['private', 'a.b@example.com'],
      ['shouting', '!!!'],
    ]);
    for (const f of findings) expect(f.message.length).toBeGreaterThan(10);
  });

  it('applies a suggestion in place and tidies the spaces', () => {
    const text = 'Your support team is useless. Please help.';
    const [finding] = checkText(text);
    expect(finding).toBeDefined();
    expect(applySuggestion(text, finding!)).toBe('Your support team is not working for me. Please help.');
    const shout = 'I WANT A REFUND today.';
    const [loud] = checkText(shout);
    expect(applySuggestion(shout, loud!)).toBe('i want a refund today.');
  });

  it('never reads handles, links or reference codes as shouting', () => {
    expect(checkText('@ATTHelp see https://EXAMPLE.COM/ABCDEF ref ABC-12345X and FAQ, UK ISP, ATM.')).toEqual([]);
  });

  it('never reads a handle as private data, even one shaped like a postcode or phone number', () => {
    expect(checkText('@EC1A1BB @W1A0AX @user5551234567@mastodon.social could you help? Thank you.')).toEqual([]);
    // The same shapes outside a handle are still private.
    expect(checkText('Please write to me at EC1A 1BB.').map((f) => f.kind)).toEqual(['private']);
  });
});
