import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { CALL_BADGE_ALARM, syncCallBadge } from '../../../lib/calls/badge';
import { badgeText, endedCall, runningCalls, startCall } from '../../../lib/calls/calls';
import { ensureUserCompany, openCaseFor, userCompanyId } from '../../../lib/calls/target';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { callChanged } from '../../../lib/handlers/call-changed';
import { T0, makeCase } from '../timeline/records';
import { withFreshDb } from './db';

withFreshDb();

describe('a call as it happens', () => {
  it('is stored the moment it starts, with its start time, and ends with a duration', async () => {
    const c = await cases.put(makeCase());
    const call = await startCall(c.id, c.companyId, T0 + 1_000, '+1 800 555 0100');
    const stored = await attempts.get(call.id);
    expect(stored).toMatchObject({ inProgress: true, at: T0 + 1_000, contact: '+1 800 555 0100', channel: 'phone' });
    expect((await cases.get(c.id))?.lastActivityAt).toBe(T0 + 1_000);
    expect((await runningCalls(T0 + 60_000)).map((a) => a.id)).toEqual([call.id]);

    const ended = endedCall(call, T0 + 1_000 + 14 * 60_000);
    expect(ended.inProgress).toBeUndefined();
    expect(ended.endedAt! - ended.at).toBe(14 * 60_000);
    await attempts.put(ended);
    expect(await runningCalls(T0 + 20 * 60_000)).toEqual([]);
  });

  it('shows minutes on the badge while a call runs, with a minute alarm, and clears both after', async () => {
    const c = await cases.put(makeCase());
    const call = await startCall(c.id, c.companyId, T0);
    expect(await syncCallBadge(browser, T0 + 12 * 60_000 + 5_000)).toBe('12m');
    expect(await browser.action.getBadgeText({})).toBe('12m');
    expect(await browser.alarms.get(CALL_BADGE_ALARM)).toMatchObject({ periodInMinutes: 1 });

    await attempts.put(endedCall(call, T0 + 13 * 60_000));
    expect(await syncCallBadge(browser, T0 + 14 * 60_000)).toBe('');
    expect(await browser.action.getBadgeText({})).toBe('');
    expect(await browser.alarms.get(CALL_BADGE_ALARM)).toBeUndefined();
  });

  it('the ui/call-changed handler refreshes the badge', async () => {
    const c = await cases.put(makeCase());
    await startCall(c.id, c.companyId, Date.now() - 3 * 60_000);
    await expect(callChanged({ type: 'ui/call-changed' }, { origin: 'extension', now: Date.now() })).resolves.toEqual({
      badge: '3m',
    });
    fakeBrowser.reset();
  });

  it('badge text stays short for long calls', () => {
    const c = makeCase();
    const run = { ...endedCall(makeCaseCall(c.id), T0), inProgress: true };
    expect(badgeText([run], T0 + 99 * 60_000)).toBe('99m');
    expect(badgeText([run], T0 + 150 * 60_000)).toBe('2h');
    expect(badgeText([], T0)).toBe('');
  });
});

function makeCaseCall(caseId: string) {
  return {
    id: crypto.randomUUID(),
    caseId,
    companyId: 'acme',
    channel: 'phone' as const,
    at: T0,
    agents: [],
    outcome: 'pending' as const,
    source: 'manual' as const,
    createdAt: T0,
    updatedAt: T0,
  };
}

describe('which case a new attempt goes to', () => {
  it('the latest open case of the company, or a new one that asks for a title', async () => {
    const old = await cases.put(makeCase({ lastActivityAt: T0 }));
    const recent = await cases.put(makeCase({ lastActivityAt: T0 + 5 }));
    await cases.put(makeCase({ status: 'resolved', lastActivityAt: T0 + 10 }));
    expect((await openCaseFor('acme', T0 + 20)).id).toBe(recent.id);
    expect(old.id).not.toBe(recent.id);
    const fresh = await openCaseFor('globex', T0 + 20);
    expect(fresh).toMatchObject({ companyId: 'globex', needsTitle: true, status: 'open' });
  });

  it('records a company the directory does not know, once', async () => {
    expect(userCompanyId('Ça & Co. Ltd')).toBe('user-ca-co-ltd');
    const a = await ensureUserCompany('Ça & Co. Ltd', T0);
    const b = await ensureUserCompany('ÇA & CO LTD', T0 + 1);
    expect(a).toMatchObject({ id: 'user-ca-co-ltd', name: 'Ça & Co. Ltd', source: 'user' });
    expect(b.createdAt).toBe(T0);
  });
});
