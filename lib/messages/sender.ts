/**
 * Who sent a runtime message. The browser fills `sender`; nothing in a message body is trusted to
 * say where it came from. Only two origins are accepted:
 *  - 'extension': one of our own pages (popup, options, report…), i.e. a URL under our origin;
 *  - 'page': our content script running in an http(s) web page.
 * Anything else (another extension, data:/file: documents, a frame without a URL) is refused.
 */

/** The subset of runtime.MessageSender the checks need (kept structural for tests). */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface OwnIdentity {
  /** browser.runtime.id */
  runtimeId: string;
  /**
   * Our pages' origin, from browser.runtime.getURL('/'). On Firefox this is a per-install UUID
   * that differs from the runtime id, so it cannot be rebuilt from the id.
   */
  extensionOrigin: string;
}

export type SenderVerdict =
  | { ok: true; origin: 'extension'; url: string; tabId?: number }
  | { ok: true; origin: 'page'; url: string; tabId: number; frameId?: number }
  | { ok: false; error: string };

const WEB_PROTOCOLS = new Set(['http:', 'https:']);
/** Frames that inherit their parent's document origin; their tab's URL is the real page. */
const INHERITING_FRAMES = new Set(['about:blank', 'about:srcdoc']);

function parseUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

export function originOf(urlString: string): string | undefined {
  const url = parseUrl(urlString);
  if (!url) return undefined;
  // Extension URLs have an opaque `origin` ("null") in some runtimes: build it from the parts.
  return `${url.protocol}//${url.host}`;
}

export function checkSender(sender: MessageSenderLike | undefined, own: OwnIdentity): SenderVerdict {
  if (!sender) return { ok: false, error: 'refused: the message has no sender' };
  if (sender.id !== own.runtimeId) {
    return { ok: false, error: 'refused: the sender is not this extension' };
  }
  const ownOrigin = originOf(own.extensionOrigin);
  const url = parseUrl(sender.url);
  if (!url) return { ok: false, error: 'refused: the sender has no readable URL' };

  if (ownOrigin !== undefined && `${url.protocol}//${url.host}` === ownOrigin) {
    return { ok: true, origin: 'extension', url: url.href, tabId: sender.tab?.id };
  }
  if (url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:') {
    return { ok: false, error: "refused: the sender is another extension's page" };
  }

  // Everything else must be our content script inside a tab.
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) {
    return { ok: false, error: 'refused: a web page message must come from a browser tab' };
  }
  let pageUrl: URL | undefined = url;
  if (INHERITING_FRAMES.has(`${url.protocol}${url.pathname}`)) pageUrl = parseUrl(sender.tab?.url);
  if (!pageUrl || !WEB_PROTOCOLS.has(pageUrl.protocol)) {
    return { ok: false, error: `refused: messages are accepted only from http or https pages, not ${url.protocol}` };
  }
  return { ok: true, origin: 'page', url: pageUrl.href, tabId, frameId: sender.frameId };
}
