import { DERIVED_INTL, MORE_COMMON } from './check-caps-words';

/**
 * Vocabulary for telling shouting from capitals that carry meaning. A word in capitals is shouted
 * when it is an ordinary word (below) or an obviously derived one (UNACCEPTABLE, FURIOUS); names
 * (JOHN SMITH), brands (SAMSUNG), booking codes (QXHJMN) and acronyms are neither.
 */

/** Short capitalised words that are acronyms even though they are also English words or look like them. */
export const ACRONYMS = new Set([
  'HTTPS',
  'HTTP',
  'HIPAA',
  'CISAS',
  'OFCOM',
  'OFGEM',
  'OFWAT',
  'FINRA',
  'NASDAQ',
  'NHTSA',
  'FEMA',
  'USAA',
  'ISP',
  'UK',
  'US',
  'USA',
  'EU',
  'ATM',
  'FAQ',
  'FCC',
  'FCA',
  'FTC',
  'CFPB',
  'BBB',
  'DOT',
  'CAA',
  'DM',
  'DMS',
  'OK',
  'PS',
  'ID',
  'PIN',
  'SIM',
  'ETA',
  'ASAP',
  'GDPR',
  'CCPA',
  'SMS',
  'PDF',
  'URL',
  'TV',
  'PC',
  'IT',
  'AM',
  'PM',
  'UTC',
  'GMT',
  'BST',
  'EST',
  'PST',
  'CET',
  'VAT',
  'IBAN',
  'SWIFT',
  'IMEI',
  'ICCID',
  'HDMI',
  'USB',
  'WIFI',
  'LTE',
  'VOIP',
  'NHS',
  'DVLA',
  'HMRC',
  'TFL',
  'CEO',
  'CTO',
  'CFO',
  'VIP',
  'RMA',
  'SLA',
  'KYC',
  'AML',
  'MOT',
  'LED',
  'OLED',
  'QLED',
  'PUK',
  'UHD',
  'RAM',
  'SSD',
  'CPU',
  'GPU',
  'OS',
  'IOS',
  'API',
  'ACH',
  'APR',
  'EV',
  'NYC',
  'LA',
  'DC',
  'NY',
  'CA',
  'TX',
  'FL',
  'PNR',
  'PIR',
  'IATA',
  'SAMSUNG',
  // Carriers, operators and services known by their letters; "UPS" is not "UP" shouted.
  'UPS',
  'USPS',
  'DHL',
  'DPD',
  'GLS',
  'TNT',
  'BT',
  'EE',
  'SSE',
  'EDF',
  'RBS',
  'HSBC',
  'TSB',
  'KLM',
  'SNCF',
  'TGV',
  'DB',
  'ICE',
  'RENFE',
  'AVE',
  'CTT',
  'TAP',
  'IKEA',
]);

/** Acronyms that are also everyday words: inside a shouted run they are words ("FIX IT NOW", "HELP US"). */
export const WORD_ACRONYMS = new Set(['IT', 'US', 'AM', 'OK', 'DOT']);

/** Ordinary words (English first, then a few Spanish, French, German and Portuguese ones): in capitals, shouting. */
const COMMON = `
a about absolutely actually after again against all already also always am an and another answer answered answers any
anybody anyone anything are area as ask asked asking at away back bad be because been before being best better bill
bills broken but by call called calling calls came can cancel cancelled cannot care charge charged charges check
clearly come company complaint completely contract could customer customers day days did do does done down during each
email enough even ever every everyone everything fault fed fee fees final first five fix fixed for four fourth from
full furious get getting give given go going gone good got had has hate have having he help her here him his hold home
hour hours how i if in into is it its just keep know last late least left less let lie lies like line lost lot made
make many may me mean money month months more most much must my need needed never new next nine no nobody none not note
nothing now of off on once one only or other our out over paid pay people phone please promised properly really
refund refunded reply right said same say second see seriously service seven she should since six sick so some someone
something still stop such take ten than thank thanks that the their them then there these they thing things third this
those three through time times tired to today told too totally twice two under until up urgent us very wait waited waiting
want wanted was way we week weeks well were what when where which while who why will with without won work working
worse worst would wrong year years yes yet you your yours dont cant wont isnt didnt doesnt havent hasnt wasnt
werent im ive youre theyre thats whats

account address agent agents app apply bag bags baggage bank booking box branch broadband business card cash
change charged chat claim complaint complaints contact cost courier credit deal debit delay delayed delivery deposit
device driver engineer error everybody fare flight flights form free guarantee hotel house internet invoice item
job letter list luggage manager message mobile network nothing number office online order orders package parcel
password payment phone plan police post price problem product promise receipt replace replacement report return
returned returns room router seat send sent signal sorry staff store support system team ticket tickets train trip
warranty website wifi wrong close closed open respond listen read ignore sort
took taken gave kept sent spent stole stolen broke brought bought thought taught caught found held lied cheated
robbed charging overcharged overcharging keeps taking stealing ignoring lying

nadie nunca nada ya ahora siempre todo todos ayuda basta dinero
jamais rien personne toujours maintenant aide assez argent
nie niemand nichts immer sofort jetzt hilfe genug geld
ninguém ninguem agora sempre ajuda chega dinheiro urgente
tres cuatro cinco días dias semana semanas mes meses años deux trois quatre cinq jours semaine semaines mois ans
zwei drei vier fünf tage woche wochen monat monate jahre duas três quatro cinco semanas anos
`;

