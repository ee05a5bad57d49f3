import {
  nextPartIndex,
  partUrls,
  postedPartsOf,
  replyParentUrl,
  threadInProgress,
  withPartPosted,
  withPartUrl,
} from '../../../lib/compose/thread-progress';
import { samePost, xStatusId } from '../../../lib/social/permalinks';
import { Escalation } from '../../../lib/model';

const base: Escalation = {
  id: '11111111-1111-4111-8111-111111111111',
  caseId: '22222222-2222-4222-8222-222222222222',
  companyId: 't-mobile',
  platform: 'x',
  handle: 'TMobileHelp',
  kind: 'initial',
  tone: 'friendly',
  parts: ['one 1/3', 'two 2/3', 'three 3/3'],
  status: 'draft',
  createdAt: 1,
  updatedAt: 1,
};

describe('thread progress', () => {
  it('a draft has nothing posted and starts at part 1', () => {
    expect(postedPartsOf(base)).toEqual([]);
    expect(nextPartIndex(base, 3)).toBe(0);
    expect(nextPartIndex(undefined, 2)).toBe(0);
    expect(threadInProgress([base])).toBeUndefined();
  });

  it('a post recorded before parts were tracked counts as posted whole, with its link on part 1', () => {
    const legacy: Escalation = { ...base, status: 'posted', postedAt: 50, postUrl: 'https://x.com/me/status/9' };
    expect(postedPartsOf(legacy)).toEqual([
      { index: 0, at: 50, url: 'https://x.com/me/status/9' },
      { index: 1, at: 50 },
      { index: 2, at: 50 },
    ]);
    expect(nextPartIndex(legacy, 3)).toBeUndefined();
    expect(threadInProgress([legacy])).toBeUndefined();
  });

  it('records parts in any order; the post is posted from its earliest part, linked by part 1', () => {
    const two = withPartPosted(base, 1, 200, 'https://x.com/me/status/2', 201);
    expect(two).toMatchObject({ status: 'posted', postedAt: 200, updatedAt: 201 });
    expect(two.postUrl).toBeUndefined();
    expect(nextPartIndex(two, 3)).toBe(0);
    const both = withPartPosted(two, 0, 100, 'https://x.com/me/status/1', 202);
    expect(both).toMatchObject({ postedAt: 100, postUrl: 'https://x.com/me/status/1' });
    expect(nextPartIndex(both, 3)).toBe(2);
    expect(replyParentUrl(both, 2)).toBe('https://x.com/me/status/2');
    expect(replyParentUrl(both, 0)).toBeUndefined();
    expect(partUrls(both)).toEqual(['https://x.com/me/status/1', 'https://x.com/me/status/2']);
    expect(threadInProgress([base, both])?.id).toBe(base.id);
  });

  it('a part recorded again keeps its first time and only gains a missing link', () => {
    const once = withPartPosted(base, 0, 100, undefined, 101);
    const again = withPartPosted(once, 0, 300, 'https://x.com/me/status/1', 301);
    expect(again.postedParts).toEqual([{ index: 0, at: 100, url: 'https://x.com/me/status/1' }]);
    const third = withPartPosted(again, 0, 400, 'https://x.com/me/status/777', 401);
    expect(third.postedParts).toEqual([{ index: 0, at: 100, url: 'https://x.com/me/status/1' }]);
    // A pasted link replaces it, and part 1's link is the post's link.
    const pasted = withPartUrl(third, 0, 'https://x.com/me/status/5', 500);
    expect(pasted).toMatchObject({
      postUrl: 'https://x.com/me/status/5',
      postedParts: [{ index: 0, at: 100, url: 'https://x.com/me/status/5' }],
    });
    expect(withPartUrl(third, 2, 'https://x.com/me/status/6', 600)).toBe(third);
    expect(Escalation.safeParse(pasted).success).toBe(true);
  });

  it('names X posts by id, whatever the link form', () => {
    expect(xStatusId('https://x.com/i/status/123')).toBe('123');
    expect(xStatusId('https://mobile.twitter.com/me/status/123/photo/1')).toBe('123');
    expect(xStatusId('https://example.com/me/status/123')).toBeUndefined();
    expect(samePost('https://x.com/i/status/123', 'https://twitter.com/SomeOne/status/123?s=20')).toBe(true);
    expect(samePost('https://x.com/me/status/123', 'https://x.com/me/status/124')).toBe(false);
  });
});
