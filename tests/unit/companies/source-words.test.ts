import { describe, expect, it } from 'vitest';
import { bundledCompanies } from '../../../lib/companies';
import { HANDLE_SOURCE } from '../../../lib/companies/profile-match';
import { handleSourceText } from '../../../lib/companies/source-words';

const handleOf = (id: string) => {
  const company = bundledCompanies.find((c) => c.id === id);
  const handle = company?.handles.x;
  if (!company || !handle) throw new Error(`no X handle for ${id}`);
  return { source: handle.source, confidence: handle.confidence, origin: company.source };
};

describe("a handle's source in plain words", () => {
  it('names a public list of support accounts, when it was checked, and the confidence', () => {
    expect(handleSourceText(handleOf('t-mobile'))).toBe(
      'From a public list of support accounts (Kaggle TWCS brand-account list), checked 2017. Confidence: medium.',
    );
  });

  it("prefers the company's own website, then the news, and counts the other sources", () => {
    expect(handleSourceText(handleOf('gwr'))).toBe(
      'Listed on the company’s own website (gwr.com PRO-regulation page), and 1 more source. Confidence: high.',
    );
    expect(handleSourceText(handleOf('xbox'))).toMatch(
      /^Named in the news \((NME tweet embed|Variety via HipHopWired|ZDNet)\), .+, and 3 more sources\. Confidence: high\.$/,
    );
    expect(handleSourceText(handleOf('southwest'))).toMatch(
      /^Named in the news \(MassLive\), Dec 2022, and 1 more source\. Confidence: medium\.$/,
    );
    expect(handleSourceText(handleOf('geico'))).toBe('Named on another website (GitHub-hosted blog). Confidence: low.');
  });

  it('never shows a dataset code or a bracketed id', () => {
    for (const company of bundledCompanies) {
      for (const handle of Object.values(company.handles)) {
        const text = handleSourceText({ source: handle.source, confidence: handle.confidence, origin: company.source });
        expect(text, company.id).not.toMatch(/\[[A-Z0-9_]+\]|undefined|\{/);
      }
    }
  });

  it('says when the person added it, when the domain proves it, or when there is no source', () => {
    expect(handleSourceText({ origin: 'user' })).toBe('Added by you.');
    expect(handleSourceText({ source: HANDLE_SOURCE.confirmedByYou, confidence: 'medium', origin: 'user' })).toBe(
      'Added by you from its profile page. Confidence: medium.',
    );
    expect(handleSourceText({ source: HANDLE_SOURCE.ownDomain, confidence: 'high', origin: 'user' })).toBe(
      'Verified by the company’s own domain. Confidence: high.',
    );
    expect(handleSourceText({ origin: 'auto' })).toBe('Found on a page you visited.');
    expect(handleSourceText({ origin: 'directory' })).toBe('No source given.');
    expect(handleSourceText({ source: 'a friend told me', origin: 'user' })).toBe('Source: a friend told me.');
  });
});
