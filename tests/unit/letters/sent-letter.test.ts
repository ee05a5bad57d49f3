import { describe, expect, it } from 'vitest';
import { attempts, attemptsOfCase } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { toLocalInputValue } from '../../../lib/format/time';
import { complaintLetter } from '../../../lib/letters/complaint-letter';
import { saveSentLetter } from '../../../lib/letters/save-sent';
import { fitText, readSentForm, sentLetterAttempt } from '../../../lib/letters/sent-letter';
import { LIMITS } from '../../../lib/model';
import { stories } from '../../fixtures/stories';
import { withFreshDb } from '../calls/db';

withFreshDb();

const story = stories.eightCalls;
const today = { year: 2026, month: 11, day: 14 };
const letter = complaintLetter(
  {
    records: story,
    sender: { name: 'Alex Doe', address: '' },
    now: story.now,
    fmt: { locale: 'en-GB', timeZone: 'UTC' },
  },
  { recipientAddress: '', orderRef: '' },
);
const sent = (over: Partial<Parameters<typeof sentLetterAttempt>[0]> = {}) =>
  sentLetterAttempt({
    id: crypto.randomUUID(),
    caseId: story.caseRecord.id,
    companyId: story.caseRecord.companyId,
    kind: 'complaint',
    letter,
    sentOn: today,
    now: story.now,
    today,
    ...over,
  });

describe('a sent letter as an attempt', () => {
  it('is a letter to the company with its subject, the text as sent and the tracking number', () => {
    const a = sent({ tracking: 'RR123456789GB' });
    expect(a).toMatchObject({
      channel: 'letter',
      contact: 'T-Mobile (US)',
      subject: letter.subject,
      messageCopy: letter.text,
      reference: 'RR123456789GB',
      at: story.now,
      outcome: 'pending',
    });
  });

  it('sent on an earlier day is dated midday that day; a long letter is cut to the limit, saying so', () => {
    const earlier = sent({ sentOn: { year: 2026, month: 11, day: 12 } });
    expect(toLocalInputValue(earlier.at)).toBe('2026-11-12T12:00');
    const long = sent({ letter: { ...letter, text: `${letter.text}\n${'A line of history.\n'.repeat(400)}` } });
    expect(long.messageCopy!.length).toBeLessThanOrEqual(LIMITS.text);
    expect(long.messageCopy).toMatch(/\[The letter continues on paper: it was longer than Paper Trail keeps\.\]$/);
    expect(fitText('short', 10, 'cut')).toBe('short');
  });

  it('the sent form: a real day, not after today, and a tracking number of at most 200 characters', () => {
    expect(readSentForm({ sentOn: '2026-11-14', tracking: ' RR1 ' }, today)).toEqual({
      ok: true,
      sentOn: today,
      tracking: 'RR1',
    });
    expect(readSentForm({ sentOn: '', tracking: '' }, today)).toEqual({
      ok: false,
      errors: { sentOn: 'Enter the date you sent the letter.' },
    });
    expect(readSentForm({ sentOn: '2026-11-15', tracking: '' }, today)).toEqual({
      ok: false,
      errors: { sentOn: 'This date is after today.' },
    });
    expect(readSentForm({ sentOn: '2026-11-31', tracking: '' }, today)).toEqual({
      ok: false,
      errors: { sentOn: 'Enter a date that exists, such as 2026-11-03.' },
    });
    expect(readSentForm({ sentOn: '2026-11-14', tracking: 'x'.repeat(201) }, today)).toEqual({
      ok: false,
      errors: { tracking: 'This is too long: at most 200 characters.' },
    });
  });

  it('is logged once: a second click, or the same letter after a reload, writes nothing more', async () => {
    await cases.put(story.caseRecord);
    const a = sent();
    expect(await saveSentLetter(a, story.now)).toMatchObject({ already: false });
    expect(await saveSentLetter(a, story.now)).toMatchObject({ already: true });
    const again = sent();
    expect(again.id).not.toBe(a.id);
    expect(await saveSentLetter(again, story.now)).toMatchObject({ already: true, attempt: { id: a.id } });
    expect(await attemptsOfCase(story.caseRecord.id)).toHaveLength(1);
    expect(await attempts.get(a.id)).toMatchObject({ channel: 'letter' });
    expect((await cases.get(story.caseRecord.id))?.lastActivityAt).toBe(story.now);
  });
});
