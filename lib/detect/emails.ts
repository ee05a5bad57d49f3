/** Email addresses written on a page or behind mailto: links, lower-cased. */

// Not preceded by "@" or a word character: "@dana_w@mastodon.social" is a fediverse handle.
const EMAIL = /(?<![\w@.+%-])[a-z0-9][\w.%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,24}(?![\w@-])/gi;
// Asset names such as logo@2x.png look like addresses.
const NOT_AN_ADDRESS = /\.(png|jpe?g|gif|svg|webp|css|js)$/i;

export function emailsInText(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(EMAIL)) {
    const address = match[0].toLowerCase().replace(/\.$/, '');
    if (!NOT_AN_ADDRESS.test(address)) found.add(address);
  }
  return [...found];
}

/** The addresses of a mailto: link (several may be comma-separated) and its subject. */
export function parseMailto(href: string): { to: string[]; subject?: string } {
  let to: string[] = [];
  let subject: string | undefined;
  try {
    const [path = '', query = ''] = href.replace(/^mailto:/i, '').split('?');
    to = emailsInText(decodeURIComponent(path).replace(/,/g, ' '));
    subject = new URLSearchParams(query).get('subject') ?? undefined;
  } catch {
    // A malformed link yields nothing rather than a guess.
  }
  return subject ? { to, subject } : { to };
}
