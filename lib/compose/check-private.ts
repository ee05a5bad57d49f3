import { t } from '../i18n';
import { DATE_WITH_YEAR, cardShaped, digitsOf, ibanValid, luhnValid } from './check-ids';
import { commercialPlace, companyAddressBefore, companyPlace, givingAddress, INDIAN_PIN } from './check-address';
import { publicAddress } from './check-email';
import { phoneHits } from './check-phone';
import { referenceBefore } from './check-refs';
import type { Finding } from './findings';
import { protectedSpans } from './tokens';

export { ibanValid, luhnValid } from './check-ids';

/**
 * Private data that belongs in a DM, never in a public post: emails, card numbers, IBANs, PINs and
 * passwords, dates of birth, personal phone numbers, addresses and postcodes, account and identity
 * numbers. Public things are allowed: reference numbers ("ref 123", "case #456"), a company's own
 * freephone line or role address (complaints@…), a card's last four digits.
 */

type PrivateKey = 'email' | 'iban' | 'card' | 'phone' | 'address' | 'postcode' | 'account' | 'secret' | 'birth';

interface Detector {
  re: RegExp;
  key: PrivateKey;
  /** Which capture group is the private part (the whole match when absent). */
  group?: number;
  accept?: (m: RegExpExecArray, text: string) => boolean;
}

