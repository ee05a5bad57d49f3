import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PaperTrailDb } from '../../../lib/db/database';
import { MESSAGE_MAX_BYTES, type Reply } from '../../../lib/messages/protocol';
import { handlers } from '../../../lib/handlers';
import { handleMessage, type HandlerTable } from '../../../lib/messages/router';
import type { MessageSenderLike } from '../../../lib/messages/sender';
import { CONTACT_URL, NOW, deps, detected, dropDb, extensionSender, freshDb, pageSender } from './env';

/**
 * Throws a large, hostile mix of messages at the real router and the real handlers on a real
 * (fake-indexeddb) database, and proves that each is refused with a reason and nothing changes.
 */

const uuid = fc.uuid({ version: 4 });
const platform = fc.constantFrom('x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook', 'instagram', 'reddit');
const channel = fc.constantFrom('phone', 'email', 'web_form', 'chat', 'social_dm', 'letter', 'in_person', 'app');
const at = fc.integer({ min: NOW - 60_000, max: NOW });
const short = fc.string({ maxLength: 40 });

/** One valid message of every type. */
const validMessages: fc.Arbitrary<Record<string, unknown>>[] = [
  fc.record({
    type: fc.constant('cs/attempt-detected'),
    id: uuid,
    channel,
    at,
    pageUrl: fc.constant(CONTACT_URL),
    company: fc.constant({ host: 'www.acme-widgets.com', name: 'Acme' }),
    subject: short,
  }),
  fc.record({
    type: fc.constant('cs/page-classified'),
    kind: fc.constantFrom('contact', 'support-article', 'confirmation', 'none'),
    pageUrl: fc.constant(CONTACT_URL),
    company: fc.constant({ host: 'www.acme-widgets.com' }),
    reference: short,
  }),
  fc.record({
    type: fc.constant('cs/page-read'),
    reading: fc.record({
      url: fc.constant(CONTACT_URL),
      lang: fc.constantFrom('', 'en-US', 'de'),
      title: short,
      jsonLd: fc.array(short, { maxLength: 2 }),
      socialMarkup: fc.boolean(),
      signal: fc.boolean(),
      headings: short,
      status: short,
      contactForms: fc.nat({ max: 3 }),
      chromeForms: fc.nat({ max: 3 }),
      telLinks: fc.array(
        short.map((n) => `tel:${n}`),
        { maxLength: 2 },
      ),
      mailtoLinks: fc.array(
        short.map((a) => `mailto:${a}`),
        { maxLength: 2 },
      ),
      chromeLinks: fc.array(fc.nat({ max: 3 }), { maxLength: 4 }),
      chatVendors: fc.array(short, { maxLength: 2 }),
      contactPointMarkup: fc.boolean(),
      articleMarkup: fc.boolean(),
      articleType: fc.boolean(),
      productMarkup: fc.boolean(),
      passwordField: fc.boolean(),
      buttonLabels: fc.array(short, { maxLength: 3 }),
      text: fc.string({ maxLength: 200 }),
      chromeText: fc.string({ maxLength: 200 }),
    }),
  }),
  fc.record({ type: fc.constant('cs/contact-signal') }),
  fc.record({ type: fc.constant('cs/attempt-undo'), id: uuid }),
  fc.record({ type: fc.constant('cs/open-attempt'), id: uuid }),
  fc.record({
    type: fc.constant('cs/social-posted'),
    platform,
    text: fc.string({ minLength: 1, maxLength: 80 }),
    mentions: fc.array(short, { maxLength: 3 }),
    at,
  }),
  fc.record({
    type: fc.constant('cs/social-reply-seen'),
    platform,
    by: fc.string({ minLength: 1, maxLength: 15 }),
    url: fc.constant('https://x.com/acme/status/1'),
    at,
  }),
  fc.record({ type: fc.constant('cs/draft-request'), platform, handle: fc.string({ minLength: 1, maxLength: 15 }) }),
  fc.record({
    type: fc.constant('cs/social-profile'),
    platform,
    handle: fc.string({ minLength: 1, maxLength: 15 }),
    name: short,
  }),
  fc.record({
    type: fc.constant('cs/mail-sent'),
    id: uuid,
    client: fc.constantFrom('gmail', 'outlook'),
    at,
    pageUrl: fc.constant('https://mail.google.com/mail/u/0/'),
    to: fc.constant(['support@ryanair.com']),
    cc: fc.constant([]),
    subject: short,
  }),
  fc.record({
    type: fc.constant('cs/mail-seen'),
    id: uuid,
    client: fc.constantFrom('gmail', 'outlook'),
    pageUrl: fc.constant('https://mail.google.com/mail/u/0/'),
    messages: fc.constant([{ key: 'm1', from: 'support@ryanair.com', at: NOW - 1000 }]),
  }),
  fc.constant({ type: 'ui/call-changed' }),
  fc.constant({ type: 'ui/reminders-rebuild' }),
];
const anyValid = fc.oneof(...validMessages);

