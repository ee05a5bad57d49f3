import { checkText } from '../../../lib/compose/check';
import { countPost } from '../../../lib/compose/count';
import { draftFor, type DraftRequest } from '../../../lib/compose/draft';
import { PLATFORMS } from '../../../lib/model';
import { day } from '../../fixtures/stories/builders';
import { stories, type Story } from '../../fixtures/stories';

const draft = (story: Story, over: Partial<DraftRequest> = {}) =>
  draftFor({ ...story, kind: 'follow_up', platform: 'x', tone: 'firm', timeZone: 'UTC', now: story.now, ...over });

// Posted on 9 Nov 12:00; afterwards a DM, an email and a call by the person.
const social = stories.fastSocial;
const quiet: Story = { ...social, responses: [] };
const oneMore: Story = { ...quiet, attempts: social.attempts.filter((a) => a.at < day('2026-11-09T14:00:00')) };
const noMore: Story = { ...quiet, attempts: social.attempts.filter((a) => a.at < day('2026-11-09T12:00:00')) };

describe('the follow-up opening tells what happened since the post', () => {
  it('a company reply since the post is named with its date', () => {
    expect(draft(social).text).toContain(
      'Following up on my post of 9 Nov: you replied on 11 Nov, but this is still not resolved.',
    );
  });

  it('an email answered since the post counts as a reply', () => {
    const answered = quiet.attempts.map((a) =>
      a.channel === 'email' ? { ...a, repliedAt: day('2026-11-10T08:00:00') } : a,
    );
    expect(draft({ ...quiet, attempts: answered }).text).toContain(
      'you replied on 10 Nov, but this is still not resolved.',
    );
  });

  it('without a reply, the person’s own attempts since the post are counted, with the plural right', () => {
    expect(draft(quiet).text).toContain(
      'Since my post on 9 Nov I have contacted you 3 more times, and this is still not resolved.',
    );
    expect(draft(oneMore).text).toContain(
      'Since my post on 9 Nov I have contacted you 1 more time, and this is still not resolved.',
    );
  });

  it('with nothing since the post, it counts the days as before', () => {
    expect(draft(noMore).text).toContain(
      "Following up: it's been 6 days since my post on 9 Nov, and this is still not resolved.",
    );
  });

  it('every variant fits every network and passes the check', () => {
    for (const story of [social, quiet, oneMore, noMore]) {
      for (const platform of PLATFORMS) {
        for (const tone of ['friendly', 'firm', 'final'] as const) {
          draft(story, { platform, tone }).parts.forEach((part, i) => {
            expect(countPost(platform, part, { role: platform === 'reddit' && i === 0 ? 'title' : 'body' }).fits).toBe(
              true,
            );
            expect(checkText(part)).toEqual([]);
          });
        }
      }
    }
  });
});

describe('facts a compact post keeps', () => {
  it('lists every promised date, splitting rather than leaving any out', () => {
    expect(draft(stories.checkInTheMail, { kind: 'initial' }).text).toContain(
      '3 promised dates have passed (15 Sep, 30 Sep and 10 Oct).',
    );
    const mastodon = draft(stories.checkInTheMail, { platform: 'mastodon', tone: 'friendly' });
    expect(mastodon.parts.join(' ')).toContain('(15 Sep, 30 Sep and 10 Oct)');
  });

  it('keeps the reference numbers on every short network, as a thread where one post is too short', () => {
    for (const story of [stories.eightCalls, stories.fastSocial, stories.officeHours, stories.etiquette]) {
      const refs = [...new Set(story.attempts.flatMap((a) => (a.reference ? [a.reference] : [])))].slice(0, 3);
      for (const platform of ['x', 'bluesky', 'mastodon', 'threads'] as const) {
        const text = draft(story, { platform, kind: 'initial' }).parts.join(' ');
        for (const ref of refs) expect({ platform, has: text.includes(ref) }).toEqual({ platform, has: true });
      }
    }
  });
});
