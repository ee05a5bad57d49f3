import type { Attempt, Case, Channel, Outcome } from '../../lib/model';
import { DAY } from '../../lib/time-units';

const CHANNELS: readonly Channel[] = ['phone', 'email', 'web_form', 'chat', 'social_dm', 'letter'];
const OUTCOMES: readonly Outcome[] = ['no_answer', 'unresolved', 'transferred', 'promised', 'refused', 'pending'];
const COMPANIES = ['t-mobile', 'comcast', 'ryanair', 'samsung', 'maytag', 'spectrum', 'att', 'southwest'];

/** Deterministic pseudo-random numbers (mulberry32), so every run stores the same shapes. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(list: readonly T[], r: () => number): T {
  const item = list[Math.floor(r() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** Realistic open cases spread over the last year. */
export function makeCases(count: number, now: number, seed = 1): Case[] {
  const r = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const openedAt = now - Math.floor(r() * 365) * DAY;
    return {
      id: crypto.randomUUID(),
      companyId: pick(COMPANIES, r),
      title: `Billing dispute ${i + 1}`,
      needsTitle: false,
      problem: 'I was charged twice for the same month and the refund promised on the phone never arrived.',
      ask: 'Refund the duplicate charge.',
      amount: { value: 110, currency: 'USD' },
      status: 'open',
      openedAt,
      lastActivityAt: openedAt,
      createdAt: openedAt,
      updatedAt: openedAt,
    };
  });
}

/** `count` attempts spread round-robin over `cases`, each after its case was opened. */
export function makeAttempts(cases: readonly Case[], count: number, seed = 2): Attempt[] {
  const r = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const c = cases[i % cases.length];
    if (!c) throw new Error('no cases to attach attempts to');
    const at = c.openedAt + Math.floor(r() * 60 * DAY);
    const outcome = pick(OUTCOMES, r);
    return {
      id: crypto.randomUUID(),
      caseId: c.id,
      companyId: c.companyId,
      channel: pick(CHANNELS, r),
      at,
      endedAt: at + Math.floor(r() * 3_600_000),
      agents: r() < 0.6 ? ['Agent ' + String(1 + Math.floor(r() * 90))] : [],
      reference: r() < 0.5 ? `REF-${100_000 + i}` : undefined,
      summary: 'Explained the duplicate charge again; was told it would be escalated.',
      outcome,
      promise: outcome === 'promised' ? { text: 'Refund within 5 days', dueAt: at + 5 * DAY } : undefined,
      source: r() < 0.3 ? 'auto' : 'manual',
      createdAt: at,
      updatedAt: at,
    };
  });
}
