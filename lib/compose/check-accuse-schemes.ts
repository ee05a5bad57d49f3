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
  '(?:invent(?:s|ed|ing)?|fabricat(?:e|es|ed|ing)|mak(?:e|es|ing)\\s+up|made\\s+up)\\s+(?:\\p{L}+\\s+)?(?:damages?|scratches|dents|faults?|defects?|charges|fees|fines|breakages|stains|evidence|readings|complaints|incidents|contracts?|agreements?|debts?|invoices?|signatures?)\\b';
const DOCTORED =
  '(?:doctored|photoshopped|faked|falsified)\\s+(?:\\p{L}+\\s+)?(?:photos?|pictures?|images?|evidence|footage|documents?|reports?|readings?|records?)\\b';
// Relabelled either way round: "relabels expired meat", "sells expired chicken relabelled with new dates".
const RELABEL =
  '(?:expired|out-of-date|rotten|stale|mouldy|moldy|spoiled|spoilt)\\s+(?:\\p{L}+\\s+){0,2}?re-?(?:label|dat|stamp|pack)\\p{L}*|re-?(?:label|date|stamp|pack|packag)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:expired|out-of-date|old|stale|rotten|off|past-date)\\b|chang(?:e|es|ed|ing)\\s+the\\s+(?:use-by|sell-by|best-before|expiry)\\s+dates?\\b';
const SELL_RECORDS =
  "(?:sell|sells|sold|selling|pass(?:es|ed|ing)?\\s+on|leak(?:s|ed|ing)?|hand(?:s|ed|ing)?\\s+over)\\s+(?:\\p{L}+[’']?\\s+){0,2}?(?:records|data|details|information|info|files|numbers)\\s+to\\s+(?:\\p{L}+\\s+){0,2}?(?:companies|firms|brokers|insurers|marketers|spammers|scammers|parties|agencies|lawyers|solicitors|bidder|touts|agents|collectors|gangs|hackers|criminals|fraudsters)\\b";
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

// The company's own system or contest fixed: "rigs its claims software to auto-reject", "rigged the draw".
const RIGGED =
  'rig(?:s|ged|ging)\\s+(?:the|its|their|his|her|our|my)\\s+(?:\\p{L}+\\s+){0,2}?(?:software|systems?|algorithms?|process|draws?|competitions?|contests?|auctions?|raffles?|lotter(?:y|ies)|votes?|tests?|results|claims|scales|prices|bids?|tenders?|odds)\\b';
// Guests watched in private: "hidden cameras in his rentals", "secretly films his guests", "films its
// guests" (a news crew filming "the customers" in a queue is not it).
const SPYING =
  "(?:hidden|secret|concealed|spy)\\s+cameras?\\s+in\\s+(?:\\p{L}+\\s+){0,2}?(?:rooms?|bedrooms?|bathrooms?|showers?|toilets?|changing\\s+rooms?|rentals?|flats?|apartments?|cabins?|properties|listings?|units?|villas?|cottages?)\\b|(?:secretly|covertly)\\s+(?:film|record|photograph|watch)\\p{L}*|(?:film(?:s|ed|ing)?|spy(?:ing)?\\s+on|spies\\s+on|spied\\s+on)\\s+(?:his|her|their|its)\\s+(?:female\\s+)?(?:guests|tenants|customers|patients|clients|renters|residents|members)\\b(?![’'])";
// Card details or identities taken: "steals card details from its players", "skimmed our card numbers".
const STEAL_DATA =
  "(?:steal(?:s|ing)?|stole|skim(?:s|med|ming)?)\\s+(?:(?:my|our|the|people[’']s|customers[’']?|players[’']?|users[’']?|their|its|his|her)\\s+)?(?:card\\s+(?:details|numbers|data)|bank\\s+details|details|data|identit(?:y|ies)|passwords|pins?|logins?|personal\\s+(?:information|info|data))\\b";
// Mileage wound back, told as the car's state: "sells cars with clocked mileage".
const MILEAGE =
  '(?:clocked|wound[- ]back|rolled[- ]back|tampered|doctored|fiddled)\\s+(?:mileage|odometers?|clocks|milometers?)\\b';
// Theft from customers as a habit: "robs its own customers".
const ROBS =
  'rob(?:s|bed|bing)?\\s+(?:its|their|his|her|the)\\s+(?:own\\s+)?(?:customers|clients|patients|tenants|guests|pensioners|members|players|users)\\b';

export const SCHEMES_EN = [
  RIGGED,
  SPYING,
  STEAL_DATA,
  MILEAGE,
  ROBS,
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
  // Hidden cameras: "cámaras ocultas", "caméras cachées", "versteckte Kameras", "câmeras escondidas".
  'c[áa]maras?\\s+ocultas|caméras?\\s+cachées|versteckte\\p{L}*\\s+Kameras?|c[âa]m[ae]ras?\\s+(?:escondidas|ocultas)',
  // Mileage wound back, told as the car's state: "quilómetros adulterados", "kilómetros trucados", "compteur trafiqué".
  '(?:quil[óo]metros|quilometragem|conta-quil[óo]metros|hod[óô]metros?|od[óô]metros?|kil[óo]metros|kilometraje|cuentakil[óo]metros|compteurs?|kilom[ée]trages?|Kilometerst(?:and|ände)|Tachost(?:and|ände)|Tachos?)\\s+(?:\\p{L}+\\s+)?(?:adulterad[oa]s?|manipulad[oa]s?|trucad[oa]s?|alterad[oa]s?|falsificad[oa]s?|trafiqu[ée]s?|manipul[ée]s?|truqu[ée]s?|manipuliert|zurückgedreht|gefälscht)',
  // German puts the participle first: "mit manipuliertem Tachostand", "zurückgedrehte Kilometerstände".
  '(?:manipuliert|zurückgedreht|gefälscht|frisiert)\\p{L}*\\s+(?:Tacho\\p{L}*|Kilometerst\\p{L}+|Zählerst\\p{L}+)',
  // Robbing customers: "rouba os clientes", "roba a sus clientes", "bestiehlt seine Kunden".
  'roub(?:a|am|ou|aram|ando)\\s+(?:os\\s+|as\\s+|seus\\s+|nossos\\s+)?clientes\\b|rob(?:a|an|ó|aron|ando)\\s+a\\s+(?:sus|los)\\s+clientes\\b|(?:bestiehlt|bestehlen|bestahl|bestahlen)\\s+(?:ihre|seine|die|unsere)\\s+Kunden\\b',
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
