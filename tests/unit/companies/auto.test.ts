import { Company } from '../../../lib/model';
import { autoCompany, autoCompanyId, nameFromDomain, tidyCompanyName } from '../../../lib/companies/auto';

describe('auto companies', () => {
  it('derives a stable slug id from the domain', () => {
    expect(autoCompanyId('acme.com')).toBe('auto-acme-com');
    expect(autoCompanyId('My-Shop.co.uk')).toBe('auto-my-shop-co-uk');
    expect(autoCompanyId('xn--bcher-kva.de')).toBe('auto-xn-bcher-kva-de');
    expect(autoCompanyId(`${'a'.repeat(100)}.com`).length).toBeLessThanOrEqual(80);
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
    const company = autoCompany('wickandwhistle.co.uk', undefined, 1_700_000_000_000);
    expect(Company.parse(company)).toEqual(company);
    expect(company.name).toBe('Wickandwhistle');
  });
});
