import { postedPartsOf } from '../compose/thread-progress';
import type { Escalation } from '../model';

/** One part of a public post as it went out, for the report: its words and its link when known. */
export interface PostParagraph {
  /** Position in the thread, from 0. */
  index: number;
  at: number;
  text: string;
  url?: string;
}

/** The " 2/3" the splitter appends to each part of a thread (lib/compose/split.ts). */
const COUNTER = /\s+(\d+)\/(\d+)\s*$/;

/**
 * Drops the thread counter from a part's end, only when it is exactly this part's own "i/n": on
 * paper each part is its own paragraph, so the counters add nothing but noise when read through.
 */
export function withoutCounter(text: string, index: number, total: number): string {
  const match = COUNTER.exec(text);
  if (!match || total < 2 || Number(match[1]) !== index + 1 || Number(match[2]) !== total) return text;
  return text.slice(0, match.index);
}

/**
 * The parts of a post that were published, in thread order, each with its link when known (the
 * first part falls back on `postUrl`). Parts drafted but not posted are left out: the report and
 * the CSV are evidence of what the company could read.
 */
export function publishedParts(e: Escalation): Array<{ index: number; at: number; url?: string }> {
  return postedPartsOf(e)
    .filter((p) => p.index < e.parts.length)
    .map((p) => {
      const url = p.url ?? (p.index === 0 ? e.postUrl : undefined);
      return { index: p.index, at: p.at, ...(url ? { url } : {}) };
    });
}

/** The published parts as paragraphs to print: each part's own words, without its counter. */
export function postParagraphs(e: Escalation): PostParagraph[] {
  return publishedParts(e).map((p) => ({
    ...p,
    text: withoutCounter(e.parts[p.index] ?? '', p.index, e.parts.length),
  }));
}
