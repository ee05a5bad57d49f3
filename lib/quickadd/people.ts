import { EVERYDAY, hitAt, type WordHit } from './scan';
import { isFree, take, textOf, type ParseState } from './state';
import { FILLERS } from './words';

interface Run {
  start: number;
  end: number;
  name: string;
}

const MAX_NAME_WORDS = 3;
const CODE_LIKE = /\d/;

function isName(s: ParseState, hits: readonly WordHit[], i: number): boolean {
  const token = s.tokens[i];
  return (
    token !== undefined &&
    isFree(s, i) &&
    token.kind === 'word' &&
    token.capital &&
    !CODE_LIKE.test(token.key) &&
    !FILLERS.has(token.key) &&
    hitAt(hits, i) === undefined
  );
}

/**
 * A person's name at `at`: "Priya", "Maria José", "Herr Weber", "Mme. Dupont" (the courtesy title
 * kept, as the person was addressed). With `loose`, after words that can only introduce a person
 * ("spoke to", "agent"), a single lower-case word or an agent number counts too.
 */
export function nameAt(s: ParseState, hits: readonly WordHit[], at: number, loose: boolean): Run | undefined {
  let i = at;
  const title = hitAt(hits, i);
  const titled = title?.meaning.kind === 'title' && title.start === i && isFree(s, i);
  if (titled) {
    i = title.end;
    if (s.tokens[i]?.text === '.' && s.used[i] === undefined) i++;
  }
  let end = i;
  while (end - i < MAX_NAME_WORDS && isName(s, hits, end)) end++;
  if (end > i) return { start: at, end, name: textOf(s, titled ? at : i, end) };
  if (!loose || titled) return undefined;
  const token = s.tokens[i];
  if (!token || !isFree(s, i) || hitAt(hits, i) || FILLERS.has(token.key) || EVERYDAY.has(token.key)) return undefined;
  const word = /^\p{L}[\p{L}'-]*$/u.test(token.text);
  const agentNumber = /^#?[A-Za-z]{0,3}\d{1,8}$/.test(token.text);
  return word || agentNumber ? { start: at, end: i + 1, name: token.text.replace(/^#/, '') } : undefined;
}

/** More names joined to a first one: "Gary then Sue", "Priya → Mark", "Ana y Luis". */
function joined(s: ParseState, hits: readonly WordHit[], after: number): Run[] {
  const runs: Run[] = [];
  let at = after;
  for (;;) {
    const join = hitAt(hits, at);
    const arrow = s.tokens[at]?.text === '→' || (s.tokens[at]?.text === '-' && s.tokens[at + 1]?.text === '>');
    const next =
      join?.meaning.kind === 'join' && join.start === at
        ? join.end
        : arrow
          ? at + (s.tokens[at]?.text === '-' ? 2 : 1)
          : undefined;
    if (next === undefined) return runs;
    const run = nameAt(s, hits, next, false);
    if (!run) return runs;
    runs.push({ ...run, start: at });
    at = run.end;
  }
}

/**
 * Agents introduced by a word: a title ("Herr Weber"), a role ("conseiller Karim", "agent 4471"),
 * "spoke to Priya", "with Kevin", "transferred to Mark" — and those joined to them. Takes them.
 */
export function findAgents(s: ParseState, hits: readonly WordHit[]): string[] {
  const names: string[] = [];
  const add = (runs: Run[], from: number) => {
    for (const run of runs) names.push(run.name);
    const last = runs[runs.length - 1];
    if (last) take(s, from, last.end, 'agent');
  };
  for (const hit of hits) {
    const m = hit.meaning;
    let run: Run | undefined;
    let from = hit.start;
    if (m.kind === 'title') {
      run = nameAt(s, hits, hit.start, false);
    } else if (m.kind === 'role' && isFree(s, hit.start)) {
      const colon = s.tokens[hit.end]?.text === ':' ? hit.end + 1 : hit.end;
      run = nameAt(s, hits, colon, true);
    } else if (m.kind === 'agentMark' || (m.kind === 'outcome' && m.agent === true)) {
      // "spoke to agent Tom": the role is skipped; the marker is taken only when a name follows.
      const role = hitAt(hits, hit.end);
      const at = role?.meaning.kind === 'role' && role.start === hit.end ? role.end : hit.end;
      run = nameAt(s, hits, at, m.kind === 'agentMark' && m.strong);
      if (m.kind === 'outcome') from = hit.end;
    }
    if (!run || !isFree(s, run.end - 1)) continue;
    add([run, ...joined(s, hits, run.end)], from);
  }
  return names;
}

/**
 * Clauses made of nothing but names ("…, Priya, …", "Ana y Luis"): a person, or the company when
 * no company is named — the caller decides which, or asks.
 */
export function nameClauses(
  s: ParseState,
  hits: readonly WordHit[],
): { start: number; end: number; names: string[] }[] {
  const clauses: { start: number; end: number; names: string[] }[] = [];
  let i = 0;
  while (i < s.tokens.length) {
    const c = s.clause[i];
    let end = i;
    while (end < s.tokens.length && s.clause[end] === c) end++;
    let first = i;
    while (first < end && s.tokens[first]?.kind === 'punct') first++;
    let last = end;
    while (last > first && s.tokens[last - 1]?.kind === 'punct' && s.tokens[last - 1]?.text !== '>') last--;
    const run = first < last ? nameAt(s, hits, first, false) : undefined;
    if (run) {
      const runs = [run, ...joined(s, hits, run.end)];
      const stop = runs[runs.length - 1]?.end ?? run.end;
      if (stop === last) clauses.push({ start: first, end: last, names: runs.map((r) => r.name) });
    }
    i = end;
  }
  return clauses;
}
