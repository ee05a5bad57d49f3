import { resolveCompanyHint } from '../companies';
import type { CompanyHint } from '../messages/protocol';
import type { Company } from '../model';

/**
 * The company of the page a contact or a confirmation was reported from: the one the person or the
 * directory lists for its host, else one recorded now. `host` is the sender's (./page-of-sender.ts),
 * never the message's. Resolved from each report rather than remembered from the page's judgement
 * (./page-read.ts): a report may be replayed from the outbox after the worker — or the browser —
 * restarted and lost everything it held, so it carries the name the judge read off the page and
 * stands alone. Before a transaction: the directory lookup awaits more than IndexedDB.
 */
export function companyOfPage(hint: CompanyHint, host: string, now: number): Promise<Company> {
  return resolveCompanyHint({ ...hint, host }, now);
}
