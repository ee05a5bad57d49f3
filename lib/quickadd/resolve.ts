import { z } from 'zod';
import { Channel, LIMITS, Outcome, Promise_, ShortText, Text, Timestamp } from '../model';
import type { QuickAddAnswers, QuickAddEffect, QuickAddFields, QuickAddUnderstood } from './types';

/**
 * A quick-add line with every question answered: what the parent saves. Checked by this schema
 * before it leaves the component, so it always fits an Attempt's limits.
 */
export const ResolvedQuickAdd = z.strictObject({
  channel: Channel,
  company: z.strictObject({ id: z.string().min(1).max(80), name: ShortText.min(1) }).optional(),
  companyText: ShortText.min(1).optional(),
  agents: z.array(ShortText.min(1)).max(LIMITS.listItems),
  reference: ShortText.min(1).optional(),
  contact: ShortText.min(1).optional(),
  durationMinutes: z.number().int().positive().max(1_440).optional(),
  holdMinutes: z.number().int().nonnegative().max(1_440).optional(),
  at: Timestamp.optional(),
  promise: Promise_.optional(),
  outcome: Outcome.optional(),
  summary: Text.optional(),
});
export type ResolvedQuickAdd = z.infer<typeof ResolvedQuickAdd>;

export type ResolveResult =
  | { ok: true; value: ResolvedQuickAdd }
  /** `unanswered`: ids of questions still open; `invalid`: fields beyond their limits. */
  | { ok: false; unanswered: string[]; invalid: string[] };

function apply(fields: QuickAddFields, effect: QuickAddEffect): void {
  switch (effect.kind) {
    case 'at':
      fields.at = effect.at;
      return;
    case 'promise':
      fields.promise = effect.promise;
      return;
    case 'company':
      fields.company = effect.company;
      delete fields.companyText;
      return;
    case 'companyText':
      fields.companyText = effect.text;
      delete fields.company;
      return;
    case 'agent':
      if (!fields.agents.includes(effect.name)) fields.agents.push(effect.name);
      return;
    case 'reference':
      fields.reference = effect.reference;
      return;
    case 'duration':
      fields.durationMinutes = effect.minutes;
      return;
    case 'hold':
      fields.holdMinutes = effect.minutes;
      return;
    case 'channel':
      fields.channel = effect.channel;
      return;
    case 'outcome':
      fields.outcome = effect.outcome;
      return;
    case 'summary':
      if (effect.text.trim() !== '')
        fields.summary = fields.summary ? `${fields.summary}, ${effect.text}` : effect.text;
  }
}

/**
 * The fields as the person confirmed them: each answer's option applied, in the order the questions
 * were asked. Pure; the preview and the save both use it, so what is saved is what was shown.
 */
export function applyAnswers(
  result: QuickAddUnderstood,
  answers: QuickAddAnswers,
): { fields: QuickAddFields; unanswered: string[] } {
  const { ok: _ok, ambiguities, unknownWords: _unknown, ...rest } = result;
  const fields: QuickAddFields = { ...rest, agents: [...rest.agents] };
  const unanswered: string[] = [];
  for (const question of ambiguities) {
    const chosen = question.options.find((o) => o.value === answers[question.id]);
    if (!chosen) unanswered.push(question.id);
    else for (const effect of chosen.effects) apply(fields, effect);
  }
  // A promise chosen among readings still means the call ended on a promise.
  if (fields.promise && fields.outcome === undefined) fields.outcome = 'promised';
  return { fields, unanswered };
}

export function resolveQuickAdd(result: QuickAddUnderstood, answers: QuickAddAnswers): ResolveResult {
  const { fields, unanswered } = applyAnswers(result, answers);
  if (unanswered.length > 0) return { ok: false, unanswered, invalid: [] };
  const { promise, ...rest } = fields;
  const parsed = ResolvedQuickAdd.safeParse({
    ...rest,
    ...(promise ? { promise: { text: promise.text, dueAt: promise.dueAt } } : {}),
  });
  if (!parsed.success)
    return {
      ok: false,
      unanswered: [],
      invalid: [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))],
    };
  return { ok: true, value: parsed.data };
}