/** Values no field of the protocol accepts in place of the original (wrong type or too long). */
function wrongFor(original: unknown): fc.Arbitrary<unknown> {
  if (typeof original === 'string') {
    return fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.constant({ toString: 'x' }),
      fc.constant('x'.repeat(6_000)),
    );
  }
  if (typeof original === 'number') {
    return fc.oneof(
      fc.string(),
      fc.constant(-1),
      fc.constant(0.5),
      fc.constant(Number.NaN),
      fc.constant(1e300),
      fc.constant(null),
      fc.constant([1]),
    );
  }
  if (Array.isArray(original))
    return fc.oneof(fc.string(), fc.constant({}), fc.constant(Array.from({ length: 60 }, () => 'a')));
  return fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant([]));
}

/** A valid message with exactly one thing wrong. */
const mutated = anyValid.chain((msg) => {
  const keys = Object.keys(msg);
  return fc.oneof(
    // A field of the wrong type or length.
    fc.constantFrom(...keys).chain((key) => wrongFor(msg[key]).map((bad) => ({ ...msg, [key]: bad }))),
    // A required field missing (every message needs its type; the others need more).
    fc.constant(Object.fromEntries(Object.entries(msg).filter(([k]) => k !== 'type'))),
    // An unknown field (strict schemas refuse it).
    fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((k) => !keys.includes(k))
      .map((k) => ({ ...msg, [k]: true })),
    // An unknown or misspelt type.
    fc
      .string({ maxLength: 30 })
      .filter((t) => !t.startsWith('cs/') && !t.startsWith('ui/'))
      .map((t) => ({ ...msg, type: t })),
    fc.constant({ ...msg, type: String(msg.type).toUpperCase() }),
  );
});

/** Prototype-pollution shapes, built the way a JSON message arrives (own "__proto__" keys). */
const pollution = anyValid.chain((msg) =>
  fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => {
    const json = JSON.stringify(msg).replace(/^\{/, `{"${key}":{"polluted":true,"isAdmin":true},`);
    return JSON.parse(json) as unknown;
  }),
);

const huge = anyValid.map((msg) => ({ ...msg, padding: 'A'.repeat(MESSAGE_MAX_BYTES + 1) }));

const randomJson = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withDate: true }),
);

const OWN = fakeBrowser.runtime.id;
const pageUrlSender = (url: string): MessageSenderLike => ({ id: OWN, url, frameId: 0, tab: { id: 2, url } });
const anySender = fc.constantFrom<MessageSenderLike | undefined>(
  pageSender(CONTACT_URL),
  extensionSender(),
  undefined,
  {},
  { id: OWN },
  { id: 'other-extension-id', url: CONTACT_URL, tab: { id: 2, url: CONTACT_URL } },
  pageUrlSender('data:text/html,hello'),
  pageUrlSender('file:///home/me/contact.html'),
);

/** Senders that may not send a given (otherwise valid) message. */
function wrongSenderFor(msg: Record<string, unknown>): fc.Arbitrary<MessageSenderLike | undefined> {
  const forbidden: MessageSenderLike[] = [
    { id: 'aaaabbbbccccddddaaaabbbbccccdddd', url: CONTACT_URL, tab: { id: 2, url: CONTACT_URL } },
    { id: 'aaaabbbbccccddddaaaabbbbccccdddd', url: 'chrome-extension://aaaabbbbccccddddaaaabbbbccccdddd/popup.html' },
    { id: OWN, url: 'chrome-extension://aaaabbbbccccddddaaaabbbbccccdddd/popup.html' },
    pageUrlSender('data:text/html,<form></form>'),
    pageUrlSender('file:///tmp/contact.html'),
    { id: OWN, url: CONTACT_URL },
  ];
  forbidden.push(String(msg.type).startsWith('ui/') ? pageSender(CONTACT_URL) : extensionSender());
  return fc.constantFrom(...forbidden);
}

