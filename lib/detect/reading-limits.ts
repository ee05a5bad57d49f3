/**
 * How much of a page the contact script reads for the classifier (see lib/messages/page-reading.ts).
 * Plain numbers, no imports: the page part reads them to cut its reading to size.
 */
export const READING_LIMITS = {
  /** Readable text of the page: phone numbers, emails and reference numbers are found in it. */
  text: 60_000,
  jsonLdBlocks: 8,
  /** One JSON-LD block (a site's @graph with its Organization is often several kilobytes)… */
  jsonLdBlock: 32_000,
  /** …and all of them together. */
  jsonLdTotal: 64_000,
  heading: 2_000,
  title: 1_000,
  url: 2_048,
  links: 50,
  vendors: 50,
  buttons: 200,
  buttonLabel: 120,
} as const;
