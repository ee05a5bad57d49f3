import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { cases } from '../../../lib/db/cases';
import { escalations } from '../../../lib/db/escalations';
import { responses } from '../../../lib/db/responses';
import { socialPosted } from '../../../lib/handlers/social-posted';
import { socialReplySeen } from '../../../lib/handlers/social-reply-seen';
import type { HandlerContext } from '../../../lib/handlers/types';
import { setReminderRunner } from '../../../lib/followup/scheduler';

const NOW = Date.UTC(2026, 5, 10, 15, 0);
const ctx = (url: string): HandlerContext => ({ origin: 'page', tabId: 1, url, now: NOW });
const X_THREAD = 'https://x.com/jdawson_84/status/1801371928466313524';
const CASE_ID = '11111111-1111-4111-8111-111111111111';

let db: PaperTrailDb;
let rebuilds = 0;
beforeEach(async () => {
  db = new PaperTrailDb(`social-${crypto.randomUUID()}`);
  setDbForTests(db);
  await db.open();
  rebuilds = 0;
  setReminderRunner(() => Promise.resolve(++rebuilds));
});
afterEach(() => {
  setReminderRunner(undefined);
  setDbForTests(undefined);
  db.close();
});

function posted(text: string, postUrl?: string, at = NOW - 60_000) {
  return socialPosted(
    { type: 'cs/social-posted', platform: 'x', text, mentions: ['tmobilehelp'], postUrl, at },
    ctx(X_THREAD),
  );
}

