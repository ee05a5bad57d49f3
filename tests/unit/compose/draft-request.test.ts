import { draftRequest } from '../../../lib/handlers/draft-request';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { escalations } from '../../../lib/db/escalations';
import { countPost } from '../../../lib/compose/count';
import { Refusal } from '../../../lib/messages/refusal';
import type { Platform } from '../../../lib/model';
import { stories } from '../../fixtures/stories';

const ctx = { origin: 'page' as const, url: 'https://x.com/compose/post', tabId: 1, now: stories.eightCalls.now };
const request = (handle: string, url = ctx.url, platform: Platform = 'x') =>
  draftRequest({ type: 'cs/draft-request', platform, handle }, { ...ctx, url });

describe('cs/draft-request', () => {
  let db: PaperTrailDb;
  beforeEach(async () => {
    db = new PaperTrailDb(`draft-request-${crypto.randomUUID()}`);
    setDbForTests(db);
    const s = stories.eightCalls;
    await cases.put(s.caseRecord);
    await attempts.bulkPut(s.attempts);
    // Another company's case must never leak into the answer.
    const other = stories.officeHours;
    await cases.put(other.caseRecord);
    await attempts.bulkPut(other.attempts);
  });
  afterEach(async () => {
    setDbForTests(undefined);
    await db.delete();
  });

  it('drafts for the open case of the company behind the handle, with no private data', async () => {
    const reply = await request('@tmobilehelp');
    // The text to insert and nothing else: no case id, no other field of the case.
    expect(Object.keys(reply)).toEqual(['text']);
    expect(reply.text.startsWith('@TMobileHelp ')).toBe(true);
    expect(reply.text).toContain('8 calls');
    expect(reply.text).not.toContain('4417-220-981');
    expect(reply.text).not.toMatch(/laptop|Dell/u);
  });

  it('offers a fresh draft that needs a thread by its first part, which fits the composer', async () => {
    // A case with more to say than one post (references are never dropped): the draft is a thread.
    const s = stories.eightCalls;
    const extra = Array.from({ length: 12 }, (_, i) => {
      const { endedAt: _end, ...call } = s.attempts[0]!;
      return {
        ...call,
        id: crypto.randomUUID(),
        at: call.at + (i + 1) * 3_600_000,
        reference: `TM-ESCALATION-2026-REFUND-DEPARTMENT-CASE-${String(i).padStart(6, '0')}`,
      };
    });
    await attempts.bulkPut(extra);
    const reply = await request('@tmobilehelp');
    expect(reply.text.startsWith('@TMobileHelp ')).toBe(true);
    expect(countPost('x', reply.text).fits).toBe(true);
  });

  it('returns the newest saved draft addressed to that handle', async () => {
    const c = stories.eightCalls.caseRecord;
    const base = {
      caseId: c.id,
      companyId: c.companyId,
      platform: 'x' as const,
      handle: 'TMobileHelp',
      kind: 'initial' as const,
      tone: 'firm' as const,
      status: 'draft' as const,
      createdAt: 1,
    };
    await escalations.put({ ...base, id: crypto.randomUUID(), parts: ['@TMobileHelp older'], updatedAt: 1 });
    await escalations.put({
      ...base,
      id: crypto.randomUUID(),
      parts: ['@TMobileHelp my edited draft', 'second part'],
      updatedAt: 2,
    });
    // A thread goes out part by part: its first part now, the next as a reply.
    expect(await request('TMobileHelp')).toEqual({ text: '@TMobileHelp my edited draft' });
  });

  it('offers the next part of a thread already going out, in the reply box of the part before', async () => {
    const c = stories.eightCalls.caseRecord;
    const base = {
      caseId: c.id,
      companyId: c.companyId,
      platform: 'x' as const,
      handle: 'TMobileHelp',
      kind: 'initial' as const,
      tone: 'firm' as const,
      createdAt: 1,
    };
    await escalations.put({
      ...base,
      id: crypto.randomUUID(),
      status: 'draft',
      parts: ['@TMobileHelp a newer draft'],
      updatedAt: 1,
    });
    const thread = crypto.randomUUID();
    await escalations.put({
      ...base,
      id: thread,
      status: 'posted',
      parts: ['@TMobileHelp part one 1/3', 'part two 2/3', 'part three 3/3'],
      postedAt: 5,
      postedParts: [{ index: 0, at: 5, url: 'https://x.com/me/status/1' }],
      updatedAt: 0,
    });
    expect(await request('TMobileHelp')).toEqual({ text: 'part two 2/3' });
    await db.escalations.update(thread, {
      postedParts: [
        { index: 0, at: 5 },
        { index: 1, at: 6 },
      ],
    });
    expect(await request('TMobileHelp')).toEqual({ text: 'part three 3/3' });
    // Once the thread is out, the newest draft is offered again.
    await db.escalations.update(thread, {
      postedParts: [
        { index: 0, at: 5 },
        { index: 1, at: 6 },
        { index: 2, at: 7 },
      ],
    });
    expect(await request('TMobileHelp')).toEqual({ text: '@TMobileHelp a newer draft' });
  });

  it('refuses when no company uses the handle or it has no open case', async () => {
    await expect(request('@SomeoneElse')).rejects.toBeInstanceOf(Refusal);
    await cases.put({ ...stories.eightCalls.caseRecord, status: 'resolved' });
    await expect(request('@TMobileHelp')).rejects.toBeInstanceOf(Refusal);
  });

  it('answers only the network’s own pages, refusing every other page with nothing of the case', async () => {
    const c = stories.eightCalls.caseRecord;
    await escalations.put({
      id: crypto.randomUUID(),
      caseId: c.id,
      companyId: c.companyId,
      platform: 'mastodon',
      handle: 'TMobileHelp@mastodon.social',
      kind: 'initial',
      tone: 'firm',
      status: 'draft',
      parts: ['@TMobileHelp@mastodon.social secret draft'],
      createdAt: 1,
      updatedAt: 1,
    });
    const refusals: [string, Platform][] = [
      ['https://evil.example/compose', 'x'],
      ['https://bsky.app/compose', 'x'],
      ['https://x.com.evil.example/compose', 'x'],
      ['https://ads.x.com/compose', 'x'],
      ['http://x.com/compose', 'x'],
      ['https://x.com:8443/compose', 'x'],
      // Mastodon runs on any server, but the social script reads only mastodon.social.
      ['https://evil.example/@TMobileHelp', 'mastodon'],
      ['https://x.com/compose', 'mastodon'],
      // Networks the social script does not run on have no page that may ask.
      ['https://www.reddit.com/submit', 'reddit'],
    ];
    for (const [url, platform] of refusals) {
      const handle = platform === 'mastodon' ? 'TMobileHelp@mastodon.social' : '@TMobileHelp';
      const refused = await request(handle, url, platform).then(
        (reply) => ({ reply }),
        (error: unknown) => ({ error }),
      );
      expect(refused, `${platform} from ${url}`).toEqual({ error: expect.any(Refusal) as unknown });
      const message = (refused as { error: Refusal }).error.message;
      expect(message).toMatch(/^refused/);
      expect(message).not.toMatch(/TMobile|draft text|calls|secret/i);
    }
    expect(await request('TMobileHelp@mastodon.social', 'https://mastodon.social/home', 'mastodon')).toEqual({
      text: '@TMobileHelp@mastodon.social secret draft',
    });
  });
});
