/** Small text helpers shared by the classifiers. Kept dependency-free: they run in every page. */

/** Lower-case and strip diacritics, so "Contáctanos" and "contactanos" match the same word list. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Collapse whitespace (including no-break spaces) to single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'TEXTAREA', 'SELECT', 'OPTION']);

/**
 * The page's readable text without touching layout (innerText forces a reflow, which an
 * always-on script must never do). Capped so a huge page costs a bounded amount of work.
 */
export function pageText(root: Node, cap = 200_000): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 | 4, {
    acceptNode: (node) =>
      node.nodeType === 1 && SKIPPED.has((node as Element).nodeName.toUpperCase()) ? 2 : 1,
  });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < cap; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
    } else if (BLOCK.test(node.nodeName)) {
      // Block boundaries become line breaks so words of adjacent cells don't glue together.
      parts.push('\n');
    }
  }
  return parts.join('').slice(0, cap);
}

const BLOCK = /^(P|DIV|LI|TD|TH|DT|DD|H[1-6]|BR|SECTION|ARTICLE|HEADER|FOOTER|TR|LABEL|BUTTON|A)$/i;
