import type { Finding } from './findings';

export interface Segment {
  text: string;
  /** 'finding' marks a courtesy or privacy finding; 'overflow' text past the network's limit. */
  mark?: 'finding' | 'overflow';
  finding?: Finding;
}

/** Cuts a post into plain, finding and overflow segments for highlighting (findings win). */
export function highlightSegments(text: string, findings: readonly Finding[], overflowAt?: number): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const f of findings) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  if (overflowAt !== undefined) cuts.add(overflowAt);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const finding = findings.find((f) => f.start <= start && f.end >= end);
    const mark = finding ? 'finding' : overflowAt !== undefined && start >= overflowAt ? 'overflow' : undefined;
    const last = segments.at(-1);
    if (last && last.mark === mark && last.finding === finding) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), mark, finding });
  }
  return segments;
}
