import { describe, expect, it } from 'vitest';
import {
  emptyFollowState,
  MAX_PAGES_PER_REPORT,
  pagesToRead,
  prune,
  withLoad,
  withRead,
  withSent,
  type FollowState,
} from '../../../lib/capture/follow';
import { FOLLOW_REPORT_MS } from '../../../lib/autolog/windows';

const T = 1_000_000;
const sent = (over: Partial<{ attemptId: string; site: string; at: number; tabId: number }> = {}) => ({
  attemptId: 'a1',
  site: 'acme.com',
  at: T,
  tabId: 7,
  ...over,
});
const load = (over: Partial<{ tabId: number; url: string; site: string; at: number }> = {}) => ({
  tabId: 7,
  url: 'https://www.acme.com/thanks',
  site: 'acme.com',
  at: T + 300,
  ...over,
});
const urls = (state: FollowState, now = T + 1_000) =>
  pagesToRead(state, now).map(({ load: l }) => `${l.tabId} ${l.url}`);

describe('pages to read after a report', () => {
  it('reads the next page of the tab whichever of the two the background learnt first', () => {
    const reportFirst = withLoad(withSent(emptyFollowState(), sent()), load());
    const loadFirst = withSent(withLoad(emptyFollowState(), load()), sent());
    expect(urls(reportFirst)).toEqual(['7 https://www.acme.com/thanks']);
    expect(urls(loadFirst)).toEqual(urls(reportFirst));
  });

  it('reads each pair once', () => {
    const state = withLoad(withSent(emptyFollowState(), sent()), load());
    expect(urls(withRead(state, pagesToRead(state, T + 1_000)))).toEqual([]);
  });

  it('never reads a page of another site, a page loaded before the send, or one after the window', () => {
    const base = withSent(emptyFollowState(), sent());
    expect(urls(withLoad(base, load({ site: 'evil.com', url: 'https://evil.com/' })))).toEqual([]);
    expect(urls(withLoad(base, load({ at: T - 1 })))).toEqual([]);
    expect(urls(withLoad(base, load({ at: T + FOLLOW_REPORT_MS + 1 })), T + FOLLOW_REPORT_MS + 1)).toEqual([]);
    expect(urls(withLoad(base, load({ tabId: 8 })))).toEqual([]);
  });

  it('reads a page of the same site in any tab when the report came without its tab (the outbox)', () => {
    const { tabId: _tab, ...noTab } = sent();
    expect(urls(withLoad(withSent(emptyFollowState(), noTab), load({ tabId: 9 })))).toEqual([
      '9 https://www.acme.com/thanks',
    ]);
  });

  it('merges the message and the outbox reports of one attempt: the tab, once known, is kept', () => {
    const { tabId: _tab, ...noTab } = sent();
    const state = withSent(withSent(emptyFollowState(), noTab), sent({ at: T + 5 }));
    expect(state.sent).toEqual([sent()]);
    expect(urls(withLoad(state, load({ tabId: 9 })))).toEqual([]);
  });

  it('follows a report onto a few pages at most (a redirect page, then the thank-you page)', () => {
    let state = withSent(emptyFollowState(), sent());
    for (let i = 0; i < 5; i += 1) state = withLoad(state, load({ at: T + 10 + i, url: `https://www.acme.com/p${i}` }));
    expect(urls(state)).toHaveLength(MAX_PAGES_PER_REPORT);
  });

  it('forgets what is older than the window', () => {
    const state = withRead(withLoad(withSent(emptyFollowState(), sent()), load()), [{ sent: sent(), load: load() }]);
    expect(prune(state, T + FOLLOW_REPORT_MS + 1_000)).toEqual(emptyFollowState());
  });
});
