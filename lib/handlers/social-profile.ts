import { listCompanies, saveUserCompany } from '../companies';
import { HANDLE_SOURCE, profileMatch } from '../companies/profile-match';
import { getDb } from '../db/database';
import { t } from '../i18n';
import { Refusal } from '../messages/refusal';
import { LIMITS, type Company, type Handle, type Platform } from '../model';
import { sameHandle } from '../social/handles';
import { fromNetworkPage } from '../social/network-page';
import { profileOfUrl } from '../social/permalinks';
import type { Response } from '../messages/protocol';
import type { Handler } from './types';

/** What the social script may show: the company, and the words for its network. */
export type ProfileOffer = Response<'cs/social-profile'>;

/** The company's record with `handle` as its support account on the network; the one it replaces is kept as a secondary account. */
export function withSupportHandle(company: Company, platform: Platform, handle: Handle): Company {
  const same = (other: string) => sameHandle(platform, other, handle.handle);
  const previous = company.handles[platform];
  const others = (company.otherHandles ?? []).filter((h) => !(h.network === platform && same(h.handle)));
  if (previous && !same(previous.handle)) {
    others.push({
      network: platform,
      handle: previous.handle,
      ...(previous.confidence ? { confidence: previous.confidence } : {}),
      ...(previous.source ? { source: previous.source } : {}),
      ...(previous.note ? { note: previous.note } : {}),
    });
  }
  return {
    ...company,
    handles: { ...company.handles, [platform]: handle },
    otherHandles: others.slice(-LIMITS.listItems),
  };
}

/**
 * A company's profile page on X, Bluesky or Mastodon: the social script asks whether to offer
 * "Save @handle as <Company>'s support account" and, once the person clicks it, to save it. Only
 * the network's own pages may ask, and only about the profile their address names. The company is
 * found again here on saving (lib/companies/profile-match.ts decides, never the page); the handle
 * is stored on the person's own record of the company — a directory entry becomes their
 * correction, which "Reset to directory" undoes — validated like every company they save.
 */
export const socialProfile = (async (msg, ctx): Promise<ProfileOffer> => {
  if (!(await fromNetworkPage(msg.platform, ctx.url)))
    throw new Refusal(`refused: a ${msg.platform} profile from another site`);
  const host = ctx.url === undefined ? undefined : new URL(ctx.url).host;
  const shown = ctx.url === undefined ? undefined : profileOfUrl(msg.platform, ctx.url);
  if (shown === undefined || !sameHandle(msg.platform, shown, msg.handle, host))
    throw new Refusal('refused: not the profile this page shows');
  // As the page writes it on X (its address may be in any case); Bluesky's in lower case; Mastodon's with its server.
  const handle =
    msg.platform === 'x' ? msg.handle.replace(/^@/, '') : msg.platform === 'bluesky' ? shown.toLowerCase() : shown;

  const [companies, open] = await Promise.all([
    listCompanies(),
    getDb().cases.where('status').equals('open').toArray(),
  ]);
  const match = profileMatch(msg.platform, handle, msg.name, companies, new Set(open.map((c) => c.companyId)));
  if (!match) {
    if (msg.save) throw new Refusal('nothing to save: this profile matches none of your companies');
    return {};
  }
  const offer = {
    company: { id: match.company.id, name: match.company.name },
    handle,
    network: t(`compose.platform.${msg.platform}`),
  };
  if (!msg.save) return offer;

  const saved: Handle = match.ownDomain
    ? { handle, confidence: 'high', source: HANDLE_SOURCE.ownDomain }
    : { handle, confidence: 'medium', source: HANDLE_SOURCE.confirmedByYou };
  await saveUserCompany(withSupportHandle(match.company, msg.platform, saved), ctx.now);
  return { ...offer, saved: true };
}) satisfies Handler<'cs/social-profile'>;
