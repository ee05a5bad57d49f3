import type { Channel, Outcome } from '../model';
import type { CompanyFound } from './company';
import type { ContactFound } from './contact';
import type { Length } from './duration';
import type { CodeFound } from './reference';
import type { WordHit } from './scan';
import { take, textOf, type ParseState } from './state';
import type { AmbiguityOption, CompanyRef, QuickAddEffect, QuickAddFields } from './types';
import { CHANNELS } from '../model';

/**
 * Turning what was found into fields. One finding fills its field; two that disagree become a
 * question whose options are each reading — never a silent pick.
 */

export function option(value: string, ...effects: QuickAddEffect[]): AmbiguityOption {
  return { value, effects };
}

const WRITTEN: readonly Channel[] = ['email', 'letter', 'web_form'];

/** The channel: a clear word wins over a weak one ("phone" the device, an address); "wrote" is asked. */
export function decideChannel(
  s: ParseState,
  hits: readonly WordHit[],
  contacts: readonly ContactFound[],
  out: QuickAddFields,
): void {
  const strong = new Set<Channel>();
  const weak = new Set<Channel>();
  let written = false;
  for (const hit of hits) {
    const m = hit.meaning;
    if (m.kind === 'channel' && !m.weak) strong.add(m.channel);
    else if (m.kind === 'channel') weak.add(m.channel);
    else if (m.kind === 'written') written = true;
  }
  for (const c of contacts) weak.add(c.channel);
  const takeHits = (keep: (m: WordHit['meaning']) => boolean) => {
    for (const hit of hits)
      if (keep(hit.meaning) && s.used[hit.start] === undefined) take(s, hit.start, hit.end, 'channel');
  };
  let candidates: Channel[];
  if (strong.size > 0) {
    candidates = [...strong];
    takeHits((m) => (m.kind === 'channel' && !m.weak) || m.kind === 'written');
  } else if (written) {
    const hinted = WRITTEN.filter((c) => weak.has(c));
    candidates = hinted.length > 0 ? hinted : [...WRITTEN];
    takeHits((m) => m.kind === 'written' || (m.kind === 'channel' && candidates.includes(m.channel)));
  } else {
    candidates = [...weak];
    takeHits((m) => m.kind === 'channel');
  }
  if (candidates.length === 1) {
    out.channel = candidates[0];
    return;
  }
  const text = hits
    .filter((h) => h.meaning.kind === 'channel' || h.meaning.kind === 'written')
    .map((h) => textOf(s, h.start, h.end))
    .join(', ');
  if (candidates.length === 0) {
    s.questions.push({
      field: 'channel',
      reason: 'channel_missing',
      text: '',
      options: CHANNELS.map((c) => option(c, { kind: 'channel', channel: c })),
    });
  } else {
    s.questions.push({
      field: 'channel',
      reason: 'channel_unclear',
      text,
      options: candidates.map((c) => option(c, { kind: 'channel', channel: c })),
    });
  }
}

/** How it ended, when said; two different endings are asked. */
export function decideOutcome(s: ParseState, hits: readonly WordHit[], out: QuickAddFields): void {
  const said: { outcome: Outcome; text: string }[] = [];
  for (const hit of hits) {
    const m = hit.meaning;
    if (m.kind !== 'outcome' || s.used[hit.start] !== undefined) continue;
    take(s, hit.start, hit.end, 'outcome');
    if (!said.some((x) => x.outcome === m.outcome))
      said.push({ outcome: m.outcome, text: textOf(s, hit.start, hit.end) });
  }
  if (said.length === 1) out.outcome = said[0]?.outcome;
  else if (said.length > 1) {
    s.questions.push({
      field: 'outcome',
      reason: 'two_outcomes',
      text: said.map((x) => x.text).join(', '),
      options: said.map((x) => option(x.outcome, { kind: 'outcome', outcome: x.outcome })),
    });
  }
}

/** Takes "will", "van a", "wird": they only mark a promise. */
export function takePromiseVerbs(s: ParseState, hits: readonly WordHit[]): void {
  for (const hit of hits)
    if (hit.meaning.kind === 'promiseVerb' && s.used[hit.start] === undefined)
      take(s, hit.start, hit.end, 'promiseVerb');
}

