import { bundledCompanies } from '../../../lib/companies';
import {
  companyFromDraft,
  draftFromCompany,
  emptyDraft,
  newUserCompanyId,
  type CompanyDraft,
} from '../../../lib/companies/draft';
import type { Company } from '../../../lib/model';

const NOW = 1_800_000_000_000;
const draft = (patch: Partial<CompanyDraft>): CompanyDraft => ({
  ...emptyDraft(),
  name: 'Acme',
  domains: 'acme.com',
  country: 'US',
  ...patch,
});

function bundled(id: string): Company {
  const company = bundledCompanies.find((c) => c.id === id);
  if (!company) throw new Error(id);
  return company;
}

describe('companyFromDraft', () => {
  it('normalises what people type', () => {
    const result = companyFromDraft(
      draft({
        domains: 'HTTPS://www.Acme.com/contact\n\n  help.acme.com:443 \nwww.acme.com',
        country: ' gb ',
        handles: { ...emptyDraft().handles, x: ' @AcmeHelp ', mastodon: 'acme@mastodon.social' },
        phones: '+1 (800) 555-0100, billing\n611\n1-800-ACME-NOW\n020 7946 0000, London shop',
        emails: 'MAILTO:Help@Acme.com',
        contactUrls: 'https://acme.com/contact',
      }),
      undefined,
      'user-acme',
      [],
      NOW,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.company).toMatchObject({
      id: 'user-acme',
      source: 'user',
      createdAt: NOW,
      updatedAt: NOW,
      domains: ['www.acme.com', 'help.acme.com'],
      country: 'GB',
      handles: { x: { handle: 'AcmeHelp' }, mastodon: { handle: 'acme@mastodon.social' } },
      // A national number is read in the company's country (GB here).
      phones: [
        { number: '+18005550100', label: 'billing' },
        { number: '611' },
        { number: '1-800-ACME-NOW' },
        { number: '+442079460000', label: 'London shop' },
      ],
      emails: ['help@acme.com'],
    });
  });

  it('keeps cited facts the person left unchanged and drops sources of changed ones', () => {
    const xfinity = bundled('xfinity');
    const result = companyFromDraft(
      { ...draftFromCompany(xfinity), contactUrls: 'https://www.xfinity.com/support' },
      xfinity,
      'xfinity',
      [],
      NOW,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.company.handles.x).toEqual(xfinity.handles.x);
    expect(result.company.phones).toEqual(xfinity.phones);
    expect(result.company.retiredHandles).toEqual(xfinity.retiredHandles);
    expect(result.company.contactSource).toBeUndefined();
    expect(result.company.createdAt).toBe(xfinity.createdAt);

    const renamed = companyFromDraft(
      { ...draftFromCompany(xfinity), handles: { ...draftFromCompany(xfinity).handles, x: 'XfinityHelpDesk' } },
      xfinity,
      'xfinity',
      [],
      NOW,
    );
    if (!renamed.ok) throw new Error('refused');
    expect(renamed.company.handles.x).toEqual({ handle: 'XfinityHelpDesk' });
  });

  it('round-trips every directory company through the form unchanged except for its stamps and source', () => {
    for (const company of bundledCompanies) {
      const result = companyFromDraft(draftFromCompany(company), company, company.id, [], NOW);
      if (!result.ok) throw new Error(`${company.id}: ${JSON.stringify(result.errors)}`);
      expect({ ...result.company, source: 'directory', updatedAt: company.updatedAt }).toEqual(
        Object.fromEntries(Object.entries({ ...company, notes: company.notes }).filter(([, v]) => v !== undefined)),
      );
    }
  });

  it('reports each bad field at once', () => {
    const result = companyFromDraft(
      draft({
        name: ' ',
        domains: 'acme.com\nlocalhost',
        country: 'United States',
        handles: {
          ...emptyDraft().handles,
          x: 'two words',
          bluesky: 'ａｃｍｅ.com',
          threads: 'Natwest_Quick',
          reddit: 'acme✓',
        },
        phones: 'call us',
        emails: 'nobody',
        contactUrls: 'ftp://acme.com',
      }),
      undefined,
      'user-acme',
      [],
      NOW,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: { key: 'name' },
      domains: { key: 'domain', params: { line: 2, value: 'localhost' } },
      country: { key: 'country' },
      'handle-x': { key: 'handle' },
      'handle-bluesky': { key: 'handleLookAlike', params: { handle: 'acme.com' } },
      'handle-threads': { key: 'handleImpostor', params: { handle: 'Natwest_Quick' } },
      'handle-reddit': { key: 'handleNonAscii' },
      phones: { key: 'phone', params: { line: 1, value: 'call us' } },
      emails: { key: 'email', params: { line: 1, value: 'nobody' } },
      contactUrls: { key: 'url', params: { line: 1, value: 'ftp://acme.com' } },
    });
  });

  it('refuses a domain another user company claims, but may override a directory one', () => {
    const other: Company = {
      ...bundled('dell'),
      id: 'user-other',
      name: 'Other',
      source: 'user',
      domains: ['acme.com'],
    };
    const refused = companyFromDraft(draft({}), undefined, 'user-acme', [other], NOW);
    expect(refused).toEqual({
      ok: false,
      errors: { domains: { key: 'domainTaken', params: { domain: 'acme.com', company: 'Other' } } },
    });
    expect(companyFromDraft(draft({ domains: 'dell.com' }), undefined, 'user-acme', [bundled('dell')], NOW).ok).toBe(
      true,
    );
  });
});

describe('newUserCompanyId', () => {
  it('makes a unique slug from the name', () => {
    expect(newUserCompanyId('Wick & Whistle Candle Co.', new Set())).toBe('user-wick-whistle-candle-co');
    expect(newUserCompanyId('Café Zoë', new Set())).toBe('user-cafe-zoe');
    expect(newUserCompanyId('Acme', new Set(['user-acme', 'user-acme-2']))).toBe('user-acme-3');
    expect(newUserCompanyId('!!!', new Set())).toBe('user-company');
  });
});
