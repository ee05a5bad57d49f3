/**
 * More crimes told as deeds, for check-accuse-deeds.ts, which reads who does them: schemes against
 * customers rather than single thefts. Goods or money kept from everyone ("keeps every deposit",
 * "open the boxes and keep the good stuff", "behält das Trinkgeld für sich"), damage or evidence
 * made up ("invents scratches", "fines with doctored photos"), records sold on ("sells patients'
 * records to claims companies"), billing for what never happened, pay-offs and dealings under the
 * table, cards opened in a customer's name, faults hidden on purpose, and money laundered. Each
 * piece is a pattern source; \p{L} is swapped for the Latin letter ranges when compiled.
 */

// What a customer is owed or sent.
const OWED = '(?:deposits?|bonds?|cent|penny|pound|refunds?|tips|bonus(?:es)?|stuff|bits|things|items|change|cashback)';
const KEEP_ALL = `(?:keep|keeps|keeping|kept|pocket(?:s|ed|ing)?)\\s+(?:every|each|all(?:\\s+the)?|the\\s+(?:good|best|nice|decent))\\s+(?:single\\s+)?${OWED}\\b|(?:keep|keeps|keeping|kept)\\s+(?:the\\s+)?(?:drivers[’']?|riders[’']?|staff[’']s?|waiters[’']?|couriers[’']?)\\s+tips\\b`;
const OPEN_AND_KEEP =
  "open(?:s|ed|ing)?\\s+(?:the\\s+|our\\s+|people[’']s\\s+|customers[’']?\\s+)?(?:boxes|parcels|packages|bags|suitcases|luggage|post|mail)\\s+and\\s+(?:keep|take|steal|help|nick|pinch)";
const MADE_UP =
  '(?:invent(?:s|ed|ing)?|fabricat(?:e|es|ed|ing)|mak(?:e|es|ing)\\s+up|made\\s+up)\\s+(?:\\p{L}+\\s+)?(?:damages?|scratches|dents|faults?|defects?|charges|fees|fines|breakages|stains|evidence|readings|complaints|incidents)\\b';
const DOCTORED =
  '(?:doctored|photoshopped|faked|falsified)\\s+(?:\\p{L}+\\s+)?(?:photos?|pictures?|images?|evidence|footage|documents?|reports?|readings?|records?)\\b';
const RELABEL =
  're-?(?:label|date|stamp|pack|packag)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:expired|out-of-date|old|stale|rotten|off|past-date)\\b|chang(?:e|es|ed|ing)\\s+the\\s+(?:use-by|sell-by|best-before|expiry)\\s+dates?\\b';
const SELL_RECORDS =
  "(?:sell|sells|sold|selling|pass(?:es|ed|ing)?\\s+on|leak(?:s|ed|ing)?|hand(?:s|ed|ing)?\\s+over)\\s+(?:\\p{L}+[’']?\\s+){0,2}?(?:records|data|details|information|info|files|numbers)\\s+to\\s+(?:\\p{L}+\\s+){0,2}?(?:companies|firms|brokers|insurers|marketers|spammers|scammers|parties|agencies|lawyers|solicitors|bidder|touts)\\b";
const PHANTOM =
  '(?:bill(?:s|ed|ing)?|charg(?:e|es|ed|ing)|claim(?:s|ed|ing)?)\\s+(?:\\p{L}+\\s+){0,3}?for\\s+(?:\\p{L}+\\s+){1,3}?(?:that|which)\\s+never\\s+(?:happened|took\\s+place|existed|occurred|were\\s+(?:done|given|made))\\b|(?:bill(?:s|ed|ing)?|charg(?:e|es|ed|ing))\\s+(?:dead\\s+people|the\\s+dead|deceased\\s+(?:people|customers|patients))\\b';
const PAY_OFF =
  '(?:pay(?:s|ing)?|paid)\\s+off\\s+(?:the\\s+)?(?:ombudsman|regulators?|inspectors?|police|officials?|judges?|council|auditors?|assessors?|councillors?|witnesses|reviewers?)\\b|(?:take|takes|took|taking|accept(?:s|ed|ing)?)\\s+(?:cash|money|bribes|payments|envelopes)\\s+(?:to|for)\\s+(?:approv|pass|sign|overlook|ignor|grant|fast-track|issu|wav)\\p{L}*|(?:sell|sells|sold|selling|pay|pays|paid|paying|deal|deals|dealing)\\s+(?:\\p{L}+\\s+){0,3}?under\\s+the\\s+(?:table|counter)\\b|in\\s+league\\s+with\\s+(?:the\\s+)?(?:touts|scalpers|criminals|scammers|gangs?|crooks|fraudsters|mafia|thieves|loan\\s+sharks)\\b';
