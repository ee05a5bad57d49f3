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

const PATTERN = new RegExp(
  `(?:^|[^a-z])(${LABEL})(?![a-z])\\s*(?:is|es|est|ist|lautet|:|#|=|\\s)*\\s*#?\\s*([a-z0-9][a-z0-9-]{2,24}[a-z0-9])(?![a-z0-9])`,
  'gi',
);
const PURCHASE = /(?:order|booking|tracking|confirmation|account|customer|invoice|model|serial|member|pedido|commande|bestell|kunden|reservation|reserva)\s*$/;

/** The first support reference written in `text`, as written; undefined when there is none. */
export function referenceInText(text: string): string | undefined {
  // Accents are stripped (Número → Numero) but case is kept, so the token comes out as written.
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
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
