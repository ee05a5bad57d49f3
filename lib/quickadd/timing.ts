import { resolveWhen } from './dates';
import { option } from './decide';
import { promiseText, roleOf } from './promise';
import type { WordHit } from './scan';
import { textOf, type ParseState } from './state';
import type { AmbiguityOption, QuickAddFields, QuickAddPromise } from './types';
import type { WhenExpr } from './when';

/**
 * When the contact happened and when a promise is due. A date that reads two ways ("12/11", "Fri"
 * on a Friday, "at 3") becomes a question with both instants; two dates for one thing, a question
 * with all of them. A date that is no real day (31/02) is given back to the notes.
 */
export function decideWhen(
  s: ParseState,
  hits: readonly WordHit[],
  whens: readonly WhenExpr[],
  out: QuickAddFields,
): void {
  const { now, locale } = s.ctx;
  const contact: { when: WhenExpr; instants: number[] }[] = [];
  const promises: { when: WhenExpr; text: string; instants: number[] }[] = [];
  const reasons = new Map<WhenExpr, ReturnType<typeof resolveWhen>['reason']>();
  for (const when of whens) {
    const role = roleOf(s, hits, when);
    const resolved = resolveWhen(when.day, when.time, role, now, locale);
    if (resolved.instants.length === 0) {
      for (let i = when.start; i < when.end; i++) s.used[i] = undefined;
      continue;
    }
    reasons.set(when, resolved.reason);
    if (role === 'at') contact.push({ when, instants: resolved.instants });
    else promises.push({ when, text: promiseText(s, hits, when), instants: resolved.instants });
  }

  // The same instant said twice ("Fri … Friday") is one date, not a choice.
  const instants = contact.flatMap((c) => c.instants).filter(unique);
  const single = contact.length === 1 ? contact[0] : undefined;
  if (instants.length === 1) out.at = instants[0];
  else if (instants.length > 1) {
    s.questions.push({
      field: 'at',
      reason: single ? (reasons.get(single.when) ?? 'two_dates') : 'two_dates',
      text: contact.map((c) => textOf(s, c.when.start, c.when.end)).join(', '),
      options: instants.map((at) => option(String(at), { kind: 'at', at })),
    });
  }

  const promise = (text: string, dueAt: number): QuickAddPromise => ({ text, dueAt, isPast: dueAt < now });
  const readings: QuickAddPromise[] = [];
  for (const p of promises) {
    for (const dueAt of p.instants)
      if (!readings.some((r) => r.text === p.text && r.dueAt === dueAt)) readings.push(promise(p.text, dueAt));
  }
  const one = promises.length === 1 ? promises[0] : undefined;
  const [only] = readings;
  if (readings.length === 1 && only) out.promise = only;
  else if (readings.length > 1) {
    const options: AmbiguityOption[] = readings.map((r, i) => option(String(i), { kind: 'promise', promise: r }));
    s.questions.push({
      field: 'promise',
      reason: one ? (reasons.get(one.when) ?? 'two_dates') : 'two_dates',
      text: promises.map((p) => textOf(s, p.when.start, p.when.end)).join(', '),
      options,
    });
  }
}

function unique<T>(value: T, index: number, list: readonly T[]): boolean {
  return list.indexOf(value) === index;
}
