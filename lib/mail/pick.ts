import type { MailAdapter } from './adapter';
import { mailClientOf } from './clients';
import { gmail } from './gmail';
import { outlook } from './outlook';

/** The reader for the mail client at this address, if it is one. */
export function mailAdapterFor(pageUrl: string): MailAdapter | undefined {
  const client = mailClientOf(pageUrl);
  return client === 'gmail' ? gmail : client === 'outlook' ? outlook : undefined;
}
