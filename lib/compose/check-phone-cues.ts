/**
 * The words before a phone number that say whose it is, in the five languages. A person's ("call
 * me on", "my mobile", "mi móvil") is private; a company's line named as such ("your Madrid office
 * 91 123 45 67", "your official WhatsApp +91 …", "the helpline", "el teléfono de atención al
 * cliente", "Ihre Hotline") is public. The person's cue wins when both are there.
 */

import { REFERENCE_NOUN } from './check-refs';

const A = "['’]";

// "my order number", "mi número de póliza": a reference of mine, not my phone.
const NOT_A_REFERENCE = `(?!${REFERENCE_NOUN})`;
const OF_A_REFERENCE = `(?!\\s+(?:de|of|du|do|da|der|des|for)\\s+(?:(?:la|el|le|my|mon|ma|mi|the|o|a|meu|minha|mein|meine)\\s+)?${REFERENCE_NOUN})`;

export const PERSONAL = new RegExp(
  [
    `\\b(?:my|our|mine|his|her|mi|mon|ma|mein|meine|meu|minha)\\s+(?:${NOT_A_REFERENCE}\\p{L}+\\s+){0,2}?(?:number|phone|mobile|cell|cellphone|landline|tel|contact|número|numero|móvil|movil|teléfono|telefono|numéro|portable|nummer|handy|handynummer|telefonnummer|celular|telefone|telemóvel|whatsapp)\\b${OF_A_REFERENCE}`,
    '\\b(?:call|text|ring|phone|reach|contact|whatsapp|message|sms|tel|txt)\\s+(?:me|us)\\b',
    '\\bme\\s+(?:at|on)\\s*$',
    `\\b(?:llámame|llamadme|llámenme|escríbeme|appelez-moi|appelle-moi|rappelez-moi|joignable|rufen\\s+sie\\s+mich|ruf\\s+mich|erreichbar|me\\s+liga|me\\s+ligue|liga\\s+pra\\s+mim|i(?:${A}m|\\s+am)\\s+(?:on|at))\\b`,
  ].join('|'),
  'iu',
);

// Whose line it is: the reader's, the company's ("Northline's"), or "the"/"official" one.
const OWNER =
  "(?:your|the|their|its|official|company|\\p{Lu}[\\p{L}&]+['’]s|vuestr[oa]s?|su|sus|el|la|los|del|al|votre|vos|le|du|au|ihre?|ihren|ihrer|die|der|den|o|a|do|da|no|na|seu|sua)";
// The line itself, or the part of the company it belongs to.
const LINE_NOUN = [
  'line',
  'lines',
  'number',
  'numbers',
  'no\\.?',
  'helpline',
  'hotline',
  'switchboard',
  'freephone',
  'office',
  'offices',
  'branch',
  'store',
  'shop',
  'desk',
  'depot',
  'headquarters',
  'hq',
  'reception',
  'call\\s+cent(?:re|er)',
  'customer\\s+(?:service|services|care|support|relations)',
  'support',
  'service',
  'team',
  'department',
  'whatsapp',
  // Spanish
  'oficina',
  'tienda',
  'sucursal',
  'centralita',
  'teléfono',
  'número',
  'línea',
  'atención\\s+al\\s+cliente',
  'servicio\\s+(?:de\\s+atención|técnico|al\\s+cliente)',
  // French
  'agence',
  'boutique',
  'magasin',
  'standard',
  'service\\s+(?:client|clients|clientèle|consommateurs)',
  'numéro',
  // German
  'filiale',
  'zentrale',
  'kundenservice',
  'kundendienst',
  'servicenummer',
  'rufnummer',
  'telefonnummer',
  'geschäftsstelle',
  'niederlassung',
  // Portuguese
  'loja',
  'agência',
  'central(?:\\s+de\\s+atendimento)?',
  'sac',
  'atendimento',
  'escritório',
  'telefone',
  'linha',
  'siège',
  'sede',
];
// Between the line and the number: "number", "official", a place ("de Madrid", "of your HQ",
// "do shopping", "in Köln"), then "is", "on", "at", "al", "au", "unter", "no" or a comma.
const PLACE =
  "(?:d['’]|(?:of|in|on|from|at|de|del|du|des|à|en|em|do|da|dos|das|no|na|im|am|von|für)\\s+)(?:(?:your|the|votre|vuestra|vuestro|la|el|le|ihrer|ihrem|der|dem|vocês)\\s+)?\\p{L}+";
const LINK = `(?:\\s+(?:number|no\\.?|line|oficial|officiel|officielle|${PLACE}))*\\s*(?:is|was|es|est|ist|é|lautet|:|,|-|–)?\\s*(?:on|at|el|al|au|unter|no|pelo|:)?\\s*\\(?$`;

export const COMPANY = new RegExp(
  [
    `\\b${OWNER}\\s+(?:\\p{L}+\\s+){0,3}?(?:${LINE_NOUN.join('|')})${LINK}`,
    '\\b(?:free|freephone|toll[- ]free|hot|contact|complaints?|billing|sales|business|main|us|uk)\\s+(?:\\p{L}+\\s+){0,2}?(?:line|lines|number|numbers|no\\.?)\\s*(?:is|was|:|on|at)?\\s*$',
    // "I rang 0345…", "called you on", "phoned the store directly on": the company was the one called.
    '\\b(?:called|rang|dialled|dialed|phoned|tried|call|ring|dial)\\s+(?:(?:you|(?:your|the)\\s+\\p{L}+)\\s+)?(?:\\p{L}+ly\\s+)?(?:on\\s+|at\\s+)?$',
    '\\b(?:llam[ée]|llamo)\\s+al\\s*$|\\bappel[ée]\\s+le\\s*$|\\bangerufen\\b|\\bliguei\\s+para\\s*$',
  ].join('|'),
  'iu',
);

// A channel named as the company's ("your official WhatsApp", "the helpline") may be a mobile number.
export const COMPANY_CHANNEL =
  /\b(?:official|oficial|officiel(?:le)?|helpline|hotline|whatsapp|customer\s+(?:service|care|support)|support\s+line|atención\s+al\s+cliente|servicio\s+de\s+atención|service\s+client\w*|ligne\s+d['’]assistance|kundenservice|kundendienst|servicenummer|sac|atendimento|linha\s+de\s+apoio|apoio\s+ao\s+cliente)\b/iu;

// The cue says the line is the reader's: "your", "vuestra", "votre", "Ihre", "de vocês", "Northline's".
const READER_WORD = /\b(?:your|official|vuestr[oa]s?|votre|vos|ihre?n?|de\s+vocês|oficial|officiel(?:le)?)\b/iu;
const BRAND_OWNS = /\p{Lu}[\p{L}&]+['’]s\b/u;

export function readerOwns(cue: string): boolean {
  return READER_WORD.test(cue) || BRAND_OWNS.test(cue);
}
