import type { Case } from '../../../lib/model';

/*
 * The open cases read before React loaded, handed to the home's first render only: a home shown
 * again later (Back from a case) must not start from this by then stale list.
 */
let pending: Case[] | undefined;

export function handOverFirstCases(cases: Case[] | undefined): void {
  pending = cases;
}

export function takeFirstCases(): Case[] | undefined {
  const taken = pending;
  pending = undefined;
  return taken;
}
