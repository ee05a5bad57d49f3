import { t, userLocale } from '../i18n';
import type { Platform } from '../model';
import type { Count } from './count';
import { blueskyRecordBytes } from './count-bluesky';
import { segmenter } from './count-measure';
import { REFUSED_BY_X } from './count-x';
import { type CountOptions, rulesFor } from './limits';

const number = (n: number) => n.toLocaleString(userLocale());

/** "U+FEFF": how a character with no visible form can be named. */
const codeOf = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first refused character from the count's cut on (it starts there), else the first anywhere. */
function refusedAt(text: string, from: number): number {
  const after = text.slice(from).search(REFUSED_BY_X);
  return after >= 0 ? from + after : text.search(REFUSED_BY_X);
}

/**
 * Why a post does not fit its network, and what to do about it, in words; undefined when it fits.
 * The counter already gives the numbers of length and links, so those messages only say what to do.
 */
export function fitMessage(
  platform: Platform,
  text: string,
  count: Count,
  options: CountOptions = {},
): string | undefined {
  const network = t(`compose.platform.${platform}`);
  switch (count.reason) {
    case undefined:
      return undefined;
    case 'length':
      return t('compose.fit.length', { network });
    case 'links':
      return t('compose.fit.links', { network, max: number(count.maxLinks ?? 0) });
    case 'bytes':
      // The stored record's size, the one the network checks (links shortened, blank lines cut).
      return t('compose.fit.bytes', {
        network,
        max: number(rulesFor(platform, options).maxBytes ?? 0),
        bytes: number(blueskyRecordBytes(text)),
      });
    case 'characters': {
      const at = refusedAt(text, count.overflowAt ?? 0);
      // Counted in characters as a person sees them (an emoji is one), from 1.
      const position = [...segmenter.segment(text.slice(0, Math.max(at, 0)))].length + 1;
      return t('compose.fit.characters', { network, code: codeOf(text[at] ?? '\uFEFF'), position: number(position) });
    }
  }
}