const ACCOUNT_CUE =
  /\b(?:account|acct|a\/c|customer|client|member(?:ship)?|card|sort code|iban|routing|subscriber|meter|social security|ssn|passport|licen[cs]e|cuenta|cliente|socio|compte|kunden|konto|vertrags|mitglieds|conta|nif|dni|nie|cpf|national insurance|ni|nhs|tax)\b[\s\p{L}.#:'’-]{0,20}$|(?:kundennummer|kontonummer|vertragsnummer|mitgliedsnummer)[\s:.#]*$/iu;
const ENDING_CUE = /\b(?:ending|ends|last (?:four|4|digits))(?: (?:in|with))?\s*$/iu;

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const STREET_SUFFIX =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Close|Way|Place|Pl|Terrace|Tce|Crescent|Cres|Parade|Pde|Circuit|Cct|Esplanade|Esp|Gardens|Parkway|Pkwy|Highway|Hwy|Square|Sq|Row|Mews|Grove|Hill|Walk|View|Heights|Rise|Manor|Cottages|Villas|Vale|Quay|Wharf|Parade|Green|Lodge|Estate|Park';
const NAME = "\\p{Lu}[\\p{L}'’-]+";

const PIN_CUE =
  'pin(?:\\s*(?:code|number|no\\.?))?|passcode|pass code|puk|cvv2?|cvc|csc|otp|one[- ]time (?:code|passcode|password)|verification code|security (?:code|number|answer)|access code|login code|code pin|clave|geheimzahl|código(?: pin| de seguridad| de segurança)?';
const PASSWORD_CUE = 'password|passwd|pwd|contraseña|mot de passe|passwort|kennwort|senha';
const ANSWER_CUE =
  "security (?:answer|word|question answer)|memorable (?:word|answer|information)|secret answer|mother['’]?s maiden name|respuesta de seguridad|réponse secrète|sicherheitsantwort|resposta de segurança";
// Qualifiers that make a "code" public: an error code, a promo code, a postcode.
const PUBLIC_CODE =
  '(?<!(?:error|promo|discount|voucher|post|zip|area|tracking|booking|confirmation|product|fault|reference|country|dialling|dialing|bar|qr|coupon|gift|status|tax|sort)\\s)';
const SAYS = '\\s*(?:is|was|es|est|ist|é|era|lautet|:|=|-)?\\s*(?:is\\s*)?:?\\s*';
const NOT_A_COUNT = '(?!\\s*(?:times|digits?|-digit|attempts|tries|characters|veces|fois|mal|vezes|x)\\b)';
// A password of letters only ("letmein"), after "is" or "to", unless it says how the password is.
const WORD_PASSWORD =
  '(?!(?:wrong|not|incorrect|invalid|expired|correct|right|locked|blocked|working|too|the|my|a|an|being|still|case|now|fine|ok|okay|reset|changed|rejected|accepted|weak|strong|new|old|same|different|saved|required|lost|forgotten|broken|no|never|always|something|anything|long|short|simple|secure|longer|shorter|stronger)(?![\\p{L}]))\\p{L}{4,}(?=\\s*(?:[,.;!?]|$|and\\b|but\\b|so\\b))';
const DOB_CUE =
  'date of birth|birth ?date|d\\.?o\\.?b\\.?|born(?: on| in)?|birthday(?:\\s+is|\\s*:)|fecha de nacimiento|nacid[oa] el|nací el|n[ée]e? le|date de naissance|geboren am|geburtsdatum|geb\\.|data de nascimento|nascid[oa] em|nasci em';

const DETECTORS: Detector[] = [
  {
    re: /(?<![@\w.+-])([\w.+-]+)@((?:[\w-]+\.)+[A-Za-z]{2,})\b/gu,
    key: 'email',
    accept: (m, text) => !publicAddress(m[1] ?? '', m[2] ?? '', text),
  },
  // "j.smith at gmail dot com": the spelled-out form people use to dodge scrapers.
  {
    re: /\b[\w.+-]+\s*(?:\(at\)|\[at\]|\sat\s)\s*[\w-]+\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*[a-z]{2,}(?:\s*(?:\sdot\s|\.)\s*[a-z]{2,})?\b/giu,
    key: 'email',
  },
  // Spaced in capitals ("GB82 WEST 1234 5698 7654 32"), or written whole in any case.
  {
    re: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b|\b[A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30}\b/gu,
    key: 'iban',
    accept: (m) => ibanValid(m[0]),
  },
  {
    re: /(?<![\w.])\d(?:[ -]{0,2}\d){12,18}(?![\w.])/gu,
    key: 'card',
    accept: (m, text) =>
      luhnValid(digitsOf(m[0])) && cardShaped(m[0]) && !referenceBefore(text.slice(Math.max(0, m.index - 40), m.index)),
  },
  // "my PIN is 4821", "CVV 123", "mi PIN es 1234" — but not "my PIN 3 times" or "a 6-digit passcode".
  { re: new RegExp(`\\b(?:${PIN_CUE})\\b${SAYS}(\\d{3,8})\\b${NOT_A_COUNT}`, 'giu'), key: 'secret', group: 1 },
  // "Change the PIN to 7731".
  { re: new RegExp(`\\b(?:${PIN_CUE})\\s+(?:to|as)\\s+(\\d{3,8})\\b${NOT_A_COUNT}`, 'giu'), key: 'secret', group: 1 },
  // "the code they texted me is 482913"
  {
    re: new RegExp(
      `${PUBLIC_CODE}\\b(?:code|pin|otp|passcode)\\s+(?:\\p{L}+\\s+){1,4}?(?:is|was|:)\\s*(\\d{4,8})\\b${NOT_A_COUNT}`,
      'giu',
    ),
    key: 'secret',
    group: 1,
  },
  { re: new RegExp(`\\b(?:${ANSWER_CUE})\\b${SAYS}(\\p{L}[\\p{L}\\p{N}'’-]{2,})`, 'giu'), key: 'secret', group: 1 },
  { re: new RegExp(`\\b(?:${PASSWORD_CUE})\\b${SAYS}(\\S*(?:\\d|[!@#$%^&*_+=])\\S*)`, 'giu'), key: 'secret', group: 1 },
  // "Reset my password to Bluebird99", "the password for my account is letmein".
  {
    re: new RegExp(
      `\\b(?:${PASSWORD_CUE})\\b(?:\\s+(?:for|on|to|of)\\s+(?:my|the|our|this)\\s+\\p{L}+)?(?:\\s+(?:reset|changed|set|updated))?(?:\\s+(?:is|was|es|est|ist|é|era|lautet|to|as)\\s*:?\\s*|\\s*[:=]\\s*)(\\S*(?:\\d|[!@#$%^&*_+=])\\S*|${WORD_PASSWORD})`,
      'giu',
    ),
    key: 'secret',
    group: 1,
  },
  // "Bank login is jonno_mac / Kangaroo2024", "username: jdoe | pass: …": a login given as a pair.
  {
    re: /\b(?:log-?in|log\s+in\s+details|sign-?in(?:\s+details)?|credentials|user\s?name|user\s+id)\s*(?:details\s*)?(?:is|are|was|were|:|=)\s*([^\s/|,]{3,}\s*[/|:]\s*[^\s/|,]{3,})/giu,
    key: 'secret',
    group: 1,
  },
  { re: new RegExp(`\\breset\\s+it\\s+to\\s+(\\S*(?:\\d|[!@#$%^&*_+=])\\S*)`, 'giu'), key: 'secret', group: 1 },
  // "DOB 03-11-1979", "my DOB for the booking is 12/04/1979".
  { re: new RegExp(`\\b(?:${DOB_CUE})\\b[^.!?\\d]{0,25}?(${DATE_WITH_YEAR})`, 'giu'), key: 'birth', group: 1 },
  {
    re: new RegExp(
      `\\b\\d{1,5}[A-Za-z]?,?\\s+(?:(?:${NAME}|\\d+(?:st|nd|rd|th))\\s+){1,3}(?:${STREET_SUFFIX})\\b\\.?`,
      'gu',
    ),
    key: 'address',
    accept: notCompanyPlace,
  },
  // 17 Rue de la Paix; Calle Mayor 12; Rua Augusta 100; Hauptstraße 5.
  {
    re: new RegExp(
      `\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route)\\s+(?:(?:de|du|des|la|le|l['’]|d['’])\\s*)*${NAME}`,
      'giu',
    ),
    key: 'address',
    accept: notCompanyPlace,
  },
  {
    re: new RegExp(
      `\\b(?:calle|c/|avenida|avda\\.?|paseo|plaza|camino|carrer|rua|travessa|largo|praça|alameda|estrada)\\s+(?:(?:de|del|la|las|los|da|do|das|dos)\\s+)*${NAME}(?:\\s+${NAME}){0,3},?\\s*(?:n[º°o]\\.?\\s*)?\\d{1,5}\\b`,
      'giu',
    ),
    key: 'address',
    accept: notCompanyPlace,
  },
  {
    re: /\b\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|gasse|allee|platz|weg)\s+\d{1,4}[a-z]?\b/gu,
    key: 'address',
    accept: notCompanyPlace,
  },
  {
    // UK postcodes; written without the space only where an address is being given, since
    // booking codes share the shape ("PNR X7K9QL").
    re: /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/gu,
    key: 'postcode',
    accept: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (referenceBefore(before) || companyAddressBefore(text.slice(Math.max(0, m.index - 80), m.index))) return false;
      return m[0].includes(' ') || /\b(?:post ?code|postal|zip|address|live|deliver|send)\b[^.!?]*$/iu.test(before);
    },
  },
  {
    // Irish Eircodes ("D08 X2Y7"): a routing key and a unique identifier with a letter in it.
    re: /\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?(?=[\dAC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[\dAC-FHKNPRTV-Y]{4}\b/gu,
    key: 'postcode',
    accept: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (referenceBefore(before)) return false;
      return /\beircode\b/iu.test(before) || (m[0].includes(' ') && givingAddress(before));
    },
  },
  {
    re: INDIAN_PIN,
    key: 'postcode',
    group: 1,
    accept: (m, text) => givingAddress(text.slice(Math.max(0, m.index - 80), m.index)),
  },
  { re: new RegExp(`\\b(?:${US_STATES}),? \\d{5}(?:-\\d{4})?\\b|\\b\\d{5}-\\d{4}\\b`, 'gu'), key: 'postcode' },
  // Australian postcodes after a town and state: "Wollongong NSW 2500", "Fremantle, WA 6160".
  {
    re: /\b\p{Lu}[\p{L}-]+,?\s+(?:NSW|VIC|QLD|TAS|ACT|NT|WA|SA),?\s+(\d{4})\b/gu,
    key: 'postcode',
    group: 1,
    accept: (m, text) => !companyAddressBefore(text.slice(Math.max(0, m.index - 80), m.index)),
  },
  {
    // Long numbers that are not references: account or customer numbers.
    re: /(?<![\w.,/:-])\d(?:[ -]?\d){5,}(?![\w.,/:-]\d|\w)/gu,
    key: 'account',
    accept: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (ENDING_CUE.test(before) || referenceBefore(before)) return false;
      if (ACCOUNT_CUE.test(before)) return true;
      return digitsOf(m[0]).length >= 8 && !/[£$€]\s*$/u.test(before);
    },
  },
  {
    // "account number AB-123456", "customer no. X12345678", "DNI 12345678Z", "Medicare number 5555 12345 1"
    // National ID numbers by their usual names: Irish PPS, Indian Aadhaar, Nigerian BVN, Mexican CURP,
    // and the short ones ("SIN", "TFN", "PAN") only before "number".
    re: /\b(?:account|acct|customer|client|member(?:ship)?|cliente|socio|compte|kunden|conta|dni|nie|nif|cpf|passport|ssn|national insurance|social security|driving licen[cs]e|ppsn?|aadhaa?r|bvn|curp|steuer-?id|nric|mykad|medicare(?:\s+card)?|(?:ni|nhs|tax|licen[cs]e|sin|tfn|tin|sss|pan|nin|id|national id|identity)(?=\s*(?:number|no\b|#)))\s*(?:number|no\.?|num|id|#|número|numéro|nummer|n[º°])?\s*(?:is|es|est|ist|é)?\s*:?\s*#?([A-Z0-9](?:[A-Z0-9.-]|(?<=\d)\s(?=\d))(?:[A-Z0-9.-]|(?<=\d)\s(?=\d{1,5}\b)){3,})\b/giu,
    key: 'account',
    group: 1,
    accept: (m) => /\d{4}/u.test(m[1] ?? '') && !/^\d{1,4}$/u.test(m[1] ?? ''),
  },
  {
    // Identity papers named in the other four languages, whose numbers mix letters and digits
    // ("Ausweisnummer L01X00T47", "pasaporte PAA123456", "numéro de passeport 12AB34567").
    re: /\b(?:personalausweis|ausweis|reisepass|passnummer|pasaporte|passeport|passaporte|carte\s+d['’]identit[ée]|documento\s+de\s+identidad|cart[ãa]o\s+de\s+cidad[ãa]o)(?:nummer|-?nr\.?)?\s*(?:number|no\.?|nº|n°|#)?\s*(?:is|es|est|ist|é)?\s*:?\s*#?([A-Z0-9]{6,12})\b/giu,
    key: 'account',
    group: 1,
    accept: (m) => digitsOf(m[1] ?? '').length >= 3,
  },
];

// "The store at 115 High Street": a shop on a shopping street is a public place.
const SHOP_AT = /\b(?:the|this|that)\s+(?:store|shop|outlet|supermarket)\s+(?:at|on)\s*$/iu;
// Headline style, "Store at 45 Orchard Road #01-12 still closed?": a shop opening the sentence is a business.
const SHOP_OPENS =
  /(?:^|[.!?]\s+|@\S+\s+)(?:store|shop|outlet|supermarket|branch|restaurant|café|cafe|pharmacy)\s+(?:at|on)\s*$/iu;
const SHOPPING_STREET = /^\d+\w?\s+(?:High|Main|Market|Commercial)\s+(?:Street|St)\b/u;

function notCompanyPlace(m: RegExpExecArray, text: string): boolean {
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  if (SHOP_AT.test(before) && SHOPPING_STREET.test(text.slice(m.index, m.index + 40))) return false;
  if (SHOP_OPENS.test(before)) return false;
  if (commercialPlace(m[0])) return false;
  return !companyPlace(before);
}

function privateFinding(start: number, end: number, key: PrivateKey): Finding {
  return {
    start,
    end,
    kind: 'private',
    message: t(`compose.check.private.${key}`),
    suggestion: t('compose.check.private.suggestion'),
  };
}

export function privateFindings(text: string): Finding[] {
  const found: Finding[] = [];
  // Handles (@EC1A1BB, @user5551234567@server) and links are public, whatever they look like.
  const spans = protectedSpans(text);
  // Company lines found among the phone numbers: public, so no later rule may call them an account number.
  const cleared: { start: number; end: number }[] = [];
  const covered = (start: number, end: number) => [...found, ...cleared].some((f) => start < f.end && end > f.start);
  const shielded = (start: number, end: number, key: PrivateKey) =>
    key !== 'email' && spans.some((s) => start < s.end && end > s.start);
  for (const { re, key, group, accept } of DETECTORS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (accept && !accept(m, text)) continue;
      const part = group === undefined ? m[0] : (m[group] ?? '');
      const start = group === undefined ? m.index : m.index + m[0].lastIndexOf(part);
      const end = start + part.replace(/[.,\s]+$/u, '').length;
      if (covered(start, end) || shielded(start, end, key)) continue;
      found.push(privateFinding(start, end, key));
    }
    // Phones go after cards and IBANs (which can look like long phone numbers), before addresses.
    if (key === 'card') {
      for (const p of phoneHits(text)) {
        if (covered(p.start, p.end) || shielded(p.start, p.end, 'phone')) continue;
        if (p.personal) found.push(privateFinding(p.start, p.end, 'phone'));
        else cleared.push(p);
      }
    }
  }
  return found;
}