const COMMON_WORDS = new Set(
  COMMON.split(/\s+/u)
    .filter(Boolean)
    .map((w) => w.toUpperCase()),
);

/**
 * Function words of Spanish, French, German and Portuguese: shouted only alongside other words
 * ("QUIERO HABLAR CON UN RESPONSABLE"). Name particles (de, da, dos, van…) are not among them, so
 * "MARIA DA SILVA DOS SANTOS" stays a name.
 */
export const FUNCTION_WORDS = new Set(
  `
  el los las un una unos unas y en con por para que mi mis tu su sus es al lo te se nos yo ya muy esto eso
  le les une et ou avec pour mon ma mes ton ta vos votre nous vous je il on pas est au aux ne ce cest jai ça cela
  der die das den dem ein eine und oder mit für ich du er wir sie mein meine nicht ist zu im am auf
  um uma ou em com por para meu minha não é ao na eu você vocês isso isto
  hasta cuándo cuando qué cómo dónde porqué hay está están quand pourquoi comment toujours encore
  wann warum wie was noch immer quando até porque ainda estão
  `
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => w.toUpperCase()),
);

/** Name particles: shouted only beside an ordinary shouted word ("CHEGA DE …"), never in a name alone. */
const PARTICLES = new Set(['DE', 'DA', 'DO', 'DOS', 'DAS', 'DEL', 'DI', 'DU', 'DES', 'VAN', 'VON']);

/** Days and months, which are shouted only alongside other words ("SINCE MARCH"). */
const CALENDAR =
  /^(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY$|^(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)$/u;

// Derived English words (-able, -ous, -less…) are ordinary words; names rarely end this way.
const DERIVED = /^[A-Z]{3,}(?:ABLE|IBLE|OUS|FUL|LESS|ING|IED|ED|LY|TION|MENT|NESS|IVE|ANCE|ENCE|ISH|EST)$/u;

/**
 * How strongly a word written in capitals reads as shouting: 2 for an ordinary word (NOT, NOBODY,
 * UNACCEPTABLE), 1 for a word that shouts only beside others (MARCH, IT, A), 0 for names, brands,
 * codes and acronyms (JOHN, SAMSUNG, QXHJMN, ISP), which a fix must leave as they are.
 */
export function shoutWeight(word: string): 0 | 1 | 2 {
  if (word.length === 1) return word === 'A' || word === 'I' || word === 'Y' || word === 'E' || word === 'O' ? 1 : 0;
  if (WORD_ACRONYMS.has(word) || CALENDAR.test(word)) return 1;
  if (ACRONYMS.has(word)) return 0;
  if ((FUNCTION_WORDS.has(word) || PARTICLES.has(word)) && !COMMON_WORDS.has(word)) return 1;
  const base = word.replace(/(?:'S|’S|S)$/u, '');
  const known = COMMON_WORDS.has(word) || COMMON_WORDS.has(base) || MORE_COMMON.has(word) || MORE_COMMON.has(base);
  return known || DERIVED.test(word) || DERIVED_INTL.test(word) ? 2 : 0;
}
