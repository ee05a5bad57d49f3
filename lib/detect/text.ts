/** Small text helpers shared by the classifiers. Kept dependency-free: they run in every page. */

/** Lower-case and strip diacritics, so "Contáctanos" and "contactanos" match the same word list. */
export function fold(text: string): string {
  // Most text is plain ASCII: nothing to strip. Short text (a title, a path) is stripped by a
  // loop, because a regular expression costs its first compilation on every page it runs on.
  if (isAscii(text)) return text.toLowerCase();
  const decomposed = text.normalize('NFD');
  if (decomposed.length > 512) return decomposed.replace(/[\u0300-\u036f]/g, '').toLowerCase();
  let plain = '';
  for (const char of decomposed) if (char < '\u0300' || char > '\u036f') plain += char;
  return plain.toLowerCase();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Collapse whitespace (including no-break spaces) to single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const NOT_TEXT = 'script,style,noscript,template,textarea,select';

/**
 * The page's readable text without touching layout (innerText forces a reflow, which an
 * always-on script must never do) and without walking the tree node by node from script (that
 * creates a JS wrapper per node: milliseconds on a big page). textContent is computed natively;
 * the few script and style bodies, and the elements in `leaveOut` (in document order), are cut
 * out of it. Capped so a huge page costs bounded work.
 * Known limit: on minified HTML with no whitespace between blocks, adjacent blocks' words touch.
 */
export function pageText(root: Element, cap = 200_000, leaveOut: readonly Element[] = []): string {
  const text = root.textContent ?? '';
  const cuts = Array.from(root.querySelectorAll(NOT_TEXT));
  if (leaveOut.length) cuts.push(...leaveOut);
  if (leaveOut.length) cuts.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)); // 4: b follows a
  // textContent joins the text in document order, and so are the elements to cut: each is found
  // after the previous one, and the text between them is kept — one pass, instead of copying the
  // whole text once per element. One inside an element already cut out is skipped.
  const kept: string[] = [];
  let from = 0;
  let outer: Element | undefined;
  for (const el of cuts) {
    if (outer?.contains(el)) continue;
    const inner = el.textContent;
    const at = inner ? text.indexOf(inner, from) : -1;
    // Not found after `from`: inside a body already cut out (a script in a template).
    if (!inner || at < 0) continue;
    kept.push(text.slice(from, at));
    from = at + inner.length;
    outer = el;
    if (from >= cap) break;
  }
  kept.push(text.slice(from));
  return kept.join(' ').slice(0, cap);
}
