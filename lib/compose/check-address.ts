/**
 * Postal addresses for the private-data check: whose address it is, and the shapes the street
 * patterns in check-private.ts do not cover. A company's published place ("your head office at 1
 * Main St", "votre agence au 8 rue de Rivoli") is public; the writer's home is not.
 */

// "Your store at", "their head office on", "su tienda en", "Ihre Filiale in der", "a vossa loja na".
const COMPANY_PLACE =
  /\b(?:your|their|its|the\s+company['’]s|(?:the|a)\s+\p{Lu}[\p{L}\p{N}&'’-]+|su|sus|vuestra|vuestro|votre|vos|leur|ihre?|ihrem|ihrer|eure[rm]?|sua|seu|vossa|vosso)\s+(?:\p{L}+\s+){0,2}?(?:office|offices|head\s+office|hq|headquarters|store|shop|branch|depot|warehouse|showroom|outlet|site|premises|bank|station|centre|center|registered\s+office|tienda|oficina|sede|sucursal|almacén|agence|boutique|magasin|siège|entrepôt|filiale|geschäft|laden|lager|zentrale|büro|loja|agência|armazém|escritório)\s+(?:at|on|in|en|au|à|in\s+der|am|na|no|em|is|es|est|ist|é|:)?\s*(?:(?:unit|suite|shop|floor|level|building|bldg)\s*\w{0,4},?\s*)?$/iu;

// "The branch at 50 George Street": a branch or depot is always some company's, whatever the article.
const BRANCH_PLACE =
  /\b(?:the|this|that|el|la|le|der|die|das|o|a)\s+(?:local\s+|nearest\s+|main\s+)?(?:branch|depot|head\s+office|headquarters|hq|sucursal|agence|filiale|zentrale|agência)\s+(?:at|on|in|en|au|à|in\s+der|am|na|no|em)?\s*$/iu;

// "La tienda de la calle Mayor 14", "le magasin de la rue …": a shop's address is public.
const SHOP_PLACE =
  /\b(?:la|esa|esta|el|le|cette|ce|der|die|das|o|a|essa|aquela)\s+(?:tienda|supermercado|boutique|magasin|supermarché|laden|geschäft|supermarkt|loja)\s+(?:(?:de|del|la|en|der|na|no|da|do|au|à|du|des|em|in)\s+)+$/iu;

/** Whether the address that follows `before` is a company's published place. */
export function companyPlace(before: string): boolean {
  return COMPANY_PLACE.test(before) || BRANCH_PLACE.test(before) || SHOP_PLACE.test(before);
}

// Places nobody lives: "Meridian Retail Park", "Kingsway Business Park", "the Arndale Shopping Centre".
const COMMERCIAL =
  /\b(?:retail|business|industrial|trading|science|office|technology|enterprise)\s+(?:park|estate|centre|center)\b|\bshopping\s+(?:centre|center|mall|arcade)\b/iu;

export function commercialPlace(address: string): boolean {
  return COMMERCIAL.test(address);
}

// The address just given is a company's: "Your registered office is 1 Canal Wharf, Leeds LS1 4AP".
const PLACE_THEN_ADDRESS = /[^.!?]{0,70}$/u;

/** Whether a postcode ends an address that a company place introduced, in the same sentence. */
export function companyAddressBefore(before: string): boolean {
  const tail = PLACE_THEN_ADDRESS.exec(before)?.[0] ?? '';
  for (const m of tail.matchAll(/\d{1,5}\w?,?\s/gu)) if (companyPlace(tail.slice(0, m.index))) return true;
  return false;
}

// Where the writer lives or wants things sent: an address is being given.
const GIVING =
  /\b(?:address|addr|ship|deliver|send|post|live|living|lives|moved|flat|apartment|apt|house|home|dirección|domicilio|envíen|adresse|livrez|wohne|anschrift|lieferadresse|morada|endereço|moro|entreguem)\b[^.!?]{0,60}$/iu;

/** An Indian PIN (6 digits, no leading 0) after a town, where an address is being given: "Bengaluru 560001". */
export const INDIAN_PIN = /\b\p{Lu}[\p{L}-]+,?\s+([1-9]\d{2}\s?\d{3})(?![\p{L}\p{N}])/gu;

export function givingAddress(before: string): boolean {
  return GIVING.test(before);
}
