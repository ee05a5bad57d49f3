/** Structural equality of two JSON-shaped records, ignoring key order (IndexedDB may reorder keys). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameRecord(item, b[i]));
  const aEntries = Object.entries(a).filter(([, v]) => v !== undefined);
  const bMap = new Map(Object.entries(b).filter(([, v]) => v !== undefined));
  return (
    aEntries.length === bMap.size && aEntries.every(([key, value]) => bMap.has(key) && sameRecord(value, bMap.get(key)))
  );
}