const IN_MY_NAME =
  "open(?:s|ed|ing)?\\s+(?:a|an|another|the)\\s+(?:\\p{L}+\\s+){0,2}?(?:card|account|loan|line|contract|policy|overdraft)\\s+in\\s+(?:my|our|his|her|their|customers[’']?|people[’']s)\\s+names?\\b";
const ON_PURPOSE =
  '(?:deliberately|on\\s+purpose|intentionally|knowingly|a\\s+propósito|adrede|exprès|délibérément|absichtlich|mit\\s+Absicht|de\\s+propósito|propositadamente)';
const HARM_VERB =
  '(?:break|breaks|broke|damag(?:e|es|ed|ing)|sabotag(?:e|es|ed|ing)|hid|hide|hides|hiding|conceal(?:s|ed|ing)?)';
// Transitive only: "broke the part on purpose"; "the barrier broke on purpose" is a joke about a thing.
const HID_OR_BROKE = `${ON_PURPOSE}\\s+${HARM_VERB}\\b|${HARM_VERB}\\s+(?:\\p{L}+\\s+){1,4}?${ON_PURPOSE}\\b|(?:sold|sell|sells|selling)\\s+(?:me|us|customers|people)\\s+(?:\\p{L}+\\s+){1,3}?(?:they|he|she)\\s+knew\\s+(?:was|were|had)\\b`;
// Odometers wound back as a habit: "clocks its cars", "clocked the vans".
const CLOCKS =
  'clock(?:s|ed|ing)\\s+(?:the|my|our|its|their|his|her|all\\s+(?:the|its|their))\\s+(?:cars|vans|vehicles|motors|car|van|vehicle)\\b';
const NEVER_MEANT =
  'never\\s+(?:intend|intends|intended|mean|meant|plan|planned)\\s+to\\s+(?:pay|refund|deliver|honou?r)\\b';

export const SCHEMES_EN = [
  KEEP_ALL,
  OPEN_AND_KEEP,
  MADE_UP,
  DOCTORED,
  RELABEL,
  SELL_RECORDS,
  PHANTOM,
  PAY_OFF,
  IN_MY_NAME,
  HID_OR_BROKE,
  NEVER_MEANT,
  CLOCKS,
];

export const SCHEMES_INTL = [
  // Tips and deposits kept: "behält das Trinkgeld der Fahrer für sich", "se quedan con las propinas",
  // "garde les pourboires", "fica com as gorjetas".
  'behält\\s+(?:\\p{L}+\\s+){1,5}?für\\s+sich\\b|behalten\\s+(?:\\p{L}+\\s+){1,5}?für\\s+sich\\b',
  'se\\s+qued(?:a|an|ó|aron)\\s+con\\s+(?:las|los|todas\\s+las|todos\\s+los)\\s+(?:propinas|fianzas|depósitos)\\b',
  '(?:garde|gardent|gardait|empoche|empochent)\\s+(?:les|tous\\s+les|toutes\\s+les)\\s+(?:pourboires|cautions|dépôts)\\b',
  '(?:fica|ficam|ficou|ficaram)\\s+com\\s+(?:as|os|todas\\s+as|todos\\s+os)\\s+(?:gorjetas|cauções|depósitos)\\b',
  // Damage made up: "inventan daños", "inventent des dégâts", "erfinden Schäden", "inventam danos".
  '(?:invent(?:a|an|ó|aron|e|ent|am|ou|aram))\\s+(?:\\p{L}+\\s+)?(?:daños|desperfectos|rayones|dégâts|dommages|rayures|danos|riscos|avarias)\\b',
  '(?:erfind(?:et|en)|erfand(?:en)?)\\s+(?:\\p{L}+\\s+)?(?:Schäden|Kratzer|Mängel)\\b',
  // Money laundering: "lava dinero", "wird Schwarzgeld gewaschen", "blanchit de l'argent".
  'lav(?:a|an|ó|aron|ando)\\s+(?:dinero|capitales)\\b',
  '(?:Schwarz)?geld\\s+(?:\\p{L}+\\s+)?gewaschen\\b|wäsch(?:t|en)\\s+Schwarzgeld\\b',
  // Odometers wound back: "dreht bei allen Gebrauchtwagen den Tacho zurück".
  'dreh(?:t|en|te|ten)\\s+(?:\\p{L}+\\s+){0,4}?(?:Tachos?|Tachost(?:and|ände)|Kilometerst(?:and|ände)|Zähler(?:st(?:and|ände))?)\\s+zurück\\b',
  // Swindles customers: "escroque ses clients", "suborna os peritos".
  'escroqu(?:e|ent|ez|ait|aient)\\s+(?:ses|leurs|les|vos|nos|mes|des|tout)\\b',
  'suborna\\s+(?:os|as|o|a)\\b',
];
