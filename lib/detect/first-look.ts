import { foldedPath, type ChannelMarkup } from './signal';
import { fold } from './text';
import { CONFIRMATION_PATH, CONFIRMATION_TEXT, CONTACT_HEADING, CONTACT_PATH, SEARCH_RESULTS } from './words';

/** What the always-on gate tells the background when it sees a contact signal: nothing but the address, title and markup kinds. */
export interface GateSignal {
  url: string;
  title: string;
  markup: readonly ChannelMarkup[];
}

export interface FirstLookVerdict {
  /** Contact words in the address or title and a channel's markup: mark the tab before the page is read. */
  likelyContact: boolean;
  /** A confirmation page shows its reference at once and is not used afterwards: read it now. */
  readNow: boolean;
}

const CHANNELS: readonly ChannelMarkup[] = ['message-box', 'tel-link', 'mailto-link'];
const ARTICLE_PATH = /\/(?:\d{4}\/\d{2}|blog|news|article)\//;

/**
 * The background's judgement from the gate's signal alone, before the page is read. Deliberately
 * narrower than the full judge (lib/detect/judge.ts): it only decides whether to mark the tab now
 * and whether the page must be read at once; the reading, when the person uses the page, decides
 * the rest and corrects the mark.
 */
export function firstLook(signal: GateSignal): FirstLookVerdict {
  const path = foldedPath(new URL(signal.url));
  const title = fold(signal.title);
  const readNow = CONFIRMATION_PATH.test(path) || CONFIRMATION_TEXT.test(title);
  const words = CONTACT_PATH.test(path) || CONTACT_HEADING.test(title);
  const channel = signal.markup.some((m) => CHANNELS.includes(m));
  const elsewhere = ARTICLE_PATH.test(path) || SEARCH_RESULTS.test(title) || /\/search(?:\/|$|\.)/.test(path);
  return { likelyContact: words && channel && !elsewhere && !readNow, readNow };
}
