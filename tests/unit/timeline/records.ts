import type { Attempt, Case, Escalation, Response } from '../../../lib/model';

/** Small record builders for the popup's tests: valid by the schemas, overridable field by field. */
export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 0, 5, 9, 0); // a Monday morning

export function makeCase(over: Partial<Case> = {}): Case {
  return {
    id: crypto.randomUUID(),
    companyId: 'acme',
    title: 'Overcharged $110 on my bill',
    needsTitle: false,
    problem: 'Charged twice for March.',
    ask: 'Refund the second charge.',
    status: 'open',
    openedAt: T0,
    lastActivityAt: T0,
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function makeAttempt(caseId: string, over: Partial<Attempt> = {}): Attempt {
  return {
    id: crypto.randomUUID(),
    caseId,
    companyId: 'acme',
    channel: 'phone',
    at: T0,
    agents: [],
    outcome: 'unresolved',
    source: 'manual',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function makeEscalation(caseId: string, over: Partial<Escalation> = {}): Escalation {
  return {
    id: crypto.randomUUID(),
    caseId,
    companyId: 'acme',
    platform: 'x',
    handle: 'AcmeSupport',
    kind: 'initial',
    tone: 'friendly',
    parts: ['@AcmeSupport I called eight times about a $110 overcharge.'],
    status: 'posted',
    postedAt: T0,
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function makeResponse(caseId: string, over: Partial<Response> = {}): Response {
  return {
    id: crypto.randomUUID(),
    caseId,
    kind: 'public_reply',
    at: T0,
    source: 'manual',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}
