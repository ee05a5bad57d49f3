import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCompany, listCompanies } from '../../../lib/companies';
import { HANDLE_SOURCE } from '../../../lib/companies/profile-match';
import { handleAdvice } from '../../../lib/companies/handles';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { cases } from '../../../lib/db/cases';
import { socialProfile } from '../../../lib/handlers/social-profile';
import type { HandlerContext } from '../../../lib/handlers/types';
import type { Platform } from '../../../lib/model';

const NOW = Date.UTC(2026, 5, 10, 15, 0);
const ctx = (url: string): HandlerContext => ({ origin: 'page', tabId: 1, url, now: NOW });

let db: PaperTrailDb;
beforeEach(async () => {
  db = new PaperTrailDb(`profile-${crypto.randomUUID()}`);
  setDbForTests(db);
  await db.open();
});
afterEach(() => {
  setDbForTests(undefined);
  db.close();
});

async function openCase(companyId: string, status: 'open' | 'closed' = 'open') {
  await cases.put({
    id: crypto.randomUUID(),
    companyId,
    title: 'Broken',
    needsTitle: false,
    problem: '',
    ask: '',
    status,
    openedAt: NOW - 9e6,
    lastActivityAt: NOW - 9e6,
    createdAt: NOW - 9e6,
    updatedAt: NOW - 9e6,
  });
}

const ask = (platform: Platform, url: string, handle: string, name?: string, save?: true) =>
  socialProfile({ type: 'cs/social-profile', platform, handle, name, ...(save ? { save } : {}) }, ctx(url));

describe('cs/social-profile', () => {
  it("offers, then saves, a support account for a company with an open case, as the person's own record of it", async () => {
    await openCase('samsung-us');
    const offer = await ask('x', 'https://x.com/samsungsupport', 'SamsungSupport', 'Samsung Support');
    expect(offer).toEqual({
      company: { id: 'samsung-us', name: 'Samsung (US)' },
      handle: 'SamsungSupport',
      network: 'X',
    });
    expect(await db.companies.count()).toBe(0);

    expect(await ask('x', 'https://x.com/samsungsupport', 'SamsungSupport', 'Samsung Support', true)).toMatchObject({
      saved: true,
    });
    const saved = await db.companies.get('samsung-us');
    expect(saved).toMatchObject({
      source: 'user',
      handles: { x: { handle: 'SamsungSupport', confidence: 'medium', source: HANDLE_SOURCE.confirmedByYou } },
    });
    // The rest of the directory's entry is kept; the composer now suggests the handle.
    expect(saved?.phones.length).toBeGreaterThan(0);
    const company = await getCompany('samsung-us');
    expect(company && handleAdvice(company, 'x').suggested?.handle).toBe('SamsungSupport');
    // Known now: not offered again.
    expect(await ask('x', 'https://x.com/SamsungSupport', 'SamsungSupport', 'Samsung Support')).toEqual({});
  });

  it('keeps the handle it replaces as a secondary account', async () => {
    await openCase('t-mobile');
    expect(await ask('x', 'https://x.com/TMobile', 'TMobile', 'T-Mobile', true)).toMatchObject({
      saved: true,
      company: { id: 't-mobile' },
    });
    const saved = await db.companies.get('t-mobile');
    expect(saved?.handles.x).toMatchObject({ handle: 'TMobile', source: HANDLE_SOURCE.confirmedByYou });
    expect(saved?.otherHandles).toEqual([
      expect.objectContaining({
        network: 'x',
        handle: 'TMobileHelp',
        source: 'Kaggle TWCS brand-account list, 2017 [TWCS]',
      }),
    ]);
  });

  it("saves a Bluesky handle on the company's own domain with high confidence, case or not", async () => {
    const offer = await ask('bluesky', 'https://bsky.app/profile/delta.com', 'delta.com', 'Delta Air Lines');
    expect(offer).toMatchObject({ company: { id: 'delta', name: 'Delta Air Lines' }, network: 'Bluesky' });
    await ask('bluesky', 'https://bsky.app/profile/delta.com', 'delta.com', 'Delta Air Lines', true);
    const saved = await db.companies.get('delta');
    expect(saved?.handles).toMatchObject({
      bluesky: { handle: 'delta.com', confidence: 'high', source: HANDLE_SOURCE.ownDomain },
      x: { handle: 'Delta' },
    });
    expect(saved?.retiredHandles).toEqual((await listCompanies()).find((c) => c.id === 'delta')?.retiredHandles);
  });

  it('saves a Mastodon account with its server', async () => {
    await openCase('samsung-us');
    expect(
      await ask(
        'mastodon',
        'https://mastodon.social/@SamsungSupport',
        'SamsungSupport@mastodon.social',
        'Samsung Support US',
        true,
      ),
    ).toMatchObject({ saved: true });
    expect((await db.companies.get('samsung-us'))?.handles.mastodon?.handle).toBe('SamsungSupport@mastodon.social');
  });

  it('offers and saves nothing without an open case, for a look-alike, or for the handle already known', async () => {
    expect(await ask('x', 'https://x.com/SamsungSupport', 'SamsungSupport', 'Samsung Support')).toEqual({});
    await openCase('samsung-us', 'closed');
    expect(await ask('x', 'https://x.com/SamsungSupport', 'SamsungSupport', 'Samsung Support')).toEqual({});
    await openCase('paypal');
    expect(await ask('x', 'https://x.com/AskPayPal', 'AskPayPal', 'Ask PayPal')).toEqual({});
    await expect(ask('x', 'https://x.com/AskPayPal', 'AskPayPal', 'Ask PayPal', true)).rejects.toThrow(
      /nothing to save/,
    );
    await expect(ask('x', 'https://x.com/AskPayPaI', 'AskPayPaI', 'Ask PayPal', true)).rejects.toThrow(
      /nothing to save/,
    );
    expect(await db.companies.count()).toBe(0);
  });

  it("answers only the network's own pages, about the profile their address names", async () => {
    await openCase('samsung-us');
    for (const url of [
      'https://evil.example/SamsungSupport',
      'https://x.com.evil.example/SamsungSupport',
      'http://x.com/SamsungSupport',
      'https://bsky.app/profile/samsungsupport',
    ]) {
      await expect(ask('x', url, 'SamsungSupport', 'Samsung Support', true), url).rejects.toThrow(/^refused/);
    }
    // Another profile than the one the page shows, or a page that is no profile.
    for (const url of ['https://x.com/someone_else', 'https://x.com/SamsungSupport/status/1', 'https://x.com/home']) {
      await expect(ask('x', url, 'SamsungSupport', 'Samsung Support', true), url).rejects.toThrow(/^refused/);
    }
    await expect(
      ask('mastodon', 'https://mastodon.social/@SamsungSupport', 'SamsungSupport@fosstodon.org', undefined, true),
    ).rejects.toThrow(/^refused/);
    expect(await db.companies.count()).toBe(0);
  });
});
