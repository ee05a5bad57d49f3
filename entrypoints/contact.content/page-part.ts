/** Where the lazily loaded page part lives and how it hands itself to the gate. */
export const PAGE_PART_PATH = '/contact-page.js';
export const PAGE_PART_KEY = '__paperTrailContactPage';
