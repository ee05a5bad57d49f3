import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../lib/format/time';
import type { Outcome } from '../../../lib/model';
import { stories } from '../../fixtures/stories';
import { renderReport, storyReport } from './render';

afterEach(cleanup);

const OUTCOME_WORDS: Record<Outcome, string> = {
  no_answer: 'No answer',
  unresolved: 'Not resolved',
  transferred: 'Transferred',
  promised: 'Promised something',
  refused: 'Refused',
  resolved: 'Resolved',
  pending: 'Pending',
};

describe.each(Object.values(stories).map((s) => [s.name, s] as const))('report of "%s"', (_name, story) => {
  it('has every fact of every record in its row, in words', () => {
    const report = storyReport(story);
    const { rows, cellLines, container } = renderReport(report);
    expect(rows).toHaveLength(report.events.length);
    report.events.forEach((event, i) => {
      const [when = [], , details = [], outcome = []] = cellLines(rows[i]!);
      const text = details.join('\n');
      expect(when.join('')).toBe(formatDateTime(event.at));
      if (event.type === 'attempt') {
        const a = event.record;
        if (a.contact) expect(text).toContain(a.contact);
        if (a.subject) expect(details).toContain(`Subject: ${a.subject}`);
        if (a.agents.length) expect(details).toContain(`Agents: ${a.agents.join(', ')}`);
        if (a.reference) expect(details).toContain(`Reference: ${a.reference}`);
        if (a.holdSeconds !== undefined) expect(text).toMatch(/^On hold: \d+ (minutes?|hours?|seconds?)/m);
        if (a.endedAt !== undefined) expect(text).toMatch(/^Duration: \d+ (minutes?|hours?)/m);
        if (a.summary) expect(text).toContain(a.summary);
        if (a.promise)
          expect(text).toContain(`Promised: “${a.promise.text}” by ${formatDate(a.promise.dueAt)} (promise `);
        if (a.awaitingReply && a.repliedAt === undefined) expect(details).toContain('No reply received yet');
        // The outcome in words, never the stored code.
        expect(outcome).toEqual([OUTCOME_WORDS[a.outcome]]);
      } else if (event.type === 'response') {
        const r = event.record;
        if (r.by) expect(details).toContain(`From: ${r.by}`);
        if (r.note) expect(text).toContain(r.note);
        if (r.url) expect(text).toContain(r.url);
        if (r.escalationId) expect(text).toMatch(/^In answer to the public post on X of /m);
      } else {
        for (const part of event.record.parts) expect(details).toContain(part);
      }
    });
    const c = story.caseRecord;
    const all = container.textContent ?? '';
    for (const fact of [c.title, c.problem, c.ask, c.privateRef, story.company?.name])
      if (fact) expect(all).toContain(fact);
    expect(all).not.toMatch(/\d+ hr \d+ min/);
  });
});

describe('story reports in words', () => {
  it('eight calls: number dialled, length, hold, agent, reference, outcome; phone time with its hold', () => {
    const { rows, cellLines, container } = renderReport(storyReport(stories.eightCalls));
    expect(cellLines(rows[0]!)).toEqual([
      [formatDateTime(stories.eightCalls.attempts[0]!.at)],
      ['Contact: Phone call'],
      [
        'Number dialled: +1 800 937 8997',
        'Duration: 25 minutes',
        'On hold: 10 minutes',
        'Agents: Maria',
        'Reference: TM-55120',
      ],
      ['Not resolved'],
    ]);
    expect(cellLines(rows[7]!)[3]).toEqual(['Refused']);
    expect(container.textContent).toContain('Time on the phone3 hours 5 minutes, of which 1 hour 20 minutes on hold');
  });

  it('etiquette: the email keeps its subject', () => {
    const { rows, cellLines } = renderReport(storyReport(stories.etiquette));
    expect(cellLines(rows[0]!)[2]).toEqual(['Subject: Late order', 'Reference: NP-204331']);
  });

  it('check in the mail: each promise with its due date and that it was broken', () => {
    const { rows, cellLines, container } = renderReport(storyReport(stories.checkInTheMail));
    expect(cellLines(rows[0]!)[2]).toContain(
      `Promised: “refund cheque in the mail” by ${formatDate(Date.UTC(2026, 8, 15))} (promise broken)`,
    );
    expect(cellLines(rows[0]!)[3]).toEqual(['Promised something']);
    expect(container.textContent).toContain('Promises broken3');
  });

  it('office hours: the unanswered email, and the first response in days and hours', () => {
    const { rows, cellLines, container } = renderReport(storyReport(stories.officeHours));
    expect(cellLines(rows[0]!)[2]).toEqual(['No reply received yet']);
    expect(cellLines(rows[0]!)[3]).toEqual(['No answer']);
    // 4 May 09:00 to 23 May 18:30.
    expect(container.textContent).toContain('Time to first response19 days 10 hours');
  });
});

describe('facts the stories do not use', () => {
  it('an email replied to, a form logged automatically with its copy and page, a response with a promise and a link', () => {
    const c = stories.etiquette.caseRecord;
    const base = stories.etiquette.attempts[0]!;
    const at = base.at;
    const report = storyReport({
      ...stories.etiquette,
      attempts: [
        { ...base, contact: 'orders@northwind.example', repliedAt: at + 3 * 3_600_000 },
        {
          ...base,
          id: 'a1000000-0000-4000-8000-000000000001',
          channel: 'web_form',
          at: at + 60_000,
          contact: 'Contact us',
          subject: 'Order NP-204331',
          messageCopy: 'Hello,\nmy order came late.',
          pageUrl: 'https://northwind.example/contact',
          source: 'auto',
          outcome: 'pending',
        },
      ],
      responses: [
        {
          id: 'f1000000-0000-4000-8000-000000000001',
          caseId: c.id,
          kind: 'promise',
          at: at + 86_400_000,
          by: 'Jo at Northwind',
          url: 'https://northwind.example/tickets/9',
          promise: { text: 'refund of the rush fee', dueAt: at + 2 * 86_400_000 },
          promiseKept: true,
          source: 'manual',
          createdAt: at,
          updatedAt: at,
        },
      ],
    });
    const { rows, cellLines } = renderReport(report);
    expect(cellLines(rows[0]!)[2]).toEqual([
      'To: orders@northwind.example',
      'Subject: Late order',
      'Reference: NP-204331',
      `Reply received: ${formatDateTime(at + 3 * 3_600_000)}`,
    ]);
    expect(cellLines(rows[1]!)).toEqual([
      [formatDateTime(at + 60_000)],
      ['Contact: Web form'],
      [
        'Form: Contact us',
        'Subject: Order NP-204331',
        'Reference: NP-204331',
        'Message as sent:',
        'Hello,\nmy order came late.',
        'On the page: https://northwind.example/contact',
        'Logged automatically by Paper Trail when it happened.',
      ],
      ['Pending'],
    ]);
    expect(rows[1]!.querySelector('a')?.getAttribute('href')).toBe('https://northwind.example/contact');
    expect(cellLines(rows[2]!)).toEqual([
      [formatDateTime(at + 86_400_000)],
      ['Company response: promise'],
      [
        'From: Jo at Northwind',
        `Promised: “refund of the rush fee” by ${formatDate(at + 2 * 86_400_000)} (promise kept)`,
        'Link: https://northwind.example/tickets/9',
      ],
      ['Promise kept'],
    ]);
  });
});
