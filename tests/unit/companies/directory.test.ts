import { Company, PLATFORMS } from '../../../lib/model';
import { bundledCompanies, matchCompanyByDomain } from '../../../lib/companies';
import { directorySources, knownImpostors } from '../../../lib/companies/directory';
import manifest from '../../fixtures/pages/manifest.json';

describe('bundled directory', () => {
  it('holds at least the 208 researched companies, each a valid Company', () => {
    expect(bundledCompanies.length).toBeGreaterThanOrEqual(208);
    for (const company of bundledCompanies) {
      const result = Company.safeParse(company);
      expect(result.success, `${company.id}: ${result.error?.issues.map((i) => i.message).join('; ')}`).toBe(true);
      expect(company.source).toBe('directory');
    }
  });

  it('gives at least 90 % of companies (and at least 196) a sourced channel', () => {
    const reachable = bundledCompanies.filter(
      (c) =>
        Object.keys(c.handles).length +
          (c.otherHandles ?? []).length +
          c.phones.length +
          c.contactUrls.length +
          c.emails.length >
        0,
    );
    expect(reachable.length).toBeGreaterThanOrEqual(196);
    expect(reachable.length / bundledCompanies.length).toBeGreaterThanOrEqual(0.9);
  });

  it('has unique ids and no domain listed by two companies', () => {
    const ids = bundledCompanies.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owner = new Map<string, string>();
    for (const company of bundledCompanies) {
      for (const domain of company.domains) {
        expect(owner.get(domain), `${domain} in ${company.id} and ${owner.get(domain)}`).toBeUndefined();
        owner.set(domain, company.id);
      }
    }
  });

  it('gives every handle a source and a confidence, and every cited id resolves', () => {
    const citations: string[] = [];
    for (const company of bundledCompanies) {
      const handles = [
        ...PLATFORMS.flatMap((p) => (company.handles[p] ? [company.handles[p]] : [])),
        ...(company.otherHandles ?? []),
      ];
      for (const h of handles) {
        expect(h.source, `${company.id} @${h.handle}`).toMatch(/\[[A-Z0-9_]+\]/);
        expect(h.confidence, `${company.id} @${h.handle}`).toBeDefined();
        citations.push(h.source ?? '');
      }
      for (const p of company.phones) {
        expect(p.source, `${company.id} ${p.number}`).toMatch(/\[[A-Z0-9_]+\]/);
        citations.push(p.source ?? '');
      }
      for (const r of company.retiredHandles) citations.push(r.source ?? '');
      if (company.contactUrls.length + company.emails.length > 0) {
        expect(company.contactSource, company.id).toMatch(/\[[A-Z0-9_]+\]/);
        citations.push(company.contactSource ?? '');
      }
    }
    const cited = citations.flatMap((c) => [...c.matchAll(/\[([A-Z0-9_]+)\]/g)].map((m) => m[1] ?? ''));
    expect(cited.length).toBeGreaterThan(60);
    for (const id of cited) expect(directorySources[id], id).toBeDefined();
  });

  it('never lists a retired handle as an active one', () => {
    for (const company of bundledCompanies) {
      for (const retired of company.retiredHandles) {
        const active = company.handles[retired.network]?.handle.toLowerCase();
        expect(active, `${company.id} @${retired.handle}`).not.toBe(retired.handle.toLowerCase());
        const secondary = (company.otherHandles ?? []).map((h) => h.handle.toLowerCase());
        expect(secondary).not.toContain(retired.handle.toLowerCase());
      }
    }
  });

  it('keeps defunct brands marked and offers no handle for them', () => {
    const gone = bundledCompanies.filter((c) => c.status !== 'active');
    expect(gone.map((c) => c.id).sort()).toEqual(['sprint', 'virgin-mobile-usa', 'virgin-trains']);
    expect(bundledCompanies.find((c) => c.id === 'sprint')?.status).toBe('merged');
    for (const c of gone) expect(Object.keys(c.handles)).toHaveLength(0);
  });

  it('records that Air France and KLM stopped answering on X, and the NatWest impostor', () => {
    for (const id of ['air-france', 'klm']) {
      const company = bundledCompanies.find((c) => c.id === id);
      expect(company?.silentOn?.map((s) => s.network)).toEqual(['x']);
      expect(company?.handles.x).toBeUndefined();
    }
    expect(knownImpostors.map((i) => [i.companyId, i.handle])).toContainEqual(['natwest', 'Natwest_Quick']);
  });

  it('resolves the company of every fixture page that belongs to a directory company', () => {
    const expected: Record<string, string> = {
      'help.ryanair.com': 'ryanair',
      'www.maytag.com': 'maytag',
      'www.brittany-ferries.co.uk': 'brittany-ferries',
      'www.samsung.com': 'samsung-us',
      'www.spectrum.net': 'spectrum',
      'www.att.com': 'att',
      'www.southwest.com': 'southwest',
      'www.bestbuy.com': 'best-buy',
      'secure.chase.com': 'chase',
    };
    const hosts = manifest.map((page) => new URL(page.url).host);
    for (const [host, id] of Object.entries(expected)) {
      expect(hosts).toContain(host);
      expect(matchCompanyByDomain(host, bundledCompanies)?.id, host).toBe(id);
    }
  });
});
