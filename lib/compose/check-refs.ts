import { WORD_CHAR } from './check-letters';

/**
 * Reference cues: the words that say a number or code names a case, an order or a parcel ("order
 * no. 408-2231-77", "pedido nº", "dossier n°", "Sendungsnummer", "txn ID", "PNR", "policy no.",
 * "booking ref ABC123", "ticket #", tracking numbers). A reference is public: it is what a support
 * team asks for, never private data and never shouting. The cue counts only when it is the nearest
 * one: in "my order was paid with card 4539…" the card is named last, and the card is private.
 */

// Nouns that name a reference, in English, Spanish, French, German and Portuguese.
const REFERENCE_NOUNS = [
  // English
  'refs?',
  'reference',
  'case',
  'ticket',
  'complaint',
  'incident',
  'claim',
  'order',
  'booking',
  'reservation',
  'confirmation',
  'conf',
  'tracking',
  'track',
  'trace',
  'consignment',
  'shipment',
  'waybill',
  'awb',
  'parcel',
  'package',
  'request',
  'invoice',
  'receipt',
  'quote',
  'rma',
  'return',
  'job',
  'sr',
  'cr',
  'inc',
  'flight',
  'serial',
  'imei',
  'policy',
  'txn',
  'trx',
  'transaction',
  'payment',
  'pnr',
  'locator',
  'voucher',
  // A police or crime report and a company's registration: "police report number 55/…", "crime
  // ref", "company number 05551234", "VAT no.", "ABN", "SIRET", "CNPJ": public, never the writer's.
  'report',
  'crime',
  'company',
  'vat',
  'crn',
  'abn',
  'acn',
  'siret',
  'siren',
  'cnpj',
  'cif',
  // Spanish
  'pedido',
  'reserva',
  'localizador',
  'expediente',
  'incidencia',
  'reclamaci[oó]n',
  'factura',
  'env[ií]o',
  'seguimiento',
  'p[oó]liza',
  'caso',
  'referencia',
  // French
  'commande',
  'dossier',
  'r[ée]servation',
  'r[ée]f[ée]rence',
  'facture',
  'r[ée]clamation',
  'suivi',
  'colis',
  'billet',
  'sinistre',
  'demande',
  // German, with its compounds ("Sendungsnummer", "Bestell-Nr.")
  'bestellung',
  'auftrag',
  'vorgang',
  'buchung',
  'sendung',
  'rechnung',
  'reklamation',
  'aktenzeichen',
  '(?:sendungs|bestell|auftrags|vorgangs|buchungs|rechnungs|ticket|referenz|fall|tracking|paket|reklamations|schadens|storno|versicherungs|policen)-?(?:nummer|nr\\.?)',
  // Portuguese
  'encomenda',
  'protocolo',
  'fatura',
  'rastreio',
  'rastreamento',
  'reclama[çc][ãa]o',
  'chamado',
  'ocorr[êe]ncia',
  'ap[óo]lice',
  'bilhete',
  'processo',
];

// Nouns that name private data: when one comes after the reference noun, it is what the number is.
const PRIVATE_NOUNS =
  'card|tarjeta|carte|karte|cart[ãa]o|account|acct|iban|cuenta|compte|konto|conta|phone|mobile|tel[ée]fono|m[óo]vil|portable|handy|celular|telem[óo]vel';

// Word edges written with ./check-letters.ts's class: cheap to compile in a case-insensitive pattern.
const B = `(?<!${WORD_CHAR})`;
const E = `(?!${WORD_CHAR})`;
/** One reference noun, as a pattern source (case-insensitive, Unicode). */
export const REFERENCE_NOUN = `${B}(?:${REFERENCE_NOUNS.join('|')})${E}`;
// What may stand between the cue and the number: "no.", "nº", "number is", "ID:", "#", a carrier's
// name; at most three words, so "the payment failed, please text 07…" is not a reference.
const SEP = "[\\s#.:,'’()°º/-]";
// …then a list of further codes, each with a digit: "Ref QX-61366, OG-6667566, 3677607514".
const LIST = ',\\s*(?=[\\p{L}\\p{N}-]*\\d)[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*';
const BETWEEN = `(?:${SEP}+[\\p{L}\\p{N}]+){0,3}(?:${LIST}){0,4}${SEP}*`;

const REFERENCE_BEFORE = new RegExp(`${REFERENCE_NOUN}${BETWEEN}$|#\\s*$`, 'iu');
const PRIVATE_AFTER_CUE = new RegExp(`${B}(?:${PRIVATE_NOUNS})${E}`, 'iu');
const LAST_REFERENCE = new RegExp(REFERENCE_NOUN, 'giu');
const PRIVATE_BEFORE_HASH = new RegExp(`${B}(?:${PRIVATE_NOUNS})${E}[\\s\\p{L}.]{0,12}$`, 'iu');
const SPENT = /\d[\d\s./-]*\s\p{L}{3,}/u;
const PRIVATE_HEAD = new RegExp(
  `${B}(?:${PRIVATE_NOUNS})(?:\\s+(?:number|no\\.?|n[º°]|número|numéro|nummer))?\\s+(?:for|of|on|de|du|für|do|da|del)(?:\\s+(?:the|my|this|that|la|el|le|mon|ma|mi|o|a|meu|minha|die|der|das|meine?))?\\s*$`,
  'iu',
);

/** Whether the text just before a number or code says it is a reference, and nothing private is named after that cue. */
export function referenceBefore(before: string): boolean {
  const m = REFERENCE_BEFORE.exec(before);
  if (!m) return false;
  // A bare "#": a reference ("ticket #", "#"), unless it numbers a card or an account ("card #").
  if (m[0].startsWith('#')) return !PRIVATE_BEFORE_HASH.test(before.slice(0, m.index));
  let last = m.index;
  for (const r of before.matchAll(LAST_REFERENCE)) last = r.index;
  // "account number for the claim": the reference only says what the account number is for.
  if (PRIVATE_HEAD.test(before.slice(0, last))) return false;
  const after = before.slice(last);
  // "order 7721 should go to 4539…": the cue named its own number already, so this one is something else.
  if (SPENT.test(after)) return false;
  return !PRIVATE_AFTER_CUE.test(after);
}

// A code right after its cue ("PNR X7K9QL", "ref QXHJMN", "locator: ABCDEF"): printed text, not shouting.
const CODE_CUE = new RegExp(`${REFERENCE_NOUN}\\s*(?:no\\.?|n[º°]|number|num|id|code|#)?\\s*[:#]?\\s*$`, 'iu');

export function codeAfterCue(before: string): boolean {
  return CODE_CUE.test(before);
}
