import { t } from '../i18n';
import type { Channel } from '../model';

/** "3 calls", "1 email": a count of contacts by one channel, for drafts and letters alike. */
export function channelCount(channel: Channel, n: number): string {
  const noun = n === 1 ? t(`compose.channel.${channel}.one`) : t(`compose.channel.${channel}.plural`);
  return `${n} ${noun}`;
}

/** "A, B and C" (or "A, B or C"). */
export function listText(items: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t(joiner === 'and' ? 'compose.and' : 'letters.or')} ${items.at(-1) ?? ''}`;
}
