/*
 * Company names remembered from the last time the home showed them, so the first cases painted
 * before the company directory loads already carry the right names. A cache only: the home
 * always renders from the directory and the database once they are read.
 */

const KEY = 'pt:company-names';
/** Enough for every case the home lists on its first page, with room to spare. */
const MAX_NAMES = 200;

/** The last stored text and what it said: each row asks, and the text rarely changes. */
let parsed: { raw: string; names: Map<string, string> } | undefined;

export function rememberedCompanyNames(storage: Storage | undefined = safeLocalStorage()): Map<string, string> {
  let raw = '{}';
  try {
    raw = storage?.getItem(KEY) ?? '{}';
  } catch {
    // Storage refused: no names remembered.
  }
  if (parsed?.raw !== raw) parsed = { raw, names: parseNames(raw) };
  return parsed.names;
}

function parseNames(raw: string): Map<string, string> {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Map();
    return new Map(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return new Map();
  }
}

/** Stores the names for these company ids (most recent first), replacing the older set. */
export function rememberCompanyNames(
  names: ReadonlyMap<string, string>,
  storage: Storage | undefined = safeLocalStorage(),
): void {
  const kept = Object.fromEntries([...names].slice(0, MAX_NAMES));
  try {
    const next = JSON.stringify(kept);
    if (storage?.getItem(KEY) !== next) storage?.setItem(KEY, next);
  } catch {
    // Storage full or refused: the first paint falls back to the names the ids spell.
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
