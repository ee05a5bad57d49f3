import { describe, expect, it } from 'vitest';
import { bundledCompanies } from '../../../lib/companies';
import { brandKey, profileMatch } from '../../../lib/companies/profile-match';
import { mergeCompanies } from '../../../lib/companies/merge';
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

const bundled = (id: string): Company => {
  const found = bundledCompanies.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} in the directory`);
  return found;
};

/** The person's companies: the directory, with their own entries in place of the bundled ones. */
const reach = (...own: Company[]) => mergeCompanies(own, bundledCompanies);
const cases = (...ids: string[]) => new Set(ids);
const idOf = (m: ReturnType<typeof profileMatch>) => m && [m.company.id, m.ownDomain];

describe('brandKey', () => {
  it('reduces a name or handle to its brand', () => {
    expect(brandKey('T-Mobile Help')).toBe('tmobile');
    expect(brandKey('ask_progressive')).toBe('progressive');
    expect(brandKey('Ask PayPal')).toBe('paypal');
    expect(brandKey('SkyHelpTeam')).toBe('sky');
    expect(brandKey('BarclaysUKHelp')).toBe('barclays');
    expect(brandKey('AT&T')).toBe('att');
    // A brand is never stripped away entirely.
    expect(brandKey('EE')).toBe('ee');
    expect(brandKey('Help')).toBe('help');
  });

  it('gives nothing for a name in disguise or in another script', () => {
    expect(brandKey('PаyPal')).toBeUndefined(); // Cyrillic а
    expect(brandKey('Pay\u200bPal')).toBeUndefined(); // zero-width space
  });
});

describe('profileMatch', () => {
  // The person's PayPal entry without the X handle (so the directory's is not "already theirs").
  const paypalWithoutX = { ...bundled('paypal'), handles: {}, source: 'user' as const };

  it('offers a handle that names a company the person has an open case with', () => {
    expect(idOf(profileMatch('x', 'SamsungSupport', 'Samsung Support', reach(), cases('samsung-us')))).toEqual([
      'samsung-us',
      false,
    ]);
    expect(idOf(profileMatch('x', 'AskPayPal', 'Ask PayPal', reach(paypalWithoutX), cases('paypal')))).toEqual([
      'paypal',
      false,
    ]);
    expect(
      idOf(profileMatch('mastodon', 'SamsungSupport@mastodon.social', undefined, reach(), cases('samsung-us'))),
    ).toEqual(['samsung-us', false]);
    expect(idOf(profileMatch('bluesky', 'samsung.bsky.social', 'Samsung', reach(), cases('samsung-us')))).toEqual([
      'samsung-us',
      false,
    ]);
  });

  it("offers on the display name when the handle carries the brand's first word", () => {
    const acme = mine('user-acme-widgets', 'Acme Widgets', ['acme-widgets.com']);
    expect(idOf(profileMatch('x', 'AcmeHelp', 'Acme Widgets', reach(acme), cases(acme.id)))).toEqual([acme.id, false]);
    // The same name on a handle without the brand is how impostors look: nothing.
    expect(profileMatch('x', 'HelpDeskPro', 'Acme Widgets', reach(acme), cases(acme.id))).toBeUndefined();
    expect(profileMatch('x', 'AcmeHelp', 'Someone Else', reach(acme), cases(acme.id))).toBeUndefined();
  });

  it('offers nothing for the handle the company already has, or for a company without an open case', () => {
    expect(profileMatch('x', 'AskPayPal', 'Ask PayPal', reach(), cases('paypal'))).toBeUndefined();
    expect(profileMatch('x', 'askpaypal', 'Ask PayPal', reach(), cases('paypal'))).toBeUndefined();
    expect(profileMatch('x', 'SamsungSupport', 'Samsung Support', reach(), cases())).toBeUndefined();
    expect(profileMatch('x', 'SamsungSupport', 'Samsung Support', reach(), cases('paypal'))).toBeUndefined();
  });

  it("never offers a look-alike, an impostor, or another company's handle", () => {
    for (const handle of ['AskPаyPal', 'ＡｓｋＰａｙＰａｌ', 'AskPayPaI', 'AskPayPal\u200b']) {
      expect(profileMatch('x', handle, 'Ask PayPal', reach(paypalWithoutX), cases('paypal')), handle).toBeUndefined();
    }
    const natwest = { ...bundled('natwest'), handles: {}, source: 'user' as const };
    expect(profileMatch('x', 'Natwest_Quick', 'NatWest', reach(natwest), cases('natwest'))).toBeUndefined();
    // @TMobileHelp is the directory's T-Mobile (US): not offered for another "T-Mobile" of the person's.
    const other = mine('user-t-mobile', 'T-Mobile', ['t-mobile.example']);
    expect(profileMatch('x', 'TMobileHelp', 'T-Mobile Help', reach(other), cases(other.id))).toBeUndefined();
    expect(idOf(profileMatch('x', 'TMobile_Care', 'T-Mobile', reach(other), cases(other.id)))).toEqual([
      other.id,
      false,
    ]);
  });

  it('never offers a retired handle, nor on a network the company has left', () => {
    const acme = mine('user-acme', 'Acme', ['acme.example'], {
      retiredHandles: [{ network: 'x', handle: 'AcmeHelp' }],
    });
    expect(profileMatch('x', 'AcmeHelp', 'Acme', reach(acme), cases(acme.id))).toBeUndefined();
    expect(idOf(profileMatch('x', 'AcmeSupport', 'Acme', reach(acme), cases(acme.id)))).toEqual([acme.id, false]);
    expect(profileMatch('x', 'AirFrance', 'Air France', reach(), cases('air-france'))).toBeUndefined();
    const gone = { ...bundled('samsung-us'), status: 'defunct' as const, source: 'user' as const };
    expect(profileMatch('x', 'SamsungSupport', 'Samsung Support', reach(gone), cases('samsung-us'))).toBeUndefined();
  });

  it("matches a Bluesky handle on the company's own domain, case or not, and nothing that only looks like one", () => {
    expect(idOf(profileMatch('bluesky', 'delta.com', 'Delta Air Lines', reach(), cases()))).toEqual(['delta', true]);
    expect(idOf(profileMatch('bluesky', 'help.delta.com', undefined, reach(), cases()))).toEqual(['delta', true]);
    for (const handle of ['delta.com.evil.example', 'delta-support.com', 'deltа.com']) {
      expect(profileMatch('bluesky', handle, 'Delta Air Lines', reach(), cases('delta')), handle).toBeUndefined();
    }
  });

  it("offers nothing when two of the person's companies would match", () => {
    const a = mine('user-acme', 'Acme', ['acme.example']);
    const b = mine('user-acme-uk', 'Acme (UK)', ['acme.example.co.uk']);
    expect(profileMatch('x', 'AcmeHelp', 'Acme', reach(a, b), cases(a.id, b.id))).toBeUndefined();
    expect(idOf(profileMatch('x', 'AcmeHelp', 'Acme', reach(a, b), cases(a.id)))).toEqual([a.id, false]);
  });
});
