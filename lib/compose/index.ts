/** The escalation composer: pure drafting, counting, splitting and checking. */
export { draftFor, type Draft, type DraftRequest } from './draft';
export { countPost, type Count } from './count';
export { splitPost } from './split';
export { checkText, redactPrivate, applySuggestion, type Finding, type FindingKind } from './check';
export { etiquetteFor, type EtiquetteAdvice } from './etiquette';
export { handleInfo, handleWarnings, mentionFor, stripAt, type HandleInfo, type HandleWarning } from './handle';
export { postTarget, profileUrl, type PostTarget } from './post';
export { rulesFor, DEFAULT_MASTODON_LIMIT } from './limits';
export { gatherFacts, type CaseFacts, type CaseRecords } from './facts';
