import { bundledCompanies } from '../../../lib/companies';
import { companiesWithHandle } from '../../../lib/companies/handles';
import { companyByHandle, sameHandle } from '../../../lib/social/handles';
import sample from '../../fixtures/directory/complaint-post-sample.json';

/**
 * How much of real complaint traffic on X the directory can route: a public count of customer
 * posts per support account (Customer Support on Twitter, 2017) is resolved against the bundled
 * directory with the same handle lookup the composer and the post handlers use.
 */

/** Measured share of posts addressed to a current directory handle, rounded down to 1 %. */
const COVERAGE_FLOOR = 0.9;

interface Account {
  handle: string;
  posts: number;
}

type Resolution = 'listed' | 'secondary' | 'retired' | 'unknown';

/** listed: the company's X support handle; secondary: a brand or older account; retired: no longer used. */
function resolve(handle: string): Resolution {
  if (companyByHandle('x', handle, bundledCompanies) !== undefined) return 'listed';
  if (companiesWithHandle('x', handle, bundledCompanies).length > 0) return 'secondary';
  const retired = bundledCompanies.some((c) =>
    c.retiredHandles.some((r) => r.network === 'x' && sameHandle('x', r.handle, handle)),
  );
  return retired ? 'retired' : 'unknown';
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

describe('directory coverage of complaint posts on X', () => {
  const accounts: Account[] = sample.accounts;
  const resolved = accounts.map((a) => ({ ...a, resolution: resolve(a.handle) }));
  const totalPosts = accounts.reduce((sum, a) => sum + a.posts, 0);
  const sumPosts = (r: Resolution) => resolved.filter((a) => a.resolution === r).reduce((sum, a) => sum + a.posts, 0);
  const count = (r: Resolution) => resolved.filter((a) => a.resolution === r).length;

  it('reads a sample with distinct handles and positive counts', () => {
    expect(accounts.length).toBeGreaterThan(50);
    const keys = new Set(accounts.map((a) => a.handle.toLowerCase()));
    expect(keys.size).toBe(accounts.length);
    for (const a of accounts) expect(a.posts).toBeGreaterThan(0);
  });

  it('resolves handles case-insensitively, as X does', () => {
    const first = accounts.find((a) => resolve(a.handle) === 'listed');
    expect(first).toBeDefined();
    if (first === undefined) return;
    expect(resolve(first.handle.toUpperCase())).toBe('listed');
    expect(resolve(`@${first.handle.toLowerCase()}`)).toBe('listed');
  });

  it(`routes at least ${Math.round(COVERAGE_FLOOR * 100)} % of the posts to a current support handle`, () => {
    const listedPosts = sumPosts('listed');
    const unknown = resolved
      .filter((a) => a.resolution !== 'listed')
      .sort((a, b) => b.posts - a.posts || a.handle.localeCompare(b.handle));

    const lines = [
      `Sample: ${sample.source.dataset}`,
      `  ${sample.source.repository} ${sample.source.path} @ ${sample.source.commit}`,
      `  ${sample.source.what}`,
      `Accounts known (current X handle): ${count('listed')} / ${accounts.length}`,
      `Posts addressed to a known account: ${listedPosts} / ${totalPosts} (${percent(listedPosts, totalPosts)})`,
      `  also held as a brand or older account: ${count('secondary')} accounts, ${sumPosts('secondary')} posts`,
      `  also held as a retired handle: ${count('retired')} accounts, ${sumPosts('retired')} posts`,
      `  not in the directory at all: ${count('unknown')} accounts, ${sumPosts('unknown')} posts`,
      'Accounts without a current X handle in the directory, largest first:',
      ...unknown.map((a) => `  ${a.handle.padEnd(18)} ${String(a.posts).padStart(7)}  ${a.resolution}`),
    ];
    console.log(lines.join('\n'));

    expect(listedPosts / totalPosts).toBeGreaterThanOrEqual(COVERAGE_FLOOR);
  });
});
