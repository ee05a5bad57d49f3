import { judgePage, type PageVerdict } from './judge';
import { readPage } from './read';

/**
 * Classifies a page: a Document and its address in, a verdict out. In the extension the two halves
 * run apart — the page part reads (./read.ts), the background judges (./judge.ts); tests and
 * tools run both here.
 */
export function classifyPage(doc: Document, url: string): PageVerdict {
  return judgePage(readPage(doc, url));
}
