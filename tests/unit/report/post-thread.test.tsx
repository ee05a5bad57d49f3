import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { postParagraphs, withoutCounter } from '../../../lib/exchange/post-parts';
import { buildCaseReport } from '../../../lib/exchange/report';
import { sampleCase, sampleEscalation, T0 } from '../exchange/sample';
import { renderReport } from './render';

afterEach(cleanup);

const PART_1 = 'Hi @AcmeHelp, I have called 8 times about a $110 charge I never ordered (ref REF-1). 1/2';
const PART_2 = 'Each agent promised a refund by 15 Oct; nothing came. Please fix this. 2/2';
const URL_1 = 'https://x.com/me/status/1001';
const URL_2 = 'https://x.com/me/status/1002';

describe('thread counters', () => {
  it('drops only the part\'s own "i/n" from its end', () => {
    expect(withoutCounter(PART_1, 0, 2)).toBe(
      'Hi @AcmeHelp, I have called 8 times about a $110 charge I never ordered (ref REF-1).',
    );
    expect(withoutCounter(PART_2, 1, 2)).toBe('Each agent promised a refund by 15 Oct; nothing came. Please fix this.');
    // Not this part's counter, or a post of one part: the words are kept as they are.
    expect(withoutCounter('Paid 1/2 of the bill', 0, 1)).toBe('Paid 1/2 of the bill');
    expect(withoutCounter('Split 3/4', 0, 2)).toBe('Split 3/4');
  });
});

describe('a public post on the report', () => {
  const thread = sampleEscalation({
    parts: [PART_1, PART_2],
    postUrl: URL_1,
    postedParts: [
      { index: 1, at: T0 + 26 * 3_600_000 + 30_000, url: URL_2 },
      { index: 0, at: T0 + 26 * 3_600_000, url: URL_1 },
    ],
  });

  it('shows a two-part thread as two paragraphs, each with its own link, without counters', () => {
    const report = buildCaseReport(
      { case: sampleCase(), attempts: [], escalations: [thread], responses: [] },
      T0 + 30 * 3_600_000,
    );
    const { rows, container } = renderReport(report);
    const parts = [...rows[0]!.querySelectorAll('.post-part')];
    expect(parts).toHaveLength(2);
    expect(parts.map((p) => p.querySelector('p.written')?.textContent)).toEqual([
      'Hi @AcmeHelp, I have called 8 times about a $110 charge I never ordered (ref REF-1).',
      'Each agent promised a refund by 15 Oct; nothing came. Please fix this.',
    ]);
    expect(parts.map((p) => p.querySelector('a')?.getAttribute('href'))).toEqual([URL_1, URL_2]);
    expect(parts.map((p) => p.querySelector('a')?.textContent)).toEqual([URL_1, URL_2]);
    expect(container.textContent).not.toMatch(/\b[12]\/2\b/);
  });

  it('leaves out parts not posted yet; an older post without part records is whole, linked by its post link', () => {
    const half = sampleEscalation({ parts: [PART_1, PART_2], postedParts: [{ index: 0, at: T0, url: URL_1 }] });
    expect(postParagraphs(half).map((p) => p.index)).toEqual([0]);
    const legacy = sampleEscalation({ parts: [PART_1, PART_2], postUrl: URL_1 });
    expect(postParagraphs(legacy).map((p) => [p.index, p.url])).toEqual([
      [0, URL_1],
      [1, undefined],
    ]);
    // A first part recorded without its link still shows the post's link.
    const noFirstLink = sampleEscalation({
      parts: [PART_1, PART_2],
      postUrl: URL_1,
      postedParts: [
        { index: 0, at: T0 },
        { index: 1, at: T0, url: URL_2 },
      ],
    });
    expect(postParagraphs(noFirstLink).map((p) => p.url)).toEqual([URL_1, URL_2]);
  });

  it('says when a later part went out at another time', () => {
    const later = sampleEscalation({
      parts: [PART_1, PART_2],
      postedAt: T0,
      postedParts: [
        { index: 0, at: T0 },
        { index: 1, at: T0 + 3 * 3_600_000 },
      ],
    });
    const report = buildCaseReport(
      { case: sampleCase(), attempts: [], escalations: [later], responses: [] },
      T0 + 30 * 3_600_000,
    );
    const { rows } = renderReport(report);
    const parts = [...rows[0]!.querySelectorAll('.post-part')];
    expect(parts[0]!.textContent).not.toContain('Posted');
    expect(parts[1]!.textContent).toMatch(/Posted /);
  });
});
