/** Quick add: one typed line read into a contact attempt, with questions for what is unclear. */
export { parseQuickAdd } from './parse';
export { applyAnswers, resolveQuickAdd, ResolvedQuickAdd, type ResolveResult } from './resolve';
export { toAttemptDraft, type AttemptDraft } from './draft';
export * from './types';