describe('cs/social-posted', () => {
  it('ignores a post not addressed to a known company handle', async () => {
    const r = await socialPosted(
      { type: 'cs/social-posted', platform: 'x', text: '@friend lunch?', mentions: ['friend'], at: NOW },
      ctx(X_THREAD),
    );
    expect(r).toEqual({ recorded: false });
    expect(await db.escalations.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
  });

  it('opens a case when none is open and records a posted escalation with its link, once', async () => {
    const first = await posted('@TMobileHelp day four without signal', 'https://x.com/jdawson_84/status/42');
    expect(first).toMatchObject({ recorded: true, how: 'new' });
    const e = await escalations.get(first.escalationId ?? '');
    expect(e).toMatchObject({
      companyId: 't-mobile',
      handle: 'TMobileHelp',
      status: 'posted',
      kind: 'initial',
      postUrl: 'https://x.com/jdawson_84/status/42',
    });
    expect(await cases.get(e?.caseId ?? '')).toMatchObject({ needsTitle: true, status: 'open' });
    expect(rebuilds).toBe(1);
    const again = await posted('@TMobileHelp day four without signal', 'https://x.com/jdawson_84/status/42');
    expect(again).toMatchObject({ how: 'repeat', escalationId: first.escalationId });
    expect(await db.escalations.count()).toBe(1);
  });

  it('turns the matching draft into the posted escalation', async () => {
    await cases.put({
      id: CASE_ID,
      companyId: 't-mobile',
      title: 'No signal',
      needsTitle: false,
      problem: '',
      ask: '',
      status: 'open',
      openedAt: NOW - 9e6,
      lastActivityAt: NOW - 9e6,
      createdAt: 0,
      updatedAt: 0,
    });
    const draftId = crypto.randomUUID();
    const other = crypto.randomUUID();
    const base = {
      caseId: CASE_ID,
      companyId: 't-mobile',
      platform: 'x' as const,
      handle: 'TMobileHelp',
      kind: 'initial' as const,
      tone: 'friendly' as const,
      status: 'draft' as const,
      createdAt: NOW - 1e6,
      updatedAt: NOW - 1e6,
    };
    await escalations.put({ ...base, id: other, parts: ['@TMobileHelp thanks for fixing my bill'] });
    await escalations.put({
      ...base,
      id: draftId,
      parts: [
        '@TMobileHelp I have called 8 times about no signal at home since June 10. Please fix the tower. Thanks!',
      ],
    });
    const r = await posted(
      '@TMobileHelp I have called 8 times about no signal at home since June 10. Please fix it. Thanks!',
      'https://x.com/jdawson_84/status/43',
    );
    expect(r).toMatchObject({ how: 'draft', escalationId: draftId, caseId: CASE_ID });
    expect(await escalations.get(draftId)).toMatchObject({
      status: 'posted',
      postedAt: NOW - 60_000,
      postUrl: 'https://x.com/jdawson_84/status/43',
    });
    expect((await escalations.get(other))?.status).toBe('draft');
    expect((await cases.get(CASE_ID))?.lastActivityAt).toBe(NOW - 60_000);
  });
});

describe('cs/social-posted: threads and replies without a typed handle', () => {
  const CASE = {
    id: CASE_ID,
    companyId: 't-mobile',
    title: 'No signal',
    needsTitle: false,
    problem: '',
    ask: '',
    status: 'open' as const,
    openedAt: NOW - 9e6,
    lastActivityAt: NOW - 9e6,
    createdAt: 0,
    updatedAt: 0,
  };
  const report = (text: string, mentions: string[], postUrl?: string, replyTo?: string, at = NOW - 60_000) =>
    socialPosted({ type: 'cs/social-posted', platform: 'x', text, mentions, postUrl, replyTo, at }, ctx(X_THREAD));
  const PART_1 = '@TMobileHelp I have called 8 times since 3 March about no signal at home, ref TM-48213. 1/2';
  const PART_2 =
    'Each time I was promised an engineer within 48 hours and nobody came. Please fix the mast or credit my bill. 2/2';

  async function threadDraft() {
    await cases.put(CASE);
    const id = crypto.randomUUID();
    await escalations.put({
      id,
      caseId: CASE_ID,
      companyId: 't-mobile',
      platform: 'x',
      handle: 'TMobileHelp',
      kind: 'initial',
      tone: 'friendly',
      status: 'draft',
      parts: [PART_1, PART_2],
      createdAt: NOW - 1e6,
      updatedAt: NOW - 1e6,
    });
    return id;
  }

  it('records a thread part by part: part 2 answers part 1 without naming the company, and both links are kept', async () => {
    const id = await threadDraft();
    const one = await report(PART_1, ['TMobileHelp'], 'https://x.com/jdawson_84/status/501');
    expect(one).toMatchObject({ how: 'draft', escalationId: id, part: 0 });
    expect(await escalations.get(id)).toMatchObject({
      status: 'posted',
      postUrl: 'https://x.com/jdawson_84/status/501',
      parts: [PART_1, PART_2],
    });

    // From X's reply intent: the parent is named by id only (x.com/i/status/<id>).
    const two = await report(
      PART_2,
      [],
      'https://x.com/jdawson_84/status/502',
      'https://x.com/i/status/501',
      NOW - 30_000,
    );
    expect(two).toMatchObject({ how: 'draft', escalationId: id, part: 1 });
    const e = await escalations.get(id);
    expect(e?.postedParts).toEqual([
      { index: 0, at: NOW - 60_000, url: 'https://x.com/jdawson_84/status/501' },
      { index: 1, at: NOW - 30_000, url: 'https://x.com/jdawson_84/status/502' },
    ]);
    expect(e).toMatchObject({ postedAt: NOW - 60_000, postUrl: 'https://x.com/jdawson_84/status/501' });
    // The same report again changes nothing.
    expect(
      await report(PART_2, [], 'https://x.com/jdawson_84/status/502', 'https://x.com/i/status/501', NOW - 30_000),
    ).toMatchObject({ how: 'repeat', part: 1 });
    expect(await db.escalations.count()).toBe(1);
  });

  it('records part 2 even when it is seen before part 1 (order of reports does not matter)', async () => {
    const id = await threadDraft();
    expect(
      await report(PART_2, ['TMobileHelp'], 'https://x.com/jdawson_84/status/602', undefined, NOW - 30_000),
    ).toMatchObject({ escalationId: id, part: 1 });
    expect(await report(PART_1, ['TMobileHelp'], 'https://x.com/jdawson_84/status/601')).toMatchObject({
      escalationId: id,
      part: 0,
    });
    expect(await escalations.get(id)).toMatchObject({
      postedAt: NOW - 60_000,
      postUrl: 'https://x.com/jdawson_84/status/601',
    });
  });

  it("records a reply typed in the company's own thread without its handle", async () => {
    const r = await report(
      'Still no signal today, day five.',
      [],
      'https://x.com/jdawson_84/status/700',
      'https://x.com/TMobileHelp/status/1801376537713234197',
    );
    expect(r).toMatchObject({ recorded: true, how: 'new' });
    expect(await escalations.get(r.escalationId ?? '')).toMatchObject({
      companyId: 't-mobile',
      handle: 'TMobileHelp',
      parts: ['Still no signal today, day five.'],
    });
  });

  it('ignores a reply to a friend, or to nobody the page names', async () => {
    expect(
      await report('Ha, same here', [], 'https://x.com/jdawson_84/status/800', 'https://x.com/a_friend/status/123'),
    ).toEqual({ recorded: false });
    expect(
      await report('Ha, same here', [], 'https://x.com/jdawson_84/status/801', 'https://x.com/i/status/999'),
    ).toEqual({ recorded: false });
    expect(await db.escalations.count()).toBe(0);
  });
});

describe('cs/social-reply-seen', () => {
  const reply = (
    url = 'https://x.com/TMobileHelp/status/1801376537713234197',
    by = 'TMobileHelp',
    inReplyToUrl: string | undefined = X_THREAD,
  ) =>
    socialReplySeen(
      {
        type: 'cs/social-reply-seen',
        platform: 'x',
        by,
        url,
        inReplyToUrl,
        text: 'Send us a DM',
        at: Date.UTC(2024, 5, 13, 18, 40),
      },
      ctx(X_THREAD),
    );

  it("records the company reply on the user's thread once", async () => {
    const post = await posted('@TMobileHelp still nothing', 'https://x.com/jdawson_84/status/44');
    const first = await reply();
    expect(first).toMatchObject({ recorded: true, repeat: false, caseId: post.caseId });
    expect(await responses.get(first.responseId ?? '')).toMatchObject({
      kind: 'public_reply',
      by: 'TMobileHelp',
      escalationId: post.escalationId,
      source: 'auto',
    });
    expect(await reply()).toMatchObject({ recorded: true, repeat: true, responseId: first.responseId });
    expect(await db.responses.count()).toBe(1);
  });

  it("ignores replies by other accounts, in other people's threads, or with no post of the user", async () => {
    expect(await reply()).toEqual({ recorded: false });
    await posted('@TMobileHelp still nothing', 'https://x.com/jdawson_84/status/44');
    expect(await reply('https://x.com/someone/status/5', 'someone')).toEqual({ recorded: false });
    expect(await reply(undefined, undefined, 'https://x.com/stranger/status/9')).toEqual({ recorded: false });
    expect(await db.responses.count()).toBe(0);
  });
});

describe("cs/social-reply-seen from the company's own page of its answer", () => {
  const COMPANY_PAGE = 'https://x.com/TMobileHelp/status/1801376537713234197';
  const PERSON_POST = 'https://x.com/jdawson_84/status/1801371928466313524';
  const seen = (inReplyToUrl: string, url = COMPANY_PAGE, by = 'TMobileHelp') =>
    socialReplySeen(
      {
        type: 'cs/social-reply-seen',
        platform: 'x',
        by,
        url,
        inReplyToUrl,
        text: 'Send us a DM',
        at: Date.UTC(2024, 5, 13, 18, 40),
      },
      ctx(url),
    );

  it("records the answer to the person's recorded post once, whichever page it was seen on first", async () => {
    const post = await posted('@TMobileHelp third day with no signal at home', PERSON_POST);
    const first = await seen(PERSON_POST);
    expect(first).toMatchObject({ recorded: true, repeat: false, caseId: post.caseId });
    expect(await responses.get(first.responseId ?? '')).toMatchObject({
      kind: 'public_reply',
      by: 'TMobileHelp',
      url: COMPANY_PAGE,
      escalationId: post.escalationId,
      at: Date.UTC(2024, 5, 13, 18, 40),
    });
    expect(rebuilds).toBe(2);
    // Seen again on its own page, then on the person's thread (reported from the thread's page): still one.
    expect(await seen(PERSON_POST)).toMatchObject({ recorded: true, repeat: true, responseId: first.responseId });
    const fromThread = await socialReplySeen(
      {
        type: 'cs/social-reply-seen',
        platform: 'x',
        by: 'TMobileHelp',
        url: `${COMPANY_PAGE}?s=20`,
        inReplyToUrl: PERSON_POST,
        at: NOW - 5,
      },
      ctx(PERSON_POST),
    );
    expect(fromThread).toMatchObject({ repeat: true, responseId: first.responseId });
    expect(await db.responses.count()).toBe(1);
    expect(rebuilds).toBe(2);
  });

  it("records an answer to a later post of the person's thread against their latest post to the company", async () => {
    const post = await posted('@TMobileHelp third day with no signal at home', PERSON_POST);
    const r = await seen(
      'https://x.com/jdawson_84/status/1801384739627421822',
      'https://x.com/TMobileHelp/status/1801390000000000000',
    );
    expect(r).toMatchObject({ recorded: true, caseId: post.caseId });
  });

  it("ignores an answer to someone else's post, an account that is no company, and a company the person never wrote to", async () => {
    await posted('@TMobileHelp third day with no signal at home', PERSON_POST);
    expect(
      await seen(
        'https://x.com/priyasharma_aa/status/1801382862110142867',
        'https://x.com/TMobileHelp/status/1801390000000000001',
      ),
    ).toEqual({ recorded: false });
    expect(
      await seen(PERSON_POST, 'https://x.com/priyasharma_aa/status/1801382862110142868', 'priyasharma_aa'),
    ).toEqual({ recorded: false });
    expect(await seen(PERSON_POST, 'https://x.com/AskPayPal/status/1801390000000000002', 'AskPayPal')).toEqual({
      recorded: false,
    });
    expect(await db.responses.count()).toBe(0);
  });

  it("refuses the report from any page but the network's own", async () => {
    await posted('@TMobileHelp third day with no signal at home', PERSON_POST);
    await expect(
      socialReplySeen(
        {
          type: 'cs/social-reply-seen',
          platform: 'x',
          by: 'TMobileHelp',
          url: COMPANY_PAGE,
          inReplyToUrl: PERSON_POST,
          at: NOW,
        },
        ctx('https://bsky.app/profile/delta.com/post/1'),
      ),
    ).rejects.toThrow(/^refused/);
    expect(await db.responses.count()).toBe(0);
  });
});

describe('sender host', () => {
  it('refuses a report about one network from another site', async () => {
    await expect(
      socialPosted(
        { type: 'cs/social-posted', platform: 'x', text: '@TMobileHelp hi', mentions: ['TMobileHelp'], at: NOW },
        ctx('https://evil.example/x'),
      ),
    ).rejects.toThrow(/refused/);
    await expect(
      socialReplySeen(
        {
          type: 'cs/social-reply-seen',
          platform: 'bluesky',
          by: 'delta.com',
          url: 'https://bsky.app/profile/delta.com/post/1',
          at: NOW,
        },
        ctx(X_THREAD),
      ),
    ).rejects.toThrow(/refused/);
    expect(await db.escalations.count()).toBe(0);
  });

  it('refuses Mastodon reports from any site but the server the social script reads, and from look-alike hosts', async () => {
    await posted('@TMobileHelp still nothing', 'https://x.com/jdawson_84/status/44');
    const before = {
      escalations: await db.escalations.count(),
      responses: await db.responses.count(),
      cases: await db.cases.count(),
    };
    // A content script runs on every site (the contact script); none of them may speak for a network.
    for (const url of [
      'https://evil.example/@jdawson',
      'https://fosstodon.org/@jdawson/1',
      'https://mastodon.social.evil.example/',
    ]) {
      await expect(
        socialPosted(
          {
            type: 'cs/social-posted',
            platform: 'mastodon',
            text: '@TMobileHelp@mastodon.social hi',
            mentions: ['TMobileHelp@mastodon.social'],
            at: NOW,
          },
          ctx(url),
        ),
      ).rejects.toThrow(/^refused/);
      await expect(
        socialReplySeen(
          {
            type: 'cs/social-reply-seen',
            platform: 'mastodon',
            by: 'TMobileHelp@mastodon.social',
            url: `${url}/2`,
            inReplyToUrl: url,
            at: NOW,
          },
          ctx(url),
        ),
      ).rejects.toThrow(/^refused/);
    }
    for (const url of [
      'https://x.com.evil.example/a/status/1',
      'http://x.com/a/status/1',
      'https://ads.x.com/a/status/1',
    ]) {
      await expect(reportFrom(url)).rejects.toThrow(/^refused/);
      await expect(
        socialReplySeen(
          {
            type: 'cs/social-reply-seen',
            platform: 'x',
            by: 'TMobileHelp',
            url: 'https://x.com/TMobileHelp/status/9',
            inReplyToUrl: 'https://x.com/jdawson_84/status/44',
            at: NOW,
          },
          ctx(url),
        ),
      ).rejects.toThrow(/^refused/);
    }
    expect({
      escalations: await db.escalations.count(),
      responses: await db.responses.count(),
      cases: await db.cases.count(),
    }).toEqual(before);
  });
});

function reportFrom(url: string) {
  return socialPosted(
    { type: 'cs/social-posted', platform: 'x', text: '@TMobileHelp hi again', mentions: ['TMobileHelp'], at: NOW },
    ctx(url),
  );
}
