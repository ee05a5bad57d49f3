import { t, type MessageKey } from '../../lib/i18n';
import type { Channel, Platform, ResponseKind } from '../../lib/model';

const CHANNEL: Record<Channel, MessageKey> = {
  phone: 'popup.channel.phone',
  email: 'popup.channel.email',
  web_form: 'popup.channel.web_form',
  chat: 'popup.channel.chat',
  social_dm: 'popup.channel.social_dm',
  letter: 'popup.channel.letter',
  in_person: 'popup.channel.in_person',
  app: 'popup.channel.app',
};
const RESPONSE: Record<ResponseKind, MessageKey> = {
  public_reply: 'popup.response.public_reply',
  dm: 'popup.response.dm',
  call: 'popup.response.call',
  email: 'popup.response.email',
  promise: 'popup.response.promise',
  fix: 'popup.response.fix',
  refusal: 'popup.response.refusal',
};
const PLATFORM: Record<Platform, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  instagram: 'Instagram',
  reddit: 'Reddit',
};

export const channelLabel = (c: Channel): string => t(CHANNEL[c]);
export const responseLabel = (k: ResponseKind): string => t(RESPONSE[k]);
export const platformLabel = (p: Platform): string => PLATFORM[p];
