/**
 * The mail clients Paper Trail can read when the person switches it on (Options → Logging), and
 * the sites each runs on. These origins are optional host permissions: asked for when the person
 * switches a client on, never at install.
 */
export const MAIL_CLIENTS = {
  gmail: { name: 'Gmail', hosts: ['mail.google.com'] },
  outlook: { name: 'Outlook on the web', hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'] },
} as const;

export type MailClient = keyof typeof MAIL_CLIENTS;
export const MAIL_CLIENT_IDS = Object.keys(MAIL_CLIENTS) as MailClient[];

/** The match patterns of one client (https only, every path). */
export function mailOrigins(client: MailClient): string[] {
  return MAIL_CLIENTS[client].hosts.map((host) => `https://${host}/*`);
}

/** Every mail client's match patterns, for the manifest's optional host permissions. */
export function allMailOrigins(): string[] {
  return MAIL_CLIENT_IDS.flatMap(mailOrigins);
}

/** Which mail client a page is (https, the client's own host, default port), if any. */
export function mailClientOf(pageUrl: string | undefined): MailClient | undefined {
  if (pageUrl === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  const host = url.host.toLowerCase();
  return MAIL_CLIENT_IDS.find((client) => (MAIL_CLIENTS[client].hosts as readonly string[]).includes(host));
}
