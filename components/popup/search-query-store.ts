/** The search query, kept for the popup's session so Back from a found case returns to the same results. */
const QUERY_KEY = 'pt:search-query';

export function storedSearchQuery(storage: Storage | undefined = safeSessionStorage()): string {
  try {
    return storage?.getItem(QUERY_KEY) ?? '';
  } catch {
    return '';
  }
}

export function storeSearchQuery(query: string, storage: Storage | undefined = safeSessionStorage()): void {
  try {
    storage?.setItem(QUERY_KEY, query);
  } catch {
    // Storage refused: the query is only lost on Back.
  }
}

function safeSessionStorage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}
