import { browser } from 'wxt/browser';
import { companyHint } from '../detect/company';
import { firstLook } from '../detect/first-look';
import { hostOf, isNeverSite } from '../logging/site';
import { readReports } from '../logging/tab-report-store';
import { Refusal } from '../messages/refusal';
import { loadSettings } from '../settings/items';
import { recordPage, type PageClassifiedResult } from './page-classified';
import type { Handler, HandlerContext } from './types';

/** The contact script's page part (entrypoints/contact-page.ts), as built. */
export const PAGE_PART_FILE = '/contact-page.js';

/**
 * What the gate learns: `now` — the page part is on its way; `on-use` — ask again when the person
 * uses the page; `off` — logging is off here, stop. With the page's kind and company when the
 * first look makes it a likely contact page (the toolbar badge marks it from this reply).
 */
export type ContactSignalResult = { read: 'now' | 'on-use' | 'off' } & Partial<PageClassifiedResult>;

function senderTab(ctx: HandlerContext): { tabId: number; url: string } {
  if (ctx.tabId === undefined || !ctx.url) throw new Refusal('refused: a contact signal must come from a tab');
  return { tabId: ctx.tabId, url: ctx.url };
}

async function loggingAllowed(url: string): Promise<boolean> {
  const settings = await loadSettings();
  return settings.autoLog && !isNeverSite(url, settings.neverOnSites);
}

/**
 * Injected by the background rather than imported by the gate: a module import from a content
 * script costs the page more than a millisecond of loading machinery, and needs the file to be
 * web-accessible. Into the tab's top frame (the gate runs only there), in the content scripts'
 * isolated world.
 */
async function injectPagePart(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PAGE_PART_FILE] });
}

/** This tab logged an attempt a moment ago: the page it shows now may be the confirmation. */
async function reportedFromTab(tabId: number, now: number): Promise<boolean> {
  return (await readReports(now)).some((report) => report.tabId === tabId);
}

/**
 * The always-on gate saw a contact signal, with contact or confirmation words in the address or
 * title (without them it does not ask: see entrypoints/contact/index.ts). Reading a page costs it
 * milliseconds, so it is read
 * when the person uses it (see cs/contact-use) — except a likely confirmation page, whose
 * reference number is there to be read now and which nobody may touch: its address or title says
 * so, or this tab has just logged an attempt (a form sent, then the page changed). A likely
 * contact page is marked at once from its address, title and markup (see lib/detect/first-look.ts).
 */
export const contactSignal: Handler<'cs/contact-signal'> = async (msg, ctx) => {
  const { tabId, url } = senderTab(ctx);
  if (!(await loggingAllowed(url))) return { read: 'off' } satisfies ContactSignalResult;
  const look = firstLook({ url, title: msg.title, markup: msg.markup });
  const readNow = look.readNow || (await reportedFromTab(tabId, ctx.now));
  if (readNow) await injectPagePart(tabId);
  const read = readNow ? 'now' : 'on-use';
  if (!look.likelyContact) return { read } satisfies ContactSignalResult;
  const host = hostOf(url) ?? '';
  const page = await recordPage({ type: 'cs/page-classified', kind: 'contact', pageUrl: url, company: companyHint([], undefined, msg.title, host) }, ctx);
  return { read, ...page } satisfies ContactSignalResult;
};

/** The person is using a page with a contact signal, or opened a chat launcher: load the page part. */
export const contactUse: Handler<'cs/contact-use'> = async (_msg, ctx) => {
  const { tabId, url } = senderTab(ctx);
  if (!(await loggingAllowed(url))) return { injected: false };
  await injectPagePart(tabId);
  return { injected: true };
};
