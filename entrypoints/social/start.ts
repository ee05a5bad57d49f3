import { adapterFor } from '../../lib/social/pick';
import { PageLifetime } from '../contact/lifetime';
import { watchAddress } from './address';
import { offerDraftButton } from './draft-button';
import { offerHandleSave } from './profile';
import { watchPublishing } from './publish';
import { watchReplies } from './replies';

/**
 * Starts the social script on a network's page (top frame only). Its listeners and timers live
 * as long as the extension does (PageLifetime, shared with the contact script's page part), not
 * in WXT's content-script context: that context posts a window message as it starts, naming the
 * extension to every script on the page, and stops when the page dispatches the matching event —
 * a network's own page could silence the script. This one posts nothing to the page and listens
 * to no message from it. Returns the lifetime, or nothing on a page it does not read.
 */
export function startSocial(): PageLifetime | undefined {
  if (window.top !== window) return undefined;
  const adapter = adapterFor(location.host, document);
  if (!adapter) return undefined;
  const lifetime = new PageLifetime();
  const onAddressChange = watchAddress(lifetime);
  watchPublishing(lifetime, adapter);
  watchReplies(lifetime, adapter, onAddressChange);
  offerDraftButton(lifetime, adapter, onAddressChange);
  offerHandleSave(lifetime, adapter, onAddressChange);
  return lifetime;
}
