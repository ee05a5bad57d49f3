import { fold } from './text';

/**
 * Case, ticket and reference numbers as companies write them after a contact:
 * "Your case number is 34871265", "Request #21734598", "Número de caso: 4471-2290",
 * "Numéro de dossier : DS-88213", "Ihre Vorgangsnummer lautet 2024-55871".
 * Order, booking and tracking numbers are NOT support references (they identify a purchase,
 * not a contact), so "Order #123" on a checkout page yields nothing.
 */
const LABEL = [
  // English: the noun, then an optional "number/no./#/ID".
  '(?:support |service )?(?:case|ticket|request|reference|ref|incident|complaint|enquiry|inquiry|claim)(?: (?:number|no\\.?|nr\\.?|num\\.?|id))?',
  // Spanish, French, Portuguese, Italian: "número de caso", "numéro de dossier", "n° de ticket".
  '(?:numero|num\\.?|n\\.?o|n°|nº|no\\.?) (?:de |du |do |di )?(?:caso|referencia|ticket|solicitud|incidencia|reclamacion|queja|dossier|demande|reference|reclamation|requete|incident|pedido de suporte|protocolo|pratica)',
  // German compounds: Fallnummer, Ticketnummer, Vorgangsnummer, Referenznummer, Aktenzeichen.
  '(?:fall|ticket|vorgangs|referenz|anfrage|beschwerde|support)-?(?:nummer|nr\\.?|id)|aktenzeichen|vorgang',
].join('|');

/**
 * Between the label and the reference: "is", ":", "#", "lautet"… with at most one space around
 * each, since the text is searched with its whitespace collapsed. Every quantifier matches a
 * bounded stretch (one space, at most eight separators), so the work at each position of the text
 * is bounded and a search is linear in the text. (Written as `\s*(?:is|…|\s)*\s*#?\s*`, four
 * quantifiers over the same spaces backtracked with the fourth power of a run of spaces: a page
 * with "Your ticket" and 1,000 spaces held the background for over a minute.)
 */
const SEPARATOR = ' ?(?:(?:is|es|est|ist|lautet|:|#|=) ?){0,8}#? ?';
const PATTERN = new RegExp(
  `(?:^|[^a-z])(${LABEL})(?![a-z])${SEPARATOR}([a-z0-9][a-z0-9-]{2,24}[a-z0-9])(?![a-z0-9])`,
  'gi',
);
/**
 * A reference stands near the top of a confirmation page: text beyond this is not searched. More
 * than a page reading holds (READING_LIMITS.text); the page part's own reads are capped here.
 */
export const REFERENCE_TEXT_LIMIT = 100_000;
const PURCHASE =
  /(?:order|booking|tracking|confirmation|account|customer|invoice|model|serial|member|pedido|commande|bestell|kunden|reservation|reserva)\s*$/;

/** The first support reference written in `text`, as written; undefined when there is none. */
export function referenceInText(text: string): string | undefined {
  // Accents are stripped (Número → Numero) but case is kept, so the token comes out as written.
  // Runs of whitespace (line breaks, no-break spaces) become one space: the pattern expects that.
  const plain = text
    .slice(0, REFERENCE_TEXT_LIMIT)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ');
  for (const match of plain.matchAll(PATTERN)) {
    const token = match[2] ?? '';
    // A reference carries at least three digits; "is", "optional" or "WW-" are not references.
    if ((token.match(/\d/g) ?? []).length < 3) continue;
    const at = match.index ?? 0;
    if (PURCHASE.test(fold(plain.slice(Math.max(0, at - 24), at + 1)))) continue;
    return token;
  }
  return undefined;
}
