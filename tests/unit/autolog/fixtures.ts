import type { Attempt } from '../../../lib/model';

let counter = 0;

/** A stored automatic attempt with sensible defaults; override what a test is about. */
export function anAttempt(overrides: Partial<Attempt> = {}): Attempt {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  return {
    id: `00000000-0000-4000-8000-${hex}`,
    caseId: '11111111-1111-4111-8111-111111111111',
    companyId: 'acme',
    channel: 'web_form',
    at: 1_000_000,
    agents: [],
    outcome: 'pending',
    pageUrl: 'https://www.acme.com/contact',
    source: 'auto',
    createdAt: 1_000_000,
    updatedAt: 1_000_000,
    ...overrides,
  };
}
