import type { Channel } from '../../lib/model';

/** The channels logged by hand in the contact logger (calls and emails have their own views). */
export const HAND_CHANNELS = [
  'chat',
  'social_dm',
  'letter',
  'in_person',
  'app',
  'web_form',
] as const satisfies readonly Channel[];
export type HandChannel = (typeof HAND_CHANNELS)[number];

export function isHandChannel(value: string | null | undefined): value is HandChannel {
  return HAND_CHANNELS.some((c) => c === value);
}
