import { draftRequest } from '../../../lib/handlers/draft-request';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { escalations } from '../../../lib/db/escalations';
import { Refusal } from '../../../lib/messages/refusal';
import { stories } from '../../fixtures/stories';

const ctx = { origin: 'page' as const, url: 'https://x.com/compose/post', tabId: 1, now: stories.eightCalls.now };
const request = (handle: string) => draftRequest({ type: 'cs/draft-request', platform: 'x', handle }, ctx);

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
    expect(Object.keys(reply).sort()).toEqual(['caseId', 'handle', 'parts', 'platform', 'text']);
    expect(reply.caseId).toBe(stories.eightCalls.caseRecord.id);
    expect(reply.handle).toBe('TMobileHelp');
    expect(reply.text.startsWith('@TMobileHelp ')).toBe(true);
    expect(reply.text).toContain('8 calls');
    expect(reply.text).not.toContain('4417-220-981');
    expect(reply.text).not.toMatch(/laptop|Dell/u);
  });

  it('returns the newest saved draft addressed to that handle', async () => {
    const c = stories.eightCalls.caseRecord;
    const base = { caseId: c.id, companyId: c.companyId, platform: 'x' as const, handle: 'TMobileHelp', kind: 'initial' as const, tone: 'firm' as const, status: 'draft' as const, createdAt: 1 };
    await escalations.put({ ...base, id: crypto.randomUUID(), parts: ['@TMobileHelp older'], updatedAt: 1 });
    await escalations.put({ ...base, id: crypto.randomUUID(), parts: ['@TMobileHelp my edited draft', 'second part'], updatedAt: 2 });
    const reply = await request('TMobileHelp');
    expect(reply.parts).toEqual(['@TMobileHelp my edited draft', 'second part']);
  });

  it('refuses when no company uses the handle or it has no open case', async () => {
    await expect(request('@SomeoneElse')).rejects.toBeInstanceOf(Refusal);
    await cases.put({ ...stories.eightCalls.caseRecord, status: 'resolved' });
    await expect(request('@TMobileHelp')).rejects.toBeInstanceOf(Refusal);
  });
});
