import { FOLLOW_REPORT_MS } from '../autolog/windows';

/**
 * Which pages to read because they may confirm a contact just sent: the page a tab loads right
 * after an attempt was reported there often shows the reference ("Thanks — your ticket is
 * #48213") while its address and title say nothing. Two facts meet here, in whichever order the
 * background learns them: an attempt was sent from a site (with its tab when known), and a page
 * of a tab asked whether it follows one (entrypoints/contact: a page reached from a contact page
 * of its site). Pure: the background keeps both lists and tells each pair's page to be read.
 */

/** An attempt reported from a page. `tabId` is unknown for a report that came through the outbox. */
export interface SentFrom {
  attemptId: string;
  site: string;
  at: number;
  tabId?: number;
}

/** A page of a tab that asked whether it follows a report (http or https). */
export interface PageLoad {
  tabId: number;
  url: string;
  site: string;
  at: number;
}

export interface FollowState {
  sent: SentFrom[];
  loads: PageLoad[];
  /** Pairs already read, as `pairKey`. */
  read: string[];
}

/** A report is followed onto at most this many pages (a redirect page, then the thank-you page). */
export const MAX_PAGES_PER_REPORT = 3;
const MAX_ENTRIES = 100;

export const emptyFollowState = (): FollowState => ({ sent: [], loads: [], read: [] });

export function pairKey(sent: SentFrom, load: PageLoad): string {
  return `${sent.attemptId}|${load.tabId}|${load.at}`;
}

function fresh<T extends { at: number }>(list: readonly T[], now: number): T[] {
  return list.filter((entry) => entry.at <= now && now - entry.at <= FOLLOW_REPORT_MS).slice(-MAX_ENTRIES);
}

/** Forgets what no longer matters: nothing older than the follow window is kept. */
export function prune(state: FollowState, now: number): FollowState {
  const sent = fresh(state.sent, now);
  const ids = new Set(sent.map((s) => s.attemptId));
  return {
    sent,
    loads: fresh(state.loads, now),
    read: state.read.filter((key) => ids.has(key.split('|')[0] ?? '')).slice(-MAX_ENTRIES),
  };
}

/**
 * Adds a report. A repeat of the same attempt (the message and the outbox both deliver it) keeps
 * the earliest time and the tab, once either path knew it.
 */
export function withSent(state: FollowState, sent: SentFrom): FollowState {
  const same = state.sent.find((s) => s.attemptId === sent.attemptId);
  if (!same) return { ...state, sent: [...state.sent, sent] };
  const merged: SentFrom = {
    ...same,
    at: Math.min(same.at, sent.at),
    ...((same.tabId ?? sent.tabId) !== undefined ? { tabId: same.tabId ?? sent.tabId } : {}),
  };
  return { ...state, sent: state.sent.map((s) => (s === same ? merged : s)) };
}

export function withLoad(state: FollowState, load: PageLoad): FollowState {
  return { ...state, loads: [...state.loads, load] };
}

/**
 * The pages to read now: a page of the report's own site (a confirmation on another site never
 * joins), in the report's tab when it is known, loaded after the report was sent and within the
 * follow window, not read for that report yet — at most MAX_PAGES_PER_REPORT per report.
 */
export function pagesToRead(state: FollowState, now: number): { sent: SentFrom; load: PageLoad }[] {
  const pairs: { sent: SentFrom; load: PageLoad }[] = [];
  const read = new Set(state.read);
  for (const sent of state.sent) {
    let count = state.read.filter((key) => key.startsWith(`${sent.attemptId}|`)).length;
    for (const load of state.loads) {
      if (count >= MAX_PAGES_PER_REPORT) break;
      if (load.site !== sent.site || load.at < sent.at || load.at - sent.at > FOLLOW_REPORT_MS || load.at > now)
        continue;
      if (sent.tabId !== undefined && sent.tabId !== load.tabId) continue;
      if (read.has(pairKey(sent, load))) continue;
      pairs.push({ sent, load });
      count += 1;
    }
  }
  return pairs;
}

/** Marks pairs as read. */
export function withRead(state: FollowState, pairs: readonly { sent: SentFrom; load: PageLoad }[]): FollowState {
  return { ...state, read: [...state.read, ...pairs.map(({ sent, load }) => pairKey(sent, load))] };
}
