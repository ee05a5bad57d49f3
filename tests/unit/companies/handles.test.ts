import { bundledCompanies } from '../../../lib/companies';
import { checkHandle, companiesWithHandle, handleAdvice, otherChannels } from '../../../lib/companies/handles';
import type { Company } from '../../../lib/model';

function bundled(id: string): Company {
  const company = bundledCompanies.find((c) => c.id === id);
  if (!company) throw new Error(`${id} missing from the directory`);
  return company;
}

describe('handleAdvice', () => {
  it('suggests the directory handle with its confidence and resolved sources, asking to verify it', () => {
    const advice = handleAdvice(bundled('xfinity'), 'x');
    expect(advice.suggested).toMatchObject({ handle: 'XfinitySupport', confidence: 'high', origin: 'directory' });
    expect(advice.suggested?.sources[0]?.citation).toMatch(/SlashGear/);
    expect(advice.retired.map((r) => r.handle)).toEqual(['comcastcares']);
    expect(advice.cautions).toEqual(['verify-account']);
    expect(advice.otherChannels).toEqual([]);
  });

  it('warns about low-confidence handles', () => {
    expect(handleAdvice(bundled('amtrak'), 'x').cautions).toEqual(['verify-account', 'low-confidence']);
  });

  it('keeps unconfirmed brand accounts apart from the suggestion', () => {
    const advice = handleAdvice(bundled('ryanair'), 'x');
    expect(advice.suggested).toBeUndefined();
    expect(advice.secondary.map((h) => h.handle)).toEqual(['Ryanair']);
  });

  it('says a company stopped answering on X and lists where to go instead', () => {
    const klm = handleAdvice(bundled('klm'), 'x');
    expect(klm.suggested).toBeUndefined();
    expect(klm.silent?.since).toBe('2023-05');
    expect(klm.cautions).toContain('silent-network');
    expect(klm.otherChannels.some((c) => c.kind === 'phone' && c.number === '+31206490787')).toBe(true);
    expect(klm.otherChannels.some((c) => c.kind === 'url' && c.url.includes('klm_on_social_media'))).toBe(true);
    expect(handleAdvice(bundled('air-france'), 'x').otherChannels.some((c) => c.kind === 'phone')).toBe(true);
  });

  it('suggests nothing for a brand that no longer trades', () => {
    const advice = handleAdvice(bundled('sprint'), 'x');
    expect(advice.suggested).toBeUndefined();
    expect(advice.cautions).toContain('company-gone');
    expect(advice.retired.map((r) => r.handle)).toEqual(['sprintcare']);
  });

  it('marks a person’s unsourced handle, and refuses to suggest a disguised one', () => {
    const base = bundled('paypal');
    const typed: Company = { ...base, source: 'user', handles: { bluesky: { handle: 'paypal.com' } } };
    expect(handleAdvice(typed, 'bluesky').cautions).toEqual(['verify-account', 'unsourced']);
    const disguised: Company = { ...base, source: 'user', handles: { x: { handle: 'AskPаyPal' } } };
    const advice = handleAdvice(disguised, 'x');
    expect(advice.suggested).toBeUndefined();
    expect(advice.cautions).toEqual(['look-alike']);
  });

  it('offers other networks, phones and pages when a network has no handle', () => {
    const advice = handleAdvice(bundled('avanti-west-coast'), 'threads');
    expect(advice.suggested).toBeUndefined();
    expect(
      advice.otherChannels.filter((c) => c.kind === 'handle').map((c) => c.kind === 'handle' && c.platform),
    ).toEqual(['x', 'facebook', 'instagram']);
    expect(
      otherChannels(bundled('avanti-west-coast'), 'x').some((c) => c.kind === 'handle' && c.platform === 'x'),
    ).toBe(false);
  });
});

describe('checkHandle', () => {
  it('recognises listed, secondary, retired and unlisted handles', () => {
    const att = bundled('att');
    expect(checkHandle(att, 'x', '@att').status).toBe('listed');
    expect(checkHandle(att, 'x', 'ATTHelp').status).toBe('secondary');
    const retired = checkHandle(att, 'x', 'ATTCares');
    expect(retired.status).toBe('retired');
    expect(retired.expected?.handle).toBe('ATT');
    const unlisted = checkHandle(att, 'x', 'ATT_Support_Desk');
    expect(unlisted).toMatchObject({ status: 'unlisted', expected: { handle: 'ATT' } });
  });

  it('reports the impostor and the genuine handle for NatWest', () => {
    const check = checkHandle(bundled('natwest'), 'x', 'Natwest_Quick');
    expect(check.status).toBe('unlisted');
    expect(check.findings.map((f) => f.reason)).toEqual(['known-impostor']);
    expect(check.expected?.handle).toBe('NatWest_Help');
  });
});

describe('Bluesky handles on a company’s own domain', () => {
  it('recognises them, and nothing above or beside the domain', () => {
    const delta = bundled('delta');
    expect(checkHandle(delta, 'bluesky', '@delta.com').status).toBe('own-domain');
    expect(checkHandle(delta, 'bluesky', 'help.delta.com').status).toBe('own-domain');
    expect(checkHandle(delta, 'bluesky', 'delta.com.example.net').status).toBe('unlisted');
    expect(checkHandle(delta, 'bluesky', 'delta.bsky.social').status).toBe('unlisted');
    expect(checkHandle(delta, 'bluesky', 'dеlta.com').status).toBe('unlisted'); // Cyrillic е
    expect(checkHandle(delta, 'x', 'delta.com').status).toBe('unlisted');
    expect(companiesWithHandle('bluesky', 'delta.com', bundledCompanies).map((c) => c.id)).toEqual(['delta']);
  });
});

describe('companiesWithHandle', () => {
  it('finds the company behind a support account seen on a page', () => {
    expect(companiesWithHandle('x', '@tmobilehelp', bundledCompanies).map((c) => c.id)).toEqual(['t-mobile']);
    expect(companiesWithHandle('x', 'AmtrakNECAlerts', bundledCompanies).map((c) => c.id)).toEqual(['amtrak']);
    expect(companiesWithHandle('bluesky', 'TMobileHelp', bundledCompanies)).toEqual([]);
  });
});
