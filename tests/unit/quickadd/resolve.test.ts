import { describe, expect, it } from 'vitest';
import { attemptFromForm } from '../../../lib/calls/attempt-form';
import { newAttempt } from '../../../lib/calls/calls';
import { toLocalInputValue } from '../../../lib/format/time';
import {
  parseQuickAdd,
  resolveQuickAdd,
  toAttemptDraft,
  type QuickAddUnderstood,
  type ResolvedQuickAdd,
} from '../../../lib/quickadd';
import { context, NOW } from './fixtures';

function parsed(line: string): QuickAddUnderstood {
  const r = parseQuickAdd(line, context());
  if (!r.ok) throw new Error('refused');
  return r;
}

/** The value of the option whose first effect has this kind (and, optionally, this text). */
function pick(r: QuickAddUnderstood, id: string, kind: string): string {
  const q = r.ambiguities.find((a) => a.id === id);
  const o = q?.options.find((x) => x.effects[0]?.kind === kind);
  if (!o) throw new Error(`no ${kind} option for ${id}`);
  return o.value;
}

describe('resolving a quick add', () => {
  it('needs every question answered', () => {
    const r = parsed('Called BT on 12/11, 45');
    expect(resolveQuickAdd(r, {})).toEqual({ ok: false, unanswered: ['q0', 'q1'], invalid: [] });
    expect(resolveQuickAdd(r, { q0: 'nonsense' })).toEqual({ ok: false, unanswered: ['q0', 'q1'], invalid: [] });
  });

  it('applies each chosen reading', () => {
    const r = parsed('Called BT on 12/11, 45');
    const at = r.ambiguities[0]?.options[1]?.value ?? '';
    const done = resolveQuickAdd(r, { q0: at, q1: pick(r, 'q1', 'hold') });
    expect(done.ok && done.value).toEqual({
      channel: 'phone',
      company: { id: 'bt', name: 'BT' },
      agents: [],
      at: new Date(2024, 11, 11, 12).getTime(),
      holdMinutes: 45,
    });
  });

  it('keeps the reference not chosen in the notes', () => {
    const r = parsed('Called BT, ref 1234, order 998877, billing');
    const done = resolveQuickAdd(r, { q0: '998877' });
    expect(done.ok && [done.value.reference, done.value.summary]).toEqual(['998877', 'billing, ref 1234']);
  });

  it('makes a name the company, an agent, or a note, as answered', () => {
    const r = parsed('Acme, Called, 10 min');
    const asCompany = resolveQuickAdd(r, { q0: pick(r, 'q0', 'companyText') });
    expect(asCompany.ok && asCompany.value.companyText).toBe('Acme');
    const asAgent = resolveQuickAdd(r, { q0: pick(r, 'q0', 'agent') });
    expect(asAgent.ok && asAgent.value.agents).toEqual(['Acme']);
  });

  it('strips "is past" from the promise it returns (the Attempt schema has no such field)', () => {
    const done = resolveQuickAdd(parsed('Called BT, credit by 1 June'), {});
    expect(done.ok && done.value.promise).toEqual({
      text: 'credit',
      dueAt: new Date(2025, 5, 1, 23, 59, 59, 999).getTime(),
    });
  });

  it('refuses what would not fit an attempt', () => {
    const r = parsed('Called BT, fixed');
    const done = resolveQuickAdd({ ...r, summary: 'x'.repeat(6_000) }, {});
    expect(done).toEqual({ ok: false, unanswered: [], invalid: ['summary'] });
  });
});

describe('a resolved quick add as an attempt', () => {
  const draftBase = (r: ResolvedQuickAdd) => newAttempt('00000000-0000-4000-8000-000000000000', 'bt', r.channel, NOW);

  it('fills the hand-logging form, which accepts it', () => {
    const done = resolveQuickAdd(
      parsed('Called BT yesterday at 4pm, Priya, ref TM-1, 45 min, 10 min on hold, credit by Fri'),
      {},
    );
    if (!done.ok) throw new Error('not resolved');
    const draft = toAttemptDraft(done.value, NOW);
    expect(draft.companyId).toBe('bt');
    expect(draft.values).toMatchObject({
      channel: 'phone',
      start: '2025-06-10T16:00',
      end: '2025-06-10T16:45',
      agents: ['Priya'],
      reference: 'TM-1',
      holdMinutes: '10',
      outcome: 'promised',
      promiseText: 'credit',
      promiseDue: '2025-06-13',
    });
    const attempt = attemptFromForm(draft.values, draftBase(done.value), { now: NOW });
    expect(attempt.ok && attempt.attempt).toMatchObject({
      at: new Date(2025, 5, 10, 16).getTime(),
      endedAt: new Date(2025, 5, 10, 16, 45).getTime(),
      holdSeconds: 600,
      promise: { text: 'credit', dueAt: new Date(2025, 5, 13, 23, 59, 59, 999).getTime() },
    });
  });

  it('ends a call with a length and no time now, as a call logged by hand does', () => {
    const done = resolveQuickAdd(parsed('Called BT, 45 min, no answer'), {});
    if (!done.ok) throw new Error('not resolved');
    const { values } = toAttemptDraft(done.value, NOW);
    expect([values.start, values.end]).toEqual([toLocalInputValue(NOW - 45 * 60_000), toLocalInputValue(NOW)]);
  });

  it('names an unknown company for the parent to create', () => {
    const done = resolveQuickAdd(parsed('Appelé Bouygues, 10 min'), {});
    expect(done.ok && toAttemptDraft(done.value, NOW)).toMatchObject({ companyName: 'Bouygues' });
  });

  it('leaves an email without an end and waiting for a reply', () => {
    const done = resolveQuickAdd(parsed('Emailed BT yesterday, still waiting'), {});
    if (!done.ok) throw new Error('not resolved');
    expect(toAttemptDraft(done.value, NOW).values).toMatchObject({
      channel: 'email',
      end: '',
      outcome: 'pending',
      awaitingReply: true,
    });
  });
});
