/**
 * Spans of a post that must stay whole: links and mentions. Splitting never cuts inside one, the
 * courtesy check never reads one as a shouted word, and Mastodon counts them its own way.
 */
export interface Span {
  start: number;
  end: number;
  kind: 'url' | 'mention';
}

// Trailing sentence punctuation after a link belongs to the sentence, not to the link.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu;
const TRAILING = /[.,;:!?)\]}'"’”]+$/u;
// @user, @user@server.social, @name.bsky.social; Reddit u/name and r/name.
const MENTION_RE =
  /(?<![\w@/])(?:@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?|\b[ur]\/[A-Za-z0-9_-]{2,})/gu;

export function urlSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(URL_RE)) {
    const raw = match[0].replace(TRAILING, '');
    spans.push({ start: match.index, end: match.index + raw.length, kind: 'url' });
  }
  return spans;
}

export function protectedSpans(text: string): Span[] {
  const urls = urlSpans(text);
  const mentions: Span[] = [];
  for (const match of text.matchAll(MENTION_RE)) {
    const start = match.index;
    const end = start + match[0].replace(/[.-]+$/u, '').length;
    if (!urls.some((u) => start < u.end && end > u.start)) mentions.push({ start, end, kind: 'mention' });
  }
  return [...urls, ...mentions].sort((a, b) => a.start - b.start);
}

export function insideSpan(spans: readonly Span[], index: number): boolean {
  return spans.some((s) => index > s.start && index < s.end);
}
