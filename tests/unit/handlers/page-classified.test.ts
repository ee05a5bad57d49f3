import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attempts } from '../../../lib/db/attempts';
import type { PaperTrailDb } from '../../../lib/db/database';
import type { AttemptDetectedResult } from '../../../lib/handlers/attempt-detected';
import type { PageClassifiedResult } from '../../../lib/handlers/page-classified';
import type { Reply } from '../../../lib/messages/protocol';
import { handleMessage } from '../../../lib/messages/router';
import { updateSettings } from '../../../lib/settings/items';
import { CONTACT_URL, NOW, countAll, deps, detected, dropDb, freshDb, pageSender } from '../messages/env';

const THANKS_URL = 'https://www.acme-widgets.com/support/thanks';

let db: PaperTrailDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

function classify(fields: Record<string, unknown>, url = THANKS_URL, now = NOW): Promise<Reply> {
  return handleMessage(
    { type: 'cs/page-classified', pageUrl: url, company: { host: new URL(url).host, name: 'Acme Widgets' }, ...fields },
    pageSender(url),
    deps(() => now),
  );
}

function ok<T>(reply: Reply): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
}

describe('cs/page-classified', () => {
  it("attaches a confirmation page's reference to the attempt just made", async () => {
    const sent = ok<AttemptDetectedResult>(await handleMessage(detected(), pageSender(CONTACT_URL), deps()));
    const result = ok<PageClassifiedResult>(
      await classify({ kind: 'confirmation', reference: 'CS-118-2207' }, THANKS_URL, NOW + 20_000),
    );
    expect(result).toMatchObject({
      companyName: 'Acme Widgets',
      attached: true,
      attemptId: sent.attemptId,
      caseId: sent.caseId,
    });
    expect((await attempts.get(sent.attemptId))?.reference).toBe('CS-118-2207');
    expect(await db.attempts.count()).toBe(1);
  });

  it('records a new web-form attempt when no recent attempt waits for the reference, once', async () => {
    const first = ok<PageClassifiedResult>(await classify({ kind: 'confirmation', reference: 'CS-9' }));
    expect(first).toMatchObject({ attached: false, companyName: 'Acme Widgets' });
    expect(await attempts.get(first.attemptId ?? '')).toMatchObject({
      channel: 'web_form',
      reference: 'CS-9',
      source: 'auto',
      pageUrl: THANKS_URL,
    });
    // A reload of the same confirmation page changes nothing.
    const before = await countAll(db);
    const reload = ok<PageClassifiedResult>(
      await classify({ kind: 'confirmation', reference: 'CS-9' }, THANKS_URL, NOW + 60_000),
    );
    expect(reload).toMatchObject({ attached: true, attemptId: first.attemptId });
    expect(await countAll(db)).toEqual(before);
  });

  it('names the company of other pages without writing anything', async () => {
    const empty = await countAll(db);
    const known = ok<PageClassifiedResult>(await classify({ kind: 'contact' }, 'https://www.t-mobile.com/contact-us'));
    expect(known).toMatchObject({ kind: 'contact', companyId: 't-mobile', known: true, attached: false });
    const unknown = ok<PageClassifiedResult>(await classify({ kind: 'contact' }, CONTACT_URL));
    expect(unknown).toEqual({ kind: 'contact', companyName: 'Acme Widgets', known: false, attached: false });
    expect(await countAll(db)).toEqual(empty);
  });

  it('writes no reference when logging is off for the site', async () => {
    await updateSettings({ neverOnSites: ['acme-widgets.com'] });
    const empty = await countAll(db);
    expect(await classify({ kind: 'confirmation', reference: 'CS-9' })).toMatchObject({ ok: false });
    expect(await countAll(db)).toEqual(empty);
  });
});
