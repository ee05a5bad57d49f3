import type { Attempt, Case } from '../../../lib/model';

/** Valid records for repository tests; override the fields a test is about. */
export function aCase(overrides: Partial<Case> = {}): Case {
  return {
    id: crypto.randomUUID(),
    companyId: 'acme',
    title: 'Refund for order 1182',
    needsTitle: false,
    problem: 'Charged twice',
    ask: 'Refund the second charge',
    status: 'open',
    openedAt: 1_000,
    lastActivityAt: 1_000,
    createdAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}

export function anAttempt(caseId: string, overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: crypto.randomUUID(),
    caseId,
    companyId: 'acme',
    channel: 'phone',
    at: 2_000,
    agents: [],
    outcome: 'unresolved',
    source: 'manual',
    createdAt: 2_000,
    updatedAt: 2_000,
    ...overrides,
  };
}
