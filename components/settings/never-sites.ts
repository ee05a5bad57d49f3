/**
 * Turns what a person typed ("https://www.Example.com/contact", "example.com") into the domain
 * stored on the "never on this site" list, or undefined when it is not a site address.
 */
export function siteFromInput(input: string): string | undefined {
  const raw = input.trim().toLowerCase();
  if (!raw) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `https://${raw}`).hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host) ? host : undefined;
}
