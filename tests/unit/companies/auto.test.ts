import { Company } from '../../../lib/model';
import { CompanyId } from '../../../lib/model/common';
import {
  autoCompany,
  autoCompanyId,
  autoCompanyIdVariants,
  encodeDomain,
  nameFromDomain,
  tidyCompanyName,
} from '../../../lib/companies/auto';

describe('auto companies', () => {
  it('derives a stable id from the domain, one-to-one', async () => {
    expect(await autoCompanyId('acme.com')).toBe('auto-acme-com');
    expect(await autoCompanyId('My-Shop.co.uk')).toBe('auto-my0-shop-co-uk');
    expect(await autoCompanyId('xn--bcher-kva.de')).toBe('auto-xn0-0-bcher0-kva-de');
    expect(await autoCompanyId('web0.com')).toBe('auto-web00-com');
    // The older slug gave every one of these "auto-acme-co-uk".
    const lookAlikes = ['acme.co.uk', 'acme-co.uk', 'acme--co.uk', 'acme.co-uk.com', 'acme0.co.uk', 'acme-0.co.uk'];
    const ids = await Promise.all(lookAlikes.map(autoCompanyId));
    expect(new Set(ids).size).toBe(lookAlikes.length);
    for (const id of ids) expect(CompanyId.safeParse(id).success).toBe(true);
  });

  it('names a domain too long to spell out by its hash, still one-to-one', async () => {
    const long = `${'a'.repeat(100)}.com`;
    const id = await autoCompanyId(long);
    expect(id).toMatch(/^auto-0h[0-9a-f]{32}$/);
    expect(await autoCompanyId(long)).toBe(id);
    expect(await autoCompanyId(`${'a'.repeat(99)}b.com`)).not.toBe(id);
    expect(CompanyId.safeParse(id).success).toBe(true);
  });

  it('encodes so that no id is the start of another domain’s id', () => {
    // Prefix-free code words: decoding is unique, which is what makes the ids one-to-one.
    const words = ['-', '0-', '00', ...'abcdefghijklmnopqrstuvwxyz123456789'];
    for (const a of words) for (const b of words) if (a !== b) expect(b.startsWith(a)).toBe(false);
    expect(encodeDomain('a-b.c0')).toBe('a0-b-c00');
    expect(() => encodeDomain('ex_ample.com')).toThrow(/not an ASCII domain/);
  });

  it('offers variants that stay valid ids and never equal an encoded domain', async () => {
    const base = await autoCompanyId(`${'a'.repeat(66)}.com`);
    const variants = autoCompanyIdVariants(base);
    expect(variants[0]).toBe(base);
    expect(new Set(variants).size).toBe(variants.length);
    for (const id of variants) expect(CompanyId.safeParse(id).success).toBe(true);
    expect(variants[1]).toMatch(/0n2$/);
  });

  it('names a company tidily from its domain', () => {
    expect(nameFromDomain('acme.com')).toBe('Acme');
    expect(nameFromDomain('my-shop.co.uk')).toBe('My Shop');
    expect(nameFromDomain('acme.myshopify.com')).toBe('Acme');
  });

  it('tidies names taken from pages', () => {
    expect(tidyCompanyName(' Acme\u200b  Corp\t')).toBe('Acme Corp');
    expect(tidyCompanyName('\u202eevil')).toBe('evil');
    expect(tidyCompanyName('   ')).toBeUndefined();
    expect(tidyCompanyName('x'.repeat(300))?.length).toBeLessThanOrEqual(80);
  });

  it('builds a valid Company record', () => {
    const company = autoCompany('auto-wickandwhistle-co-uk', 'wickandwhistle.co.uk', undefined, 1_700_000_000_000);
    expect(Company.parse(company)).toEqual(company);
    expect(company.name).toBe('Wickandwhistle');
  });
});
