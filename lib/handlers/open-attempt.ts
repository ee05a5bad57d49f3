import { browser } from 'wxt/browser';
import { attempts } from '../db/attempts';
import { findReport } from '../autolog/tab-reports';
import { readReports } from '../autolog/tab-report-store';
import { OPEN_WINDOW_MS } from '../autolog/windows';
import { Refusal } from '../messages/refusal';
import { senderIsOnSiteOf } from './page-of-sender';
import type { Handler } from './types';

/**
 * The toast's "Change case": opens the attempt in the extension (where the person can move it to
 * another case). Only for an attempt this very tab reported recently, so a page cannot probe ids.
 */
export const openAttempt: Handler<'cs/open-attempt'> = async (msg, ctx) => {
  const refusal = 'refused: only an attempt this tab logged in the last 30 minutes can be opened';
  const reports = await readReports(ctx.now);
  if (!findReport(reports, msg.id, ctx.tabId, ctx.now, OPEN_WINDOW_MS)) throw new Refusal(refusal);
  const attempt = await attempts.get(msg.id);
  if (!attempt) throw new Refusal('not opened: the attempt no longer exists');
  // The tab may be on another site by now (30 minutes is long): only the reporting site may open
  // it, and another hears the same refusal as a stranger.
  if (!senderIsOnSiteOf(attempt.pageUrl, ctx)) throw new Refusal(refusal);
  const url = `${browser.runtime.getURL('/popup.html')}#/case/${encodeURIComponent(attempt.caseId)}?attempt=${encodeURIComponent(attempt.id)}`;
  await browser.tabs.create({ url, active: true });
  return { opened: true };
};
