import type { Response } from '../../lib/messages/protocol';
import type { SocialAdapter } from '../../lib/social/types';
import type { PageLifetime } from '../contact/lifetime';
import type { OnAddressChange } from './address';
import { send } from './send';
import { t } from '../../lib/i18n';
import { buildUi, type Ui } from './ui';

/** The profile header renders after the address changes: look again this often, this many times. */
const LOOK_MS = 1_000;
const LOOKS = 5;

interface Offer {
  company: string;
  handle: string;
  network: string;
}

/** An offer to show: the background names a company, the handle and the network, or none of them. */
function offerOf({ company, handle, network }: Response<'cs/social-profile'>): Offer | undefined {
  return company && handle !== undefined && network !== undefined
    ? { company: company.name, handle, network }
    : undefined;
}

/**
 * On an account's profile page, asks the background once whether it is the support account of
 * one of the person's companies that Paper Trail does not know yet; if so, offers "Save @handle as
 * <Company>'s support account on X" in a closed shadow root. Saving is the person's click; the
 * background finds the company again and writes.
 */
export function offerHandleSave(
  lifetime: PageLifetime,
  adapter: SocialAdapter,
  onAddressChange: OnAddressChange,
): void {
  if (!adapter.profile) return;
  let ui: Ui | undefined;
  let shown: { offer: Offer; name?: string } | undefined;
  let looks = 0;

  const hide = () => {
    ui?.host.remove();
    shown = undefined;
  };

  async function save(): Promise<void> {
    if (!ui || !shown) return;
    const { offer, name } = shown;
    ui.button.disabled = true;
    const reply = await send({
      type: 'cs/social-profile',
      platform: adapter.platform,
      handle: offer.handle.slice(0, 200),
      name,
      save: true,
    });
    ui.status.textContent = reply.ok
      ? t('followup.social.handleSaved', { ...offer })
      : t('followup.social.handleNotSaved');
  }

  const look = async () => {
    const href = location.href;
    const profile = adapter.profile?.(document, location);
    if (!profile) {
      if (++looks < LOOKS) lifetime.setTimeout(() => void look(), LOOK_MS);
      return;
    }
    const name = profile.name?.slice(0, 200);
    const reply = await send({
      type: 'cs/social-profile',
      platform: adapter.platform,
      handle: profile.handle.slice(0, 200),
      name,
    });
    const offer = reply.ok ? offerOf(reply.data) : undefined;
    if (!offer || location.href !== href || lifetime.ended) return;
    shown = { offer, name };
    ui ??= buildUi('paper-trail-save-handle', () => void save());
    ui.box.style.right = '16px';
    ui.box.style.bottom = '16px';
    ui.button.disabled = false;
    ui.button.textContent = t('followup.social.saveHandle', { ...offer });
    ui.status.textContent = '';
    document.documentElement.append(ui.host);
  };

  const start = () => {
    looks = 0;
    lifetime.setTimeout(() => void look(), LOOK_MS);
  };
  onAddressChange(() => {
    hide();
    start();
  });
  lifetime.onEnded(hide);
  start();
}
