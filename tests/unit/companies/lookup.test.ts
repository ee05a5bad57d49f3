import fc from 'fast-check';
import type { Company } from '../../../lib/model';
import { domainCandidates, hostOf, matchCompanyByDomain, registrableDomain } from '../../../lib/companies/lookup';

function company(id: string, domains: string[]): Company {
  return {
    id,
    name: id,
    domains,
    sector: 'other',
    country: 'global',
    handles: {},
    retiredHandles: [],
    phones: [],
    emails: [],
    contactUrls: [],
    status: 'active',
    source: 'directory',
    createdAt: 0,
    updatedAt: 0,
  };
}

describe('registrableDomain', () => {
  it.each([
    ['https://www.amazon.co.uk/gp/help', 'amazon.co.uk'],
    ['www.amazon.co.uk', 'amazon.co.uk'],
    ['help.ryanair.com', 'ryanair.com'],
    ['a.b.c.example.com', 'example.com'],
    ['https://secure.chase.com/web/auth/#/logon', 'chase.com'],
    ['HTTPS://WWW.Example.COM/Path', 'example.com'],
    ['WWW.EXAMPLE.CO.UK', 'example.co.uk'],
    ['example.com.', 'example.com'],
    ['https://www.example.com.:443/x', 'example.com'],
    ['example.com:8080', 'example.com'],
    ['https://shop.example.com:8443/contact?x=1', 'example.com'],
    ['https://bücher.de/kontakt', 'xn--bcher-kva.de'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['acme.myshopify.com', 'acme.myshopify.com'],
    ['  example.org  ', 'example.org'],
  ])('%s → %s', (input, expected) => {
    expect(registrableDomain(input)).toBe(expected);
  });

  it.each([
    ['127.0.0.1'],
    ['http://192.168.1.10/contact'],
    ['[::1]'],
    ['http://[2001:db8::1]:8080/'],
    ['localhost'],
    ['http://localhost:3000/contact'],
    ['printer.local'],
    ['intranet.internal'],
    ['co.uk'],
    ['com'],
    [''],
    ['   '],
    ['http://'],
    ['not a url'],
    ['https://exa mple.com'],
    ['mailto:help@example.com'],
    ['tel:+18005551234'],
    ['javascript:alert(1)'],
    ['ftp://files.example.com'],
    ['chrome-extension://abcdefghijklmnop/popup.html'],
  ])('%s → undefined', (input) => {
    expect(registrableDomain(input)).toBeUndefined();
  });

  it('never throws and, when it answers, answers with a domain the input host ends with', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.domain(), fc.string()), (input) => {
        const domain = registrableDomain(input);
        if (domain !== undefined) expect(hostOf(input)?.endsWith(domain)).toBe(true);
      }),
    );
  }, 20_000);
});

describe('domainCandidates', () => {
  it('walks from the host to the registrable domain and no further', () => {
    expect(domainCandidates('https://a.help.example.co.uk/x')).toEqual([
      'a.help.example.co.uk',
      'help.example.co.uk',
      'example.co.uk',
    ]);
    expect(domainCandidates('example.com')).toEqual(['example.com']);
    expect(domainCandidates('10.0.0.1')).toEqual([]);
  });
});

describe('matchCompanyByDomain', () => {
  const broad = company('example', ['example.com', 'example.co.uk']);
  const help = company('example-help', ['help.example.com']);
  const other = company('other', ['other.org']);
  const companies = [broad, help, other];

  it('matches the registrable domain of a host or URL', () => {
    expect(matchCompanyByDomain('example.com', companies)?.id).toBe('example');
    expect(matchCompanyByDomain('www.example.co.uk', companies)?.id).toBe('example');
    expect(matchCompanyByDomain('https://shop.other.org/contact', companies)?.id).toBe('other');
  });

  it('prefers the most specific listed domain', () => {
    expect(matchCompanyByDomain('help.example.com', companies)?.id).toBe('example-help');
    expect(matchCompanyByDomain('https://eu.help.example.com/contact', companies)?.id).toBe('example-help');
    expect(matchCompanyByDomain('www.example.com', companies)?.id).toBe('example');
  });

  it('does not match look-alike or parent domains', () => {
    expect(matchCompanyByDomain('example.com.evil.net', companies)).toBeUndefined();
    expect(matchCompanyByDomain('notexample.com', companies)).toBeUndefined();
    expect(matchCompanyByDomain('co.uk', [company('suffix', ['co.uk'])])).toBeUndefined();
    expect(matchCompanyByDomain('127.0.0.1', companies)).toBeUndefined();
  });

  it('sees a new list (the index is per list, not stale)', () => {
    expect(matchCompanyByDomain('new.io', companies)).toBeUndefined();
    expect(matchCompanyByDomain('new.io', [...companies, company('new', ['new.io'])])?.id).toBe('new');
  });
});
