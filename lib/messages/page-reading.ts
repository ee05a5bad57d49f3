import { z } from 'zod';
import { READING_LIMITS } from './reading-limits';
import { WebUrl } from '../model';

/**
 * What the contact script's page part reads off a page for the classifier (lib/detect/read.ts):
 * strings and flags only, collected in the page, judged in the background (lib/detect/judge.ts).
 * Every bound is one of READING_LIMITS, which the reader cuts to: no page can make a reading
 * this schema refuses.
 * The page pays for the DOM reads; the regular expressions, phone and email parsing and scoring
 * run in the extension's own process, compiled once rather than on every page.
 */

export const PageReading = z.strictObject({
  /** The page address without its fragment (an overlong one also without its query, then cut). */
  url: WebUrl.max(READING_LIMITS.url),
  /** `<html lang>`, for the page's country (how its phone numbers are written). */
  lang: z.string().max(READING_LIMITS.lang),
  title: z.string().max(READING_LIMITS.title),
  /** og:site_name. */
  siteName: z.string().max(READING_LIMITS.title).optional(),
  /** JSON-LD blocks as written (parsed, defensively, by the judge). */
  jsonLd: z
    .array(z.string().max(READING_LIMITS.jsonLdBlock))
    .max(READING_LIMITS.jsonLdBlocks)
    .refine(
      (blocks) => blocks.reduce((sum, block) => sum + block.length, 0) <= READING_LIMITS.jsonLdTotal,
      `at most ${READING_LIMITS.jsonLdTotal} characters of JSON-LD in all`,
    ),
  /** Markup of a social network's composer (Mastodon and other self-hosted instances). */
  socialMarkup: z.boolean(),
  /**
   * Anything at all that could make it a contact, support or confirmation page (the gate's look,
   * or a chat launcher). False: the rest of the reading is left empty.
   */
  signal: z.boolean(),
  /** The first h1 headings' text. */
  headings: z.string().max(READING_LIMITS.heading),
  /** Headings and status/alert regions: where "Thank you, your case number is …" shows. */
  status: z.string().max(READING_LIMITS.heading),
  /** How many of the page's forms are contact forms (lib/detect/forms.ts). */
  contactForms: z.number().int().nonnegative().max(READING_LIMITS.contactForms),
  /** How many of those sit in the page's header, footer, navigation or sidebars (lib/detect/chrome.ts). */
  chromeForms: z.number().int().nonnegative().max(READING_LIMITS.contactForms),
  telLinks: z.array(z.string().max(READING_LIMITS.url)).max(READING_LIMITS.links),
  mailtoLinks: z.array(z.string().max(READING_LIMITS.url)).max(READING_LIMITS.links),
  /** Which of telLinks then mailtoLinks (an index into the two, one after the other) sit in the page's chrome. */
  chromeLinks: z
    .array(
      z
        .number()
        .int()
        .nonnegative()
        .max(2 * READING_LIMITS.links - 1),
    )
    .max(2 * READING_LIMITS.links),
  /** Chat vendors whose launcher is on the page; 'chat' for a generic chat button. */
  chatVendors: z.array(z.string().max(READING_LIMITS.vendor)).max(READING_LIMITS.vendors),
  contactPointMarkup: z.boolean(),
  /** A byline or a publication date. */
  articleMarkup: z.boolean(),
  /** og:type=article, which site builders put on every page: a hint only. */
  articleType: z.boolean(),
  productMarkup: z.boolean(),
  passwordField: z.boolean(),
  /** Labels of the page's buttons ("Add to basket" marks a shop page). */
  buttonLabels: z.array(z.string().max(READING_LIMITS.buttonLabel)).max(READING_LIMITS.buttons),
  /** The readable text of the main content: the page without its chrome. */
  text: z.string().max(READING_LIMITS.text),
  /** The readable text of the page's header, footer, navigation and sidebars. */
  chromeText: z.string().max(READING_LIMITS.chromeText),
});
export type PageReading = z.infer<typeof PageReading>;
