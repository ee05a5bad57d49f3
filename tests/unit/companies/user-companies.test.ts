import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { userCompanies } from '../../../lib/db/companies';
import {
  DomainConflictError,
  bundledCompanies,
  companyForUrl,
  getCompany,
  listCompanies,
  resetCompany,
  resolveCompanyHint,
  saveUserCompany,
} from '../../../lib/companies';
import type { Company } from '../../../lib/model';

const NOW = Date.UTC(2026, 10, 22, 12);

function mine(id: string, name: string, domains: string[], extra: Partial<Company> = {}): Company {
  return {
    id,
    name,
    domains,
    sector: 'other',
    country: 'US',
    handles: {},
    retiredHandles: [],
    phones: [],
    emails: [],
    contactUrls: [],
    status: 'active',
    source: 'user',
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  };
}

let db: PaperTrailDb;
beforeEach(() => {
  db = new PaperTrailDb(`companies-${Math.random()}`);
  setDbForTests(db);
});
afterEach(async () => {
  setDbForTests(undefined);
  await db.delete();
});

describe('user companies override the directory', () => {
  it('a correction with the same id replaces the bundled entry everywhere', async () => {
    const bundled = bundledCompanies.find((c) => c.id === 'att');
    expect(bundled).toBeDefined();
    if (!bundled) return;
    await saveUserCompany({ ...bundled, name: 'AT&T (my corrections)', handles: { x: { handle: 'ATTHelp' } } }, NOW);

    expect((await getCompany('att'))?.name).toBe('AT&T (my corrections)');
    expect((await getCompany('att'))?.source).toBe('user');
    expect((await companyForUrl('https://www.att.com/support'))?.handles.x?.handle).toBe('ATTHelp');
    const list = await listCompanies();
    expect(list.filter((c) => c.id === 'att')).toHaveLength(1);
    expect(list.find((c) => c.id === 'att')?.name).toBe('AT&T (my corrections)');
  });

  it('a user company claiming a bundled domain wins the lookup for that domain', async () => {
    await saveUserCompany(mine('user-dell-outlet', 'Dell Outlet', ['dell.com']), NOW);
    expect((await companyForUrl('https://www.dell.com/support'))?.id).toBe('user-dell-outlet');
    // Dell's only domain is claimed: the bundled entry can no longer be reached, so it is not listed.
    expect((await listCompanies()).some((c) => c.id === 'dell')).toBe(false);
  });

  it('a corrected entry that dropped a domain no longer matches it (no fallback to the bundled one)', async () => {
    const verizon = bundledCompanies.find((c) => c.id === 'verizon');
    if (!verizon) throw new Error('verizon missing');
    await saveUserCompany({ ...verizon, domains: ['verizon.com'] }, NOW);
    expect(await companyForUrl('https://www.verizonwireless.com/')).toBeUndefined();
    expect((await companyForUrl('https://www.verizon.com/'))?.source).toBe('user');
  });

  it('the most specific domain wins across user and bundled entries', async () => {
    await saveUserCompany(mine('user-amazon-sellers', 'Amazon Seller Support', ['sellercentral.amazon.com']), NOW);
    expect((await companyForUrl('https://sellercentral.amazon.com/help'))?.id).toBe('user-amazon-sellers');
    expect((await companyForUrl('https://www.amazon.com/gp/help'))?.id).toBe('amazon');
  });

  it('lists everything once, sorted by name', async () => {
    await saveUserCompany(mine('user-aardvark', 'Aardvark Insurance', ['aardvark.example.com']), NOW);
    const list = await listCompanies();
    expect(list).toHaveLength(bundledCompanies.length + 1);
    expect(list[0]?.id).toBe('user-aardvark');
    const names = list.map((c) => c.name);
    expect([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }))).toEqual(names);
  });

  it('refuses an invalid company whole and writes nothing', async () => {
    await expect(saveUserCompany(mine('user-bad', '', ['not a domain']), NOW)).rejects.toThrow();
    await expect(
      saveUserCompany({ ...mine('user-bad', 'Bad', ['bad.com']), contactUrls: ['javascript:alert(1)'] }, NOW),
    ).rejects.toThrow();
    expect(await db.companies.count()).toBe(0);
  });

  it('refuses a domain another of the person’s companies already claims', async () => {
    await saveUserCompany(mine('user-one', 'One', ['shared-domain.com']), NOW);
    const attempt = saveUserCompany(mine('user-two', 'Two', ['two.com', 'shared-domain.com']), NOW);
    await expect(attempt).rejects.toBeInstanceOf(DomainConflictError);
    expect(await userCompanies.get('user-two')).toBeUndefined();
  });

  it('reset drops the correction and brings the directory entry back', async () => {
    const paypal = bundledCompanies.find((c) => c.id === 'paypal');
    if (!paypal) throw new Error('paypal missing');
    await saveUserCompany({ ...paypal, name: 'PayPal (edited)' }, NOW);
    await resetCompany('paypal');
    expect(await getCompany('paypal')).toEqual(paypal);
    expect((await companyForUrl('paypal.com'))?.source).toBe('directory');
  });
});

