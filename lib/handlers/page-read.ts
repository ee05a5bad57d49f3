import { followsReport } from '../capture/follow-store';
import { judgePage, type PageVerdict } from '../detect/judge';
import { referenceInText } from '../detect/reference';
import { addressOf, addressWords } from '../detect/signal';
import { siteOf } from '../autolog/site';
import { Refusal } from '../messages/refusal';
import { loadSettings } from '../settings/items';
import type { Response } from '../messages/protocol';
import { recordPage, type ClassifiedPage, type PageClassifiedResult } from './page-classified';
import type { Handler } from './types';

/**
 * The reply: the page's classification, the "keep a copy" setting, and the whole verdict — the
 * page part reads its judgement from it (lib/messages/responses.ts); tests read the rest.
 */
export type PageReadResult = Response<'cs/page-read'> & { verdict: PageVerdict };

/**
 * The page part read its page: judge the reading here (compiled once in the background, not on
 * every page), then do what a classified page does — record a confirmation page's reference,
 * name the company for the badge — and send the verdict back for the page part to act on.
 */
export const pageRead: Handler<'cs/page-read'> = async (msg, ctx) => {
  const judged = judgePage(msg.reading);
  const settings = await loadSettings();
  // The page a tab shows right after a contact was sent from its site confirms it, if it shows a
  // reference — many thank-you pages say nothing else ("Your reference number is 48213577").
  const site = siteOf(msg.reading.url);
  const followed = !judged.referenceNumber && site !== undefined && (await followsReport(ctx.tabId, site, ctx.now));
  const reference = judged.referenceNumber ?? (followed ? referenceInText(msg.reading.text) : undefined);
  const verdict: PageVerdict =
    reference && !judged.referenceNumber ? { ...judged, kind: 'confirmation', referenceNumber: reference } : judged;
  const classified: ClassifiedPage = {
    kind: verdict.kind,
    pageUrl: msg.reading.url,
    company: verdict.company,
    ...(reference ? { reference: reference.slice(0, 200) } : {}),
  };
  let result: PageClassifiedResult;
  try {
    const confirms = addressWords(addressOf(msg.reading.url), msg.reading.title) === 'confirmation';
    result = await recordPage(classified, ctx, confirms);
  } catch (error) {
    // A reference not recorded (rate limit, web forms switched off) still leaves a verdict to act on.
    if (!(error instanceof Refusal) || !classified.reference) throw error;
    result = await recordPage({ ...classified, reference: undefined }, ctx);
  }
  const reply: PageReadResult = { ...result, verdict, keepMessageCopy: settings.keepMessageCopy };
  return reply;
};