type Case = { raw: unknown; sender: MessageSenderLike | undefined; label: string };

const corpus: fc.Arbitrary<Case> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(randomJson, anySender).map(([raw, sender]) => ({ raw, sender, label: 'random value' })),
  },
  {
    weight: 4,
    arbitrary: fc.tuple(mutated, anySender).map(([raw, sender]) => ({ raw, sender, label: 'one field wrong' })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(pollution, anySender).map(([raw, sender]) => ({ raw, sender, label: 'prototype keys' })),
  },
  { weight: 1, arbitrary: fc.tuple(huge, anySender).map(([raw, sender]) => ({ raw, sender, label: 'huge' })) },
  {
    weight: 3,
    arbitrary: anyValid.chain((raw) => wrongSenderFor(raw).map((sender) => ({ raw, sender, label: 'wrong sender' }))),
  },
);

/** The real handlers, counting how often any of them is reached. */
function countingHandlers(): { table: HandlerTable; reached: () => number } {
  let reached = 0;
  const count = <T>(handler: T): T => {
    reached += 1;
    return handler;
  };
  const table: HandlerTable = {
    'cs/contact-signal': (m, c) => count(handlers['cs/contact-signal'])(m, c),
    'cs/follow-check': (m, c) => count(handlers['cs/follow-check'])(m, c),
    'cs/attempt-detected': (m, c) => count(handlers['cs/attempt-detected'])(m, c),
    'cs/page-classified': (m, c) => count(handlers['cs/page-classified'])(m, c),
    'cs/page-read': (m, c) => count(handlers['cs/page-read'])(m, c),
    'cs/attempt-undo': (m, c) => count(handlers['cs/attempt-undo'])(m, c),
    'cs/open-attempt': (m, c) => count(handlers['cs/open-attempt'])(m, c),
    'cs/social-posted': (m, c) => count(handlers['cs/social-posted'])(m, c),
    'cs/social-reply-seen': (m, c) => count(handlers['cs/social-reply-seen'])(m, c),
    'cs/draft-request': (m, c) => count(handlers['cs/draft-request'])(m, c),
    'cs/social-profile': (m, c) => count(handlers['cs/social-profile'])(m, c),
    'cs/mail-sent': (m, c) => count(handlers['cs/mail-sent'])(m, c),
    'cs/mail-seen': (m, c) => count(handlers['cs/mail-seen'])(m, c),
    'ui/call-changed': (m, c) => count(handlers['ui/call-changed'])(m, c),
    'ui/reminders-rebuild': (m, c) => count(handlers['ui/reminders-rebuild'])(m, c),
  };
  return { table, reached: () => reached };
}

async function snapshot(db: PaperTrailDb): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return JSON.stringify({ tables, local: await fakeBrowser.storage.local.get(null) });
}

describe('router fuzz', () => {
  let db: PaperTrailDb;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    db = await freshDb();
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await dropDb(db);
  });

  it('refuses every malformed, oversized or misdirected message with a reason and changes nothing', async () => {
    // Some real data first, so "unchanged" means something.
    const seeded = await handleMessage(detected(), pageSender(CONTACT_URL), deps());
    expect(seeded.ok).toBe(true);
    const counts = await Promise.all(db.tables.map((t) => t.count()));
    const before = await snapshot(db);

    const { table, reached } = countingHandlers();
    let runs = 0;
    const labels = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(corpus, async ({ raw, sender, label }) => {
        runs += 1;
        labels.set(label, (labels.get(label) ?? 0) + 1);
        const reply: Reply = await handleMessage(raw, sender, { ...deps(), handlers: table });
        expect(reply.ok).toBe(false);
        if (!reply.ok) {
          expect(typeof reply.error).toBe('string');
          expect(reply.error.trim().length).toBeGreaterThan(0);
          // The reason is bounded: a huge message is never echoed back.
          expect(reply.error.length).toBeLessThan(1_000);
        }
      }),
      { numRuns: 1_200, seed: 20261122 },
    );

    expect(runs).toBeGreaterThanOrEqual(1_000);
    // Every one was stopped by the router (size, sender, schema, direction) before any handler.
    expect(reached()).toBe(0);
    for (const label of ['random value', 'one field wrong', 'prototype keys', 'huge', 'wrong sender']) {
      expect(labels.get(label) ?? 0, label).toBeGreaterThan(20);
    }
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(counts);
    expect(await snapshot(db)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Let any stray promise settle before checking.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  }, 120_000);
});
