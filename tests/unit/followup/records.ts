import type { Attempt, Case, Escalation, Response } from '../../../lib/model';
import type { CaseRecords } from '../../../lib/followup/clocks';

/** Small record builders for follow-up tests: every field valid, times explicit. */
export const CASE_ID = '00000000-0000-4000-8000-000000000001';
let seq = 100;
const nextId = () => `00000000-0000-4000-8000-${String(seq++).padStart(12, '0')}`;

export function aCase(patch: Partial<Case> = {}): Case {
  return {
    id: CASE_ID,
    companyId: 'acme',
    title: 'Overcharged $110',
    needsTitle: false,
    problem: 'Billed twice',
    ask: 'Refund',
    status: 'open',
    openedAt: 0,
    lastActivityAt: 0,
    createdAt: 0,
    updatedAt: 0,
    ...patch,
  };
}

export function anAttempt(at: number, patch: Partial<Attempt> = {}): Attempt {
  return {
    id: nextId(),
    caseId: CASE_ID,
    companyId: 'acme',
    channel: 'phone',
    at,
    agents: [],
    outcome: 'unresolved',
    source: 'manual',
    createdAt: at,
    updatedAt: at,
    ...patch,
  };
}

export function aPost(postedAt: number, patch: Partial<Escalation> = {}): Escalation {
  return {
    id: nextId(),
    caseId: CASE_ID,
    companyId: 'acme',
    platform: 'x',
    handle: 'AcmeHelp',
    kind: 'initial',
    tone: 'friendly',
    parts: ['@AcmeHelp hello'],
    status: 'posted',
    postedAt,
    createdAt: postedAt,
    updatedAt: postedAt,
    ...patch,
  };
}

export function aResponse(kind: Response['kind'], at: number, patch: Partial<Response> = {}): Response {
  return { id: nextId(), caseId: CASE_ID, kind, at, source: 'manual', createdAt: at, updatedAt: at, ...patch };
}

export function records(parts: Partial<Omit<CaseRecords, 'case'>> & { case?: Case } = {}): CaseRecords {
  return {
    case: parts.case ?? aCase(),
    attempts: parts.attempts ?? [],
    escalations: parts.escalations ?? [],
    responses: parts.responses ?? [],
  };
}