describe('resolveCompanyHint', () => {
  it('returns the directory company for a known site without writing', async () => {
    const company = await resolveCompanyHint({ host: 'help.ryanair.com', name: 'Ryanair Help Centre' }, NOW);
    expect(company.id).toBe('ryanair');
    expect(await db.companies.count()).toBe(0);
  });

  it('records an unknown site once, named from the page, and returns the same company after', async () => {
    const first = await resolveCompanyHint(
      { host: 'wickandwhistle.co.uk', name: '  Wick &  Whistle\n Candle Co. ' },
      NOW,
    );
    expect(first).toMatchObject({
      id: 'auto-wickandwhistle-co-uk',
      name: 'Wick & Whistle Candle Co.',
      source: 'auto',
      sector: 'other',
      country: 'global',
      domains: ['wickandwhistle.co.uk'],
    });
    const again = await resolveCompanyHint({ host: 'shop.wickandwhistle.co.uk', name: 'Another name' }, NOW + 1000);
    expect(again).toEqual(first);
    expect(await db.companies.count()).toBe(1);
  });

  it('renames a company named only from its domain once a page of the site gives its name, and only then', async () => {
    // A form sent before its page was read: the company is named from the domain.
    const early = await resolveCompanyHint({ host: 'www.kettle-and-crumb.co.uk' }, NOW);
    expect(early.name).toBe('Kettle And Crumb');
    const read = await resolveCompanyHint({ host: 'kettle-and-crumb.co.uk', name: 'Kettle & Crumb Bakery' }, NOW + 10);
    expect(read).toMatchObject({ id: early.id, name: 'Kettle & Crumb Bakery', updatedAt: NOW + 10 });
    expect(await db.companies.get(early.id)).toMatchObject({ name: 'Kettle & Crumb Bakery' });
    // A name a page gave stays: another page's title does not rename it again.
    expect((await resolveCompanyHint({ host: 'shop.kettle-and-crumb.co.uk', name: 'Shop' }, NOW + 20)).name).toBe(
      'Kettle & Crumb Bakery',
    );
    // A company the person edited is theirs: never renamed.
    const other = await resolveCompanyHint({ host: 'quill.example.org' }, NOW);
    await saveUserCompany({ ...other, name: 'Quill' }, NOW + 5);
    expect((await resolveCompanyHint({ host: 'quill.example.org', name: 'Quill Stationers Ltd' }, NOW + 30)).name).toBe(
      'Quill',
    );
  });

  it('is idempotent when two pages of a site report at the same moment', async () => {
    const results = await Promise.all(
      ['www.acme-widgets.com', 'help.acme-widgets.com', 'acme-widgets.com'].map((host) =>
        resolveCompanyHint({ host }, NOW),
      ),
    );
    expect(new Set(results.map((c) => c.id))).toEqual(new Set(['auto-acme0-widgets-com']));
    expect(results[0]?.name).toBe('Acme Widgets');
    expect(await db.companies.count()).toBe(1);
  });

  it('finds the person’s correction of an auto company by domain', async () => {
    const auto = await resolveCompanyHint({ host: 'overnightprints.com' }, NOW);
    await saveUserCompany({ ...auto, name: 'Overnight Prints', sector: 'retail' }, NOW + 5);
    const again = await resolveCompanyHint({ host: 'help.overnightprints.com' }, NOW + 10);
    expect(again).toMatchObject({ id: auto.id, name: 'Overnight Prints', source: 'user' });
  });

  it('records sites under internationalised top-level domains', async () => {
    const company = await resolveCompanyHint({ host: 'www.пример.рф' }, NOW);
    expect(company.domains).toEqual(['xn--e1afmkfd.xn--p1ai']);
    expect(company.id).toBe('auto-xn0-0-e1afmkfd-xn0-0-p1ai');
  });

  it('gives look-alike domains two companies, whichever reports first', async () => {
    const dotted = await resolveCompanyHint({ host: 'www.acme.co.uk', name: 'Acme' }, NOW);
    const dashed = await resolveCompanyHint({ host: 'acme-co.uk', name: 'Acme' }, NOW);
    expect(dotted.id).not.toBe(dashed.id);
    expect(dotted.domains).toEqual(['acme.co.uk']);
    expect(dashed.domains).toEqual(['acme-co.uk']);
    expect((await resolveCompanyHint({ host: 'help.acme.co.uk' }, NOW)).id).toBe(dotted.id);
    expect((await resolveCompanyHint({ host: 'help.acme-co.uk' }, NOW)).id).toBe(dashed.id);
    expect(await db.companies.count()).toBe(2);
  });

  it('keeps finding a company stored under an older slug id, by its domain', async () => {
    const old = mine('auto-acme-co-uk', 'Acme (old)', ['acme-co.uk'], { source: 'auto' });
    await userCompanies.put(old);
    expect(await resolveCompanyHint({ host: 'www.acme-co.uk' }, NOW)).toEqual(old);
    expect(await db.companies.count()).toBe(1);
  });

  it('never joins a company that holds the domain’s id but does not list the domain', async () => {
    // "auto-acme-co-uk" is acme.co.uk's id now, and was acme-co.uk's under the older slug.
    await userCompanies.put(mine('auto-acme-co-uk', 'Acme (old)', ['acme-co.uk'], { source: 'auto' }));
    const dotted = await resolveCompanyHint({ host: 'acme.co.uk' }, NOW);
    expect(dotted.id).not.toBe('auto-acme-co-uk');
    expect(dotted).toMatchObject({ domains: ['acme.co.uk'], source: 'auto' });
    expect((await getCompany('auto-acme-co-uk'))?.domains).toEqual(['acme-co.uk']);
    expect((await resolveCompanyHint({ host: 'www.acme.co.uk' }, NOW)).id).toBe(dotted.id);
    // The person took the domain off a company: the site gets a company of its own again.
    await saveUserCompany({ ...dotted, domains: ['acme.example.com'] }, NOW + 1);
    const fresh = await resolveCompanyHint({ host: 'acme.co.uk' }, NOW + 2);
    expect(new Set([fresh.id, dotted.id, 'auto-acme-co-uk']).size).toBe(3);
    expect(fresh.domains).toEqual(['acme.co.uk']);
  });

  it('refuses hosts that are not public web addresses', async () => {
    for (const host of ['127.0.0.1', 'localhost', 'printer.local', '[::1]']) {
      await expect(resolveCompanyHint({ host }, NOW)).rejects.toThrow(/not a public web address/);
    }
    expect(await db.companies.count()).toBe(0);
  });
});
