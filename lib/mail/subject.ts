/**
 * A subject as a thread sees it: without the reply and forward prefixes mail clients add, in the
 * languages the clients write them ("Re:", "AW:", "WG:", "TR:", "RV:", "Fwd:"), nor a ticket tag
 * a help desk puts in front ("[#12345]"), lower-cased, spaces collapsed.
 */
const PREFIX = /^\s*(?:(?:re|aw|sv|vs|wg|tr|rv|fw|fwd|enc|antw|odp|r)\s*(?:\[\d+\])?\s*:|\[[^\]]{1,40}\])\s*/i;

export function threadSubject(subject: string | undefined): string {
  let s = (subject ?? '').normalize('NFKC');
  for (let i = 0; i < 10; i++) {
    const next = s.replace(PREFIX, '');
    if (next === s) break;
    s = next;
  }
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Do two subjects belong to one thread? Equal once stripped, or one holds the other (a help desk adds a ticket number). */
export function sameThread(a: string | undefined, b: string | undefined): boolean {
  const x = threadSubject(a);
  const y = threadSubject(b);
  if (x.length < 3 || y.length < 3) return false;
  return x === y || (x.length >= 8 && y.includes(x)) || (y.length >= 8 && x.includes(y));
}
