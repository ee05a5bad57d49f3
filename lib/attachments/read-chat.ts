/**
 * Reads the messages an open support chat shows, with their times: run in the page, only when the
 * person asks to save a transcript (scripting.executeScript under activeTab). It must be one
 * self-contained function — the browser serialises it, so it may use nothing from outside its
 * body — and it returns plain data that the extension checks with zod (ChatReading) before use.
 *
 * It looks in the page and in same-origin frames (most widgets draw into an about:blank frame);
 * a widget in a frame of another site is out of reach without host permissions.
 */
export function readVisibleChat(): {
  source: string;
  pageUrl: string;
  messages: { who: string; time?: string; text: string }[];
} {
  const MAX_MESSAGES = 2000;
  const MAX_TEXT = 4000;
  const CONTAINER =
    '[role="log"], [aria-live="polite"], [class*="chat" i], [id*="chat" i], [class*="messenger" i], [id*="messenger" i], [class*="conversation" i], [class*="transcript" i]';
  const MESSAGE =
    '[class*="message" i], [class*="msg" i], [class*="bubble" i], [role="listitem"], [role="article"], [data-message-id]';
  const TIME = 'time, [class*="time" i], [class*="date" i]';
  const AUTHOR = '[class*="author" i], [class*="sender" i], [class*="name" i]';
  const AGENT = /agent|operator|admin|bot|support|incoming|received|them/i;
  const SELF = /visitor|customer|user|self|mine|outgoing|sent|\bme\b/i;

  const visible = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return false;
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    return !style || (style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0');
  };
  const clean = (text: string | null | undefined, max: number): string =>
    (text ?? '')
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/\n\s*\n+/g, '\n')
      .trim()
      .slice(0, max);

  const documents: Document[] = [document];
  for (const frame of Array.from(document.querySelectorAll('iframe'))) {
    try {
      if (frame.contentDocument && visible(frame)) documents.push(frame.contentDocument);
    } catch {
      // A frame of another site: not readable, and skipped.
    }
  }

  let best: { container: Element; items: Element[] } | undefined;
  for (const doc of documents) {
    for (const container of Array.from(doc.querySelectorAll(CONTAINER))) {
      if (!visible(container)) continue;
      // Messages are the innermost matching elements (a bubble inside a message row counts once).
      const items = Array.from(container.querySelectorAll(MESSAGE)).filter(
        (el) => visible(el) && !el.querySelector(MESSAGE) && clean(el.textContent, 1).length > 0,
      );
      if (items.length > 0 && (!best || items.length > best.items.length)) best = { container, items };
    }
  }
  // Query strings are never stored (they can carry tokens and personal data).
  const pageUrl = location.href.split(/[?#]/)[0] ?? location.href;
  if (!best) return { source: document.title, pageUrl, messages: [] };

  const messages = best.items.slice(-MAX_MESSAGES).map((item) => {
    // The row a bubble sits in often carries the time, the author and who wrote it (its class).
    const row =
      item.closest('li, [role="listitem"], [class*="row" i], [class*="group" i]') ?? item.parentElement ?? item;
    const timeEl = item.querySelector(TIME) ?? row.querySelector(TIME);
    const time = clean(timeEl?.textContent, 40) || clean(timeEl?.getAttribute('datetime'), 40);
    const authorEl = item.querySelector(AUTHOR) ?? row.querySelector(AUTHOR);
    const marks = `${row.className} ${item.className} ${row.getAttribute('data-author') ?? ''}`;
    const who = clean(authorEl?.textContent, 80) || (SELF.test(marks) ? 'You' : AGENT.test(marks) ? 'Agent' : '');
    let text = clean((item as HTMLElement).innerText ?? item.textContent, MAX_TEXT + 200);
    for (const part of [time, clean(authorEl?.textContent, 80)])
      if (part && text.startsWith(part)) text = text.slice(part.length).trim();
    if (time && text.endsWith(time)) text = text.slice(0, -time.length).trim();
    return { who, ...(time ? { time } : {}), text: text.slice(0, MAX_TEXT) };
  });
  const title = clean(best.container.getAttribute('aria-label') ?? best.container.ownerDocument.title, 120);
  return { source: title || document.title, pageUrl, messages };
}
