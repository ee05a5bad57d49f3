/** The host of the page a message came from (`ctx.url`), or undefined when there is none to read. */
export function pageHost(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host : undefined;
  } catch {
    return undefined;
  }
}
