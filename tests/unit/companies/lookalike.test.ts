import { bundledCompanies } from '../../../lib/companies';
import { handleSkeleton, isLookAlikeHandle, lookAlikeFindings } from '../../../lib/companies/lookalike';

const reasons = (handle: string) => lookAlikeFindings(handle, bundledCompanies).map((f) => f.reason);

describe('look-alike handles', () => {
  it('accepts genuine handles, in any case and with or without @', () => {
    for (const handle of [
      'AskPayPal',
      '@askpaypal',
      'XfinitySupport',
      'TMobileHelp',
      'NatWest_Help',
      'SamsungSupport@mastodon.social',
      'delta.com',
    ]) {
      expect(lookAlikeFindings(handle, bundledCompanies), handle).toEqual([]);
      expect(isLookAlikeHandle(handle, bundledCompanies)).toBe(false);
    }
  });

  it('flags a Roman numeral ⅹ standing in for x, naming the account it imitates', () => {
    const findings = lookAlikeFindings('ⅹfinitySupport', bundledCompanies);
    expect(findings.map((f) => f.reason)).toEqual(['compatibility-characters']);
    expect(findings[0]?.imitates).toMatchObject({ companyId: 'xfinity', handle: 'XfinitySupport', platform: 'x' });
  });

  it('flags fullwidth letters', () => {
    expect(reasons('ＡｓｋＰａｙＰａｌ')).toEqual(['compatibility-characters']);
    expect(isLookAlikeHandle('Ｄｅｌｔａ')).toBe(true);
  });

  it.each([
    ['AskPаyPal', 'а (Cyrillic a)'],
    ['DеltaAssist', 'е (Cyrillic e)'],
    ['AppleSuppоrt', 'о (Cyrillic o)'],
    ['AskРayPal', 'Р (Cyrillic P)'],
    ['Ask_Spесtrum', 'е, с (Cyrillic)'],
    ['Uber_Suppοrt', 'ο (Greek omicron)'],
  ])('flags homoglyphs in %s: %s', (handle) => {
    const findings = lookAlikeFindings(handle, bundledCompanies);
    expect(findings.map((f) => f.reason)).toEqual(['homoglyphs']);
    expect(findings[0]?.imitates).toBeDefined();
  });

  it('flags homoglyphs even when they imitate no directory handle', () => {
    expect(reasons('Acmе_Support')).toEqual(['homoglyphs']);
  });

  it('flags plain-ASCII look-alikes of directory handles (I for l, 0 for O, rn for m)', () => {
    expect(lookAlikeFindings('AppIeSupport', bundledCompanies)[0]).toMatchObject({
      reason: 'imitates-directory-handle',
      imitates: { companyId: 'apple', handle: 'AppleSupport' },
    });
    expect(reasons('AskPayPa1')).toEqual(['imitates-directory-handle']);
    expect(reasons('XboxSupp0rt')).toEqual(['imitates-directory-handle']);
    expect(reasons('AskLyft')).toEqual([]);
  });

  it('flags characters no network allows in a handle', () => {
    expect(reasons('Support✓Team')).toEqual(['non-ascii']);
    expect(reasons('help\u200bdesk')).toEqual(['non-ascii']);
  });

  it('flags the known NatWest impostor in any case', () => {
    const findings = lookAlikeFindings('@natwest_quick', bundledCompanies);
    expect(findings.map((f) => f.reason)).toEqual(['known-impostor']);
    expect(findings[0]?.impostor?.companyId).toBe('natwest');
  });

  it('computes skeletons that equate visually identical handles', () => {
    expect(handleSkeleton('ⅹfinity')).toBe(handleSkeleton('xfinity'));
    expect(handleSkeleton('pаypal')).toBe(handleSkeleton('paypal'));
    expect(handleSkeleton('paypal')).not.toBe(handleSkeleton('paypai'));
  });
});
