/**
 * The printed page's footer, as CSS: @page margin boxes (Chromium 131+) with the page counters.
 * Built at run time because its words are translated; browsers without margin boxes ignore the
 * rules and print their own header and footer instead.
 */

/**
 * A CSS string literal on one line: quotes and backslashes escaped, "<" escaped (the text sits in a
 * <style> element), line breaks and other control characters turned into spaces.
 */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being replaced
  const oneLine = text.replace(/[\u0000-\u001F\u007F]+/g, ' ');
  return `"${oneLine.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/</g, '\\3C ')}"`;
}

/**
 * A `content` value from a translated template: "Page {page} of {pages}" becomes
 * "Page " counter(page) " of " counter(pages).
 */
export function counterContent(template: string): string {
  const pieces = template.split(/(\{pages?\})/).filter((piece) => piece !== '');
  if (!pieces.length) return '""';
  return pieces
    .map((piece) => (piece === '{page}' ? 'counter(page)' : piece === '{pages}' ? 'counter(pages)' : cssString(piece)))
    .join(' ');
}

/** The @page rule: what the report is on the left of each footer, the page number on the right. */
export function printPageCss(footer: { left: string; pageTemplate: string }): string {
  const box = 'font-size: 8pt; color: #333;';
  return [
    '@page {',
    `  @bottom-left { content: ${cssString(footer.left)}; ${box} }`,
    `  @bottom-right { content: ${counterContent(footer.pageTemplate)}; ${box} }`,
    '}',
  ].join('\n');
}
