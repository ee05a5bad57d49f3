import { privateFindings } from './check-private';
import { modelFindings } from './check-tone-model';
import { toneFindings } from './check-tone';
import { applySuggestion, type Finding } from './findings';
import { sentencesOf } from './split';

export type { Finding, FindingKind } from './findings';
export { applySuggestion };
export { loadToneModel, toneModelLoaded } from './check-tone-model';

/**
 * The courtesy and risk check: everything in a post that could hurt the person posting it
 * (profanity, insults, shouting, threats, defamatory absolutes) or expose them (private data).
 * Rules read first; a small trained model, once loaded (`loadToneModel`), then reads the
 * sentences they passed.
 * Findings are sorted, never overlap, and carry offsets for highlighting. Fast enough to run on
 * every keystroke.
 */
export function checkText(text: string): Finding[] {
  const found = ruleFindings(text);
  found.push(...modelFindings(text, found));
  return found.sort((a, b) => a.start - b.start);
}

/** What the rules alone find: the check without its trained second reader. */
export function ruleFindings(text: string): Finding[] {
  const found = privateFindings(text);
  for (const f of toneFindings(text)) {
    if (!found.some((g) => f.start < g.end && f.end > g.start)) found.push(f);
  }
  return found;
}

/**
 * Removes private data (and the case's private reference) from text the person wrote, before it
 * enters a draft: a public post never carries it, whatever was typed into the case.
 */
export function redactPrivate(text: string, secrets: readonly string[] = []): string {
  const hasSecret = (s: string) =>
    secrets.some((secret) => secret.trim().length >= 3 && s.toLowerCase().includes(secret.trim().toLowerCase()));
  const exposes = (s: string) => hasSecret(s) || privateFindings(s).length > 0;
  // Drop whole sentences that carry private data ("It was on account 4417…"): what is left reads well.
  const kept = sentencesOf(text).filter((s) => !exposes(s));
  if (kept.length > 0) return kept.join(' ');
  // A single sentence: cut the private parts out of it.
  let out = text;
  for (const secret of secrets) {
    const s = secret.trim();
    if (s.length >= 3) out = out.replace(new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), '');
  }
  for (const f of privateFindings(out).reverse()) out = applySuggestion(out, { ...f, suggestion: '' });
  return out
    .replace(/\s{2,}/gu, ' ')
    .replace(/\(\s*\)/gu, '')
    .trim();
}
