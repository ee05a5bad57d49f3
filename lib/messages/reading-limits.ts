/**
 * How much of a page the contact script reads for the classifier: the one source of these limits,
 * for the reader that cuts its reading to size (lib/detect/read.ts) and for the schema the
 * background parses the reading with (./page-reading.ts). Whatever a page holds, its reading fits
 * both, and the message that carries it (MESSAGE_MAX_BYTES; every character of a reading costs at
 * most three bytes of JSON, see `sendable` in lib/detect/read.ts). Part of the protocol, so that
 * lib/messages imports nothing from lib/detect (lib/detect/reading-limits.ts passes them on).
 * Plain numbers, no imports: the page part reads them.
 */
export const READING_LIMITS = {
  /** Readable text of the page: phone numbers, emails and reference numbers are found in it. */
  text: 50_000,
  /** Text of the page's header, footer, navigation and sidebars (lib/detect/chrome.ts), read apart. */
  chromeText: 10_000,
  jsonLdBlocks: 8,
  /** One JSON-LD block (a site's @graph with its Organization is often several kilobytes)… */
  jsonLdBlock: 32_000,
  /** …and all of them together. */
  jsonLdTotal: 64_000,
  heading: 2_000,
  title: 1_000,
  /** The page's address, and each tel: or mailto: link; equal to LIMITS.url of lib/model. */
  url: 2_048,
  /** `<html lang>`: a BCP 47 tag, 35 characters at most in practice. */
  lang: 35,
  /** Contact forms counted; a page with more is reported as having this many. */
  contactForms: 1_000,
  /** tel: links, and mailto: links, each. */
  links: 40,
  vendors: 50,
  /** A chat vendor's name ("salesforce", "chat"). */
  vendor: 40,
  buttons: 200,
  buttonLabel: 120,
} as const;
