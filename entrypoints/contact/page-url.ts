/** The page address without its fragment, within the protocol's length limit. */
export function pageUrl(): string {
  return `${location.origin}${location.pathname}${location.search}`.slice(0, 2048);
}
