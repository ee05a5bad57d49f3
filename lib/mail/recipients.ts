import { domainOfAddress, isPersonalMailbox } from './addresses';

/**
 * The recipients worth looking up as companies, in the order they count: To before Cc, each
 * address once, without personal mailboxes (a friend at gmail.com) and without the person's own
 * domain (a colleague, when the account is a work address).
 */
export function companyCandidates(to: readonly string[], cc: readonly string[], account?: string): string[] {
  const own = account ? domainOfAddress(account) : undefined;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const address of [...to, ...cc]) {
    const domain = domainOfAddress(address);
    if (seen.has(address) || isPersonalMailbox(domain) || (own !== undefined && domain === own)) continue;
    seen.add(address);
    out.push(address);
  }
  return out;
}
