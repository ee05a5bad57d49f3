import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attempts } from '../../../lib/db/attempts';
import { userCompanies } from '../../../lib/db/companies';
import type { PaperTrailDb } from '../../../lib/db/database';
import type { AttemptDetectedResult } from '../../../lib/handlers/attempt-detected';
import type { PageClassifiedResult } from '../../../lib/handlers/page-classified';
import type { Reply } from '../../../lib/messages/protocol';
import { handleMessage } from '../../../lib/messages/router';
import { NOW, deps, detected, dropDb, freshDb, pageSender } from '../messages/env';

// Two sites whose names differ only in a dot and a dash: the older company slug gave both the
// id "auto-acme-co-uk", so a reference shown on one joined the contact made on the other.
const REAL = 'https://www.acme.co.uk/contact';
const LOOKALIKE = 'https://www.acme-co.uk/thanks';

let db: PaperTrailDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

function ok<T>(reply: Reply): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
}

function sendForm(url: string): Promise<Reply> {
  const host = new URL(url).host;
  return handleMessage(detected({ pageUrl: url, company: { host, name: 'Acme' } }), pageSender(url), deps());
}

function confirm(url: string, reference: string): Promise<Reply> {
  return handleMessage(
    {
      type: 'cs/page-classified',
      kind: 'confirmation',
      reference,
      pageUrl: url,
      company: { host: new URL(url).host, name: 'Acme' },
    },
    pageSender(url, 2),
    deps(() => NOW + 20_000),
  );
}

describe('look-alike domains', () => {
  it("a reference on a look-alike site never joins the real site's attempt or case", async () => {
    const sent = ok<AttemptDetectedResult>(await sendForm(REAL));
    const other = ok<PageClassifiedResult>(await confirm(LOOKALIKE, 'PHISH-1'));
    expect(other.attached).toBe(false);
    expect(other.companyId).not.toBe(sent.companyId);
    expect(other.caseId).not.toBe(sent.caseId);
    expect((await attempts.get(sent.attemptId))?.reference).toBeUndefined();
    expect(await db.companies.count()).toBe(2);
  });

  it('the same, the look-alike site first', async () => {
    const sent = ok<AttemptDetectedResult>(await sendForm(LOOKALIKE.replace('/thanks', '/contact')));
    const real = ok<PageClassifiedResult>(await confirm(REAL.replace('/contact', '/thanks'), 'CS-1'));
    expect(real.attached).toBe(false);
    expect(real.companyId).not.toBe(sent.companyId);
    expect(real.caseId).not.toBe(sent.caseId);
  });

  it('a company stored under the older slug keeps its own site and never takes the look-alike', async () => {
    await userCompanies.put({
      id: 'auto-acme-co-uk',
      name: 'Acme',
      domains: ['acme-co.uk'],
      sector: 'other',
      country: 'global',
      handles: {},
      retiredHandles: [],
      phones: [],
      emails: [],
      contactUrls: [],
      status: 'active',
      source: 'auto',
      createdAt: NOW,
      updatedAt: NOW,
    });
    const old = ok<AttemptDetectedResult>(await sendForm('https://acme-co.uk/contact'));
    expect(old.companyId).toBe('auto-acme-co-uk');
    const real = ok<PageClassifiedResult>(await confirm(REAL.replace('/contact', '/thanks'), 'CS-2'));
    expect(real.attached).toBe(false);
    expect(real.companyId).not.toBe('auto-acme-co-uk');
    expect(real.caseId).not.toBe(old.caseId);
  });
});
