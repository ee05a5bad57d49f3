import { mailAdapterFor } from '../../lib/mail/pick';
import { PageLifetime } from '../contact/lifetime';
import { watchConversations } from './seen';
import { watchSends } from './sent';
import { watchMailState } from './settings';

/**
 * Starts the mail script in a mail client's top frame. On any other page, or a page it cannot
 * read, it does nothing; its listeners end when the extension goes away under the page.
 */
export function startMail(): PageLifetime | undefined {
  if (window.top !== window || !document.body) return undefined;
  const adapter = mailAdapterFor(location.href);
  if (!adapter) return undefined;
  const lifetime = new PageLifetime();
  const state = watchMailState(lifetime, adapter.client);
  watchSends(lifetime, adapter, state);
  watchConversations(lifetime, adapter, state);
  return lifetime;
}
