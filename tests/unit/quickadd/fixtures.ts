import { toLocalInputValue } from '../../../lib/format/time';
import type { QuickAddCompany, QuickAddContext, QuickAddEffect, QuickAddResult } from '../../../lib/quickadd';

/**
 * Wednesday 11 June 2025, 10:30 in whatever zone the tests run in. Every expected instant is
 * written as local wall-clock time ("2025-06-13T23:59") and compared as such, so the tables pass
 * in any time zone.
 */
export const NOW = new Date(2025, 5, 11, 10, 30).getTime();
/** Friday 13 June 2025, 10:30 local: for "Fri" said on a Friday. */
export const FRIDAY = new Date(2025, 5, 13, 10, 30).getTime();

export const COMPANIES: QuickAddCompany[] = [
  { id: 't-mobile', name: 'T-Mobile', domains: ['t-mobile.com', 'tmobile.com'] },
  { id: 'movistar', name: 'Movistar', domains: ['movistar.es'] },
  { id: 'free', name: 'Free', domains: ['free.fr'] },
  { id: 'telekom', name: 'Telekom', domains: ['telekom.de'] },
  { id: 'vodafone', name: 'Vodafone', domains: ['vodafone.com', 'vodafone.de'] },
  { id: 'orange', name: 'Orange', domains: ['orange.fr'] },
  { id: 'amazon', name: 'Amazon', domains: ['amazon.com'] },
  { id: 'british-gas', name: 'British Gas', domains: ['britishgas.co.uk'] },
  { id: 'deutsche-bahn', name: 'Deutsche Bahn', domains: ['bahn.de'] },
  { id: 'o2', name: 'O2' },
  { id: 'bt', name: 'BT', domains: ['bt.com'] },
  { id: 'comcast', name: 'Comcast', domains: ['xfinity.com', 'comcast.com'] },
  { id: 'sfr', name: 'SFR', domains: ['sfr.fr'] },
  { id: 'iberdrola', name: 'Iberdrola' },
  { id: 'endesa', name: 'Endesa' },
  { id: 'dhl', name: 'DHL' },
];

export function context(over: Partial<QuickAddContext> = {}): QuickAddContext {
  return { now: NOW, companies: COMPANIES, ...over };
}

const local = (at: number) => toLocalInputValue(at);

function describeEffect(e: QuickAddEffect): string {
  switch (e.kind) {
    case 'at':
      return `at ${local(e.at)}`;
    case 'promise':
      return `promise ${e.promise.text} @ ${local(e.promise.dueAt)}${e.promise.isPast ? ' past' : ''}`;
    case 'company':
      return `company ${e.company.id}`;
    case 'companyText':
      return `new company ${e.text}`;
    case 'agent':
      return `agent ${e.name}`;
    case 'reference':
      return `reference ${e.reference}`;
    case 'duration':
      return `duration ${e.minutes}`;
    case 'hold':
      return `hold ${e.minutes}`;
    case 'channel':
      return `channel ${e.channel}`;
    case 'outcome':
      return `outcome ${e.outcome}`;
    case 'summary':
      return `notes ${e.text}`;
  }
}

/** What a table row states about a line: every understood field, and each question. */
export interface View {
  channel?: string;
  company?: string;
  companyText?: string;
  agents?: string[];
  reference?: string;
  contact?: string;
  duration?: number;
  hold?: number;
  at?: string;
  promise?: string;
  outcome?: string;
  summary?: string;
  questions?: string[];
  unknown?: string[];
  error?: string;
}

/**
 * A compact, zone-free picture of a result: instants as local wall-clock strings, each question
 * as "field/reason: option | option". The eight options of a missing channel are always the
 * same (tested once on their own), so that question is written without them.
 */
export function view(result: QuickAddResult, withUnknown = true): View {
  if (!result.ok) return { error: result.error };
  const v: View = {};
  if (result.channel) v.channel = result.channel;
  if (result.company) v.company = result.company.id;
  if (result.companyText !== undefined) v.companyText = result.companyText;
  if (result.agents.length > 0) v.agents = result.agents;
  if (result.reference !== undefined) v.reference = result.reference;
  if (result.contact !== undefined) v.contact = result.contact;
  if (result.durationMinutes !== undefined) v.duration = result.durationMinutes;
  if (result.holdMinutes !== undefined) v.hold = result.holdMinutes;
  if (result.at !== undefined) v.at = local(result.at);
  if (result.promise) v.promise = describeEffect({ kind: 'promise', promise: result.promise }).slice('promise '.length);
  if (result.outcome) v.outcome = result.outcome;
  if (result.summary !== undefined) v.summary = result.summary;
  if (result.ambiguities.length > 0) {
    v.questions = result.ambiguities.map((a) =>
      a.reason === 'channel_missing'
        ? 'channel/channel_missing'
        : `${a.field}/${a.reason}: ${a.options.map((o) => o.effects.map(describeEffect).join(' + ')).join(' | ')}`,
    );
  }
  if (withUnknown && result.unknownWords.length > 0) v.unknown = result.unknownWords;
  return v;
}
