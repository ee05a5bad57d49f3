/** What the page says about the company behind it; the background resolves it to a record. */
export interface CompanyHintData {
  host: string;
  name?: string;
}

// Site names often carry the section: "Ryanair Help Centre", "Samsung Support".
const SECTION =
  /\s*[-|:·–—]?\s*(?:help ?cent(?:re|er)|support(?: cent(?:re|er))?|customer (?:service|care)|service client|kundenservice|centro de ayuda|asistencia|community|official site)$/i;

function clean(name: string | null | undefined): string | undefined {
  // Some sites double-escape their meta tags ("Wick &amp;amp; Whistle").
  const value = (name ?? '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim().replace(SECTION, '').trim();
  return value && value.length <= 120 ? value : undefined;
}

/** JSON-LD blocks as written, parsed defensively (pages ship broken JSON surprisingly often). */
export function parseJsonLd(blocks: readonly string[]): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      nodes.push(record);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block));
    } catch {
      // Ignore a broken block; the others may still be good.
    }
  }
  return nodes;
}

/** The node's @type, which may be a string or a list of strings. */
function typeOf(node: Record<string, unknown>): string {
  const type = node['@type'];
  return Array.isArray(type)
    ? type.filter((t) => typeof t === 'string').join(' ')
    : typeof type === 'string'
      ? type
      : '';
}

/** JSON-LD Organization name, og:site_name, then the brand part of the title; plus the host. */
export function companyHint(
  ld: readonly Record<string, unknown>[],
  siteName: string | undefined,
  title: string,
  host: string,
): CompanyHintData {
  const org = ld.find((node) => /Organization|Corporation|LocalBusiness|Airline|Store/.test(typeOf(node)));
  // A separator between spaces: "Contact us | Acme". The look-behind starts a try only at the first
  // space of a run, so a long run of spaces is crossed once, not once per space (quadratic).
  const parts = title.split(/(?<!\s)\s+[|–—·:-]\s+/);
  const fromTitle = parts.length > 1 ? parts[parts.length - 1] : undefined;
  const name = clean(typeof org?.name === 'string' ? org.name : undefined) ?? clean(siteName) ?? clean(fromTitle);
  return name ? { host, name } : { host };
}

/** A schema.org ContactPoint in JSON-LD. */
export function hasContactPoint(ld: readonly Record<string, unknown>[]): boolean {
  return ld.some((node) => node.contactPoint !== undefined || /ContactPoint/.test(typeOf(node)));
}