/**
 * The company: one known company named (however many times) fills it; several candidates for one
 * name, or two different companies, are asked; a partial match is asked with "a new company" or
 * "keep in notes" beside it. `positioned`: an unknown name where a company stands ("Called Acme").
 */
export function decideCompany(
  s: ParseState,
  found: readonly CompanyFound[],
  positioned: { start: number; end: number; text: string } | undefined,
  out: QuickAddFields,
): void {
  const exact = found.filter((f) => f.exact);
  const ids = new Set(exact.flatMap((f) => f.companies.map((c) => c.id)));
  const company = (c: CompanyRef): QuickAddEffect => ({ kind: 'company', company: c });
  if (exact.length > 0) {
    const first = exact[0];
    if (ids.size === 1 && first) {
      out.company = first.companies[0];
      return;
    }
    const sameName = exact.every((f) => f.text.toLowerCase() === first?.text.toLowerCase());
    if (sameName && first) {
      s.questions.push({
        field: 'company',
        reason: 'company_several',
        text: first.text,
        options: first.companies.map((c) => option(c.id, company(c))),
      });
      return;
    }
    // Two different companies: the one chosen is the company, the other stays in the notes.
    const options: AmbiguityOption[] = [];
    for (const f of exact) {
      const others = exact
        .filter((o) => o !== f)
        .map((o) => o.text)
        .join(', ');
      for (const c of f.companies)
        if (!options.some((o) => o.value === c.id))
          options.push(option(c.id, company(c), { kind: 'summary', text: others }));
    }
    s.questions.push({ field: 'company', reason: 'two_companies', text: exact.map((f) => f.text).join(', '), options });
    return;
  }
  const partial = found.find((f) => !f.exact);
  if (partial) {
    const options = partial.companies.map((c) => option(c.id, company(c)));
    const isPositioned = positioned !== undefined && positioned.start === partial.start;
    options.push(
      isPositioned
        ? option('new', { kind: 'companyText', text: partial.text })
        : option('notes', { kind: 'summary', text: partial.text }),
    );
    s.questions.push({ field: 'company', reason: 'company_partial', text: partial.text, options });
    return;
  }
  if (positioned) {
    take(s, positioned.start, positioned.end, 'company');
    out.companyText = positioned.text;
  }
}

/** One code is the reference; two or more are asked, the others kept in the notes. */
export function decideReference(s: ParseState, codes: readonly CodeFound[], out: QuickAddFields): void {
  const distinct = codes.filter((c, i) => codes.findIndex((o) => o.code === c.code) === i);
  if (distinct.length === 1) {
    out.reference = distinct[0]?.code;
    return;
  }
  if (distinct.length < 2) return;
  s.questions.push({
    field: 'reference',
    reason: 'two_references',
    text: distinct.map((c) => textOf(s, c.start, c.end)).join(', '),
    options: distinct.map((c) =>
      option(
        c.code,
        { kind: 'reference', reference: c.code },
        {
          kind: 'summary',
          text: distinct
            .filter((o) => o !== c)
            .map((o) => textOf(s, o.start, o.end))
            .join(', '),
        },
      ),
    ),
  });
}

/** Call length and hold time; two of one kind are asked. */
export function decideLengths(s: ParseState, lengths: readonly Length[], out: QuickAddFields): void {
  for (const hold of [false, true]) {
    const list = lengths.filter((l) => l.hold === hold);
    const minutes = [...new Set(list.map((l) => l.minutes))];
    if (minutes.length === 1) {
      if (hold) out.holdMinutes = minutes[0];
      else out.durationMinutes = minutes[0];
    } else if (minutes.length > 1) {
      s.questions.push({
        field: hold ? 'holdMinutes' : 'durationMinutes',
        reason: 'two_durations',
        text: list.map((l) => textOf(s, l.start, l.end)).join(', '),
        options: minutes.map((m) =>
          option(String(m), hold ? { kind: 'hold', minutes: m } : { kind: 'duration', minutes: m }),
        ),
      });
    }
  }
}
