import { describe, expect, it } from 'vitest';
import { companyRecords, median } from '../../../lib/followup/company-record';
import { HOUR } from '../../../lib/time-units';
import { aCase, aPost, aResponse, records } from './records';

describe('companyRecords', () => {
  it('median, fixed share and when the company answers', () => {
    const mon = Date.UTC(2026, 5, 1, 10, 0); // Monday 10:00 UTC
    const a = records({
      case: aCase({ id: '00000000-0000-4000-8000-00000000000a' }),
      escalations: [aPost(mon)],
      responses: [aResponse('public_reply', mon + HOUR), aResponse('fix', mon + 5 * HOUR)],
    });
    const b = records({
      case: aCase({ id: '00000000-0000-4000-8000-00000000000b' }),
      escalations: [aPost(mon)],
      responses: [aResponse('public_reply', mon + 10 * HOUR)],
    }); // 20:00
    const sat = Date.UTC(2026, 5, 6, 11, 0);
    const c = records({
      case: aCase({ id: '00000000-0000-4000-8000-00000000000c' }),
      escalations: [aPost(sat - 3 * HOUR)],
      responses: [aResponse('dm', sat)],
    });
    const other = records({ case: aCase({ id: '00000000-0000-4000-8000-00000000000d', companyId: 'other' }) });
    const rec = companyRecords([a, b, c, other], sat + HOUR, 'UTC');
    expect(rec.get('acme')).toEqual({
      companyId: 'acme',
      cases: 3,
      medianFirstPublicReplyMs: 5.5 * HOUR,
      publicReplies: 2,
      fixedShare: 1 / 3,
      fixed: 1,
      answers: { workingHours: 1, evenings: 1, weekends: 1, total: 3 },
    });
    expect(rec.get('other')).toMatchObject({ cases: 1, fixedShare: 0, answers: { total: 0 } });
    // The same answers in Tokyo time fall at other hours.
    expect(companyRecords([b], sat, 'Asia/Tokyo').get('acme')?.answers).toMatchObject({ workingHours: 0, evenings: 1 });
  });

  it('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});
