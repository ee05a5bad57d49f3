/** Small DOM readers shared by the adapters (no dependencies: they run in the always-on script). */

/** A post's text. textContent, not innerText: innerText forces a layout for every post read. */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value.trim();
  return (el.textContent ?? '').replace(/\u200b/g, '').trim();
}

/** What a composer holds, line breaks included (read once, at publish time: layout is fine then). */
export function composerText(el: Element | null | undefined): string {
  if (!el) return '';
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value.trim();
  const html = el as HTMLElement;
  return (html.innerText ?? html.textContent ?? '').replace(/\u200b/g, '').trim();
}

export function absolute(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function timeOf(el: Element | null | undefined): number | undefined {
  const raw = el?.querySelector('time[datetime]')?.getAttribute('datetime');
  const at = raw ? Date.parse(raw) : NaN;
  return Number.isFinite(at) && at >= 0 ? at : undefined;
}

/** @mentions of X/Threads-style handles in free text. */
export function atMentions(text: string, pattern = /(?:^|[^\w@])@([A-Za-z0-9_]{1,30})(?![\w@])/g): string[] {
  return [...new Set([...text.matchAll(pattern)].map((m) => m[1] ?? '').filter(Boolean))];
}

/** A path without a trailing slash, for comparing permalinks. */
export function pathOf(url: string): string {
  try {
    // From the first slash of a run only: a run of slashes inside the path is crossed once.
    return new URL(url).pathname.replace(/(?<!\/)\/+$/, '');
  } catch {
    return '';
  }
}
