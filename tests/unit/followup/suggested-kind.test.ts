import { describe, expect, it } from 'vitest';
import { suggestedKind } from '../../../lib/followup/suggested-kind';
import { DAY, HOUR } from '../../../lib/time-units';
import { aCase, anAttempt, aPost, aResponse, records } from './records';

const T0 = Date.UTC(2026, 11, 5, 14, 5);
const MIN = 60_000;

describe('suggestedKind', () => {
  it('a first post when nothing was posted yet (a draft is not a post)', () => {
    expect(suggestedKind(records({ attempts: [anAttempt(T0 - DAY)] }), T0, 24)).toBe('initial');
    expect(
      suggestedKind(records({ escalations: [aPost(T0, { status: 'draft', postedAt: undefined })] }), T0 + 2 * DAY, 24),
    ).toBe('initial');
  });

  it('no follow-up minutes after a post: a first post (for another network) until the window has passed', () => {
    const posted = records({ escalations: [aPost(T0)] });
    expect(suggestedKind(posted, T0 + 10 * MIN, 24)).toBe('initial');
    expect(suggestedKind(posted, T0 + 24 * HOUR - 1, 24)).toBe('initial');
    expect(suggestedKind(posted, T0 + 24 * HOUR, 24)).toBe('follow_up');
    expect(suggestedKind(posted, T0 + 6 * HOUR, 6)).toBe('follow_up');
  });

  it('a follow-up at once when the company answered since the post', () => {
    expect(
      suggestedKind(
        records({ escalations: [aPost(T0)], responses: [aResponse('public_reply', T0 + 5 * MIN)] }),
        T0 + 10 * MIN,
        24,
      ),
    ).toBe('follow_up');
    const emailAnswered = anAttempt(T0 - DAY, { channel: 'email', repliedAt: T0 + HOUR });
    expect(suggestedKind(records({ attempts: [emailAnswered], escalations: [aPost(T0)] }), T0 + 2 * HOUR, 24)).toBe(
      'follow_up',
    );
    // An answer before the post does not count for it.
    expect(
      suggestedKind(records({ escalations: [aPost(T0)], responses: [aResponse('dm', T0 - HOUR)] }), T0 + HOUR, 24),
    ).toBe('initial');
  });

  it('a thank-you once fixed or resolved, never a follow-up', () => {
    const post = aPost(T0 - 3 * DAY);
    expect(suggestedKind(records({ escalations: [post], responses: [aResponse('fix', T0 - DAY)] }), T0, 24)).toBe(
      'thanks',
    );
    expect(
      suggestedKind(
        records({ case: aCase({ status: 'resolved', resolvedAt: T0 - DAY }), escalations: [post] }),
        T0,
        24,
      ),
    ).toBe('thanks');
    const thanked = records({
      case: aCase({ status: 'resolved', resolvedAt: T0 - DAY }),
      escalations: [post, aPost(T0 - HOUR, { kind: 'thanks' })],
    });
    expect(suggestedKind(thanked, T0, 24)).toBe('thanks');
  });
});
