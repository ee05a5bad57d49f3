import { recordsWithoutRefusedCharacters, withoutRefusedCharacters } from '../../../lib/compose/clean-text';
import { countPost } from '../../../lib/compose/count';
import { draftFor, type DraftRequest } from '../../../lib/compose/draft';
import { splitPost } from '../../../lib/compose/split';
import { stories, type Story } from '../../fixtures/stories';

const REFUSED = /[\uFEFF\uFFFE\uFFFF]/u;

/** The eight-calls story with its problem text pasted from a document, a byte-order mark inside. */
function withMarkInProblem(story: Story, mark: string): Story {
  const c = story.caseRecord;
  return { ...story, caseRecord: { ...c, problem: c.problem.replace(' ', ` ${mark}`) } };
}

const draft = (story: Story, over: Partial<DraftRequest> = {}) =>
  draftFor({ ...story, kind: 'initial', platform: 'x', tone: 'friendly', timeZone: 'UTC', now: story.now, ...over });

describe('withoutRefusedCharacters', () => {
  it('drops U+FEFF, U+FFFE and U+FFFF and nothing else', () => {
    expect(withoutRefusedCharacters('\uFEFFMy bill\uFFFE was\uFFFF wrong.')).toBe('My bill was wrong.');
    // Other invisible characters carry meaning (emoji joiners, word joiners) and stay.
    expect(withoutRefusedCharacters('👨\u200D👩 a\u2060b\u00A0c')).toBe('👨\u200D👩 a\u2060b\u00A0c');
  });
});

describe('splitPost', () => {
  it('drops a refused character instead of cutting the post into a thread around it', () => {
    for (const mark of ['\uFEFF', '\uFFFE', '\uFFFF']) {
      const text = `@Help My bill is wrong.${mark} Please fix it.`;
      expect(countPost('x', text).fits).toBe(false);
      expect(splitPost('x', text)).toEqual(['@Help My bill is wrong. Please fix it.']);
    }
  });

  it('drops them from every part of a text that does need a thread', () => {
    for (const mark of ['\uFEFF', '\uFFFE', '\uFFFF']) {
      const text = `@Help ${'The charge is wrong. '.repeat(10)}Please${mark} refund it. ${'Please refund it. '.repeat(9)}`;
      const parts = splitPost('x', text);
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) {
        expect(part).not.toMatch(REFUSED);
        expect(countPost('x', part).fits).toBe(true);
      }
    }
  });
});

describe('drafts from logged text holding a byte-order mark', () => {
  it('never put a refused character in a post, and every post fits', () => {
    for (const mark of ['\uFEFF', '\uFFFE', '\uFFFF']) {
      for (const platform of ['x', 'bluesky', 'mastodon'] as const) {
        for (const part of draft(withMarkInProblem(stories.eightCalls, mark), { platform }).parts) {
          expect(part).not.toMatch(REFUSED);
          expect(countPost(platform, part).fits).toBe(true);
        }
      }
    }
  });

  it('read as the same story without the mark once the records are cleaned', () => {
    const clean = draft(stories.eightCalls);
    for (const mark of ['\uFEFF', '\uFFFE', '\uFFFF']) {
      const d = draft(recordsWithoutRefusedCharacters(withMarkInProblem(stories.eightCalls, mark)));
      expect(d.parts).toEqual(clean.parts);
      expect(d.text).toBe(clean.text);
    }
  });
});

describe('recordsWithoutRefusedCharacters', () => {
  it('cleans every logged text a draft may quote, and leaves the records themselves alone', () => {
    const story = stories.eightCalls;
    const marked: Story = {
      ...story,
      caseRecord: {
        ...story.caseRecord,
        title: `\uFEFF${story.caseRecord.title}`,
        ask: `${story.caseRecord.ask}\uFFFF`,
        privateRef: '44\uFEFF17',
      },
      attempts: story.attempts.map((a, i) =>
        i === 0 ? { ...a, reference: 'REF\uFEFF-1', promise: { text: 'a call\uFFFE back', dueAt: a.at } } : a,
      ),
    };
    const cleaned = recordsWithoutRefusedCharacters(marked);
    expect(cleaned.caseRecord.title).toBe(story.caseRecord.title);
    expect(cleaned.caseRecord.ask).toBe(story.caseRecord.ask);
    expect(cleaned.caseRecord.privateRef).toBe('4417');
    expect(cleaned.attempts[0]!.reference).toBe('REF-1');
    expect(cleaned.attempts[0]!.promise?.text).toBe('a call back');
    // Absent fields stay absent rather than appearing as undefined.
    expect(Object.keys(cleaned.attempts[1]!)).toEqual(Object.keys(story.attempts[1]!));
    expect(marked.caseRecord.title.startsWith('\uFEFF')).toBe(true);
    expect(cleaned.name).toBe(story.name);
  });
});
