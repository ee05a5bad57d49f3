/**
 * English word lists for the courtesy check. Each entry is a stem pattern (inflections included),
 * matched on word boundaries and case-insensitively. Structure (who is called what, who did what)
 * lives in check-target.ts, check-insult.ts and check-accuse.ts; other languages in check-words-intl.ts.
 */

/** Swearing, including the usual starred spellings (f**k, sh*t). */
export const PROFANITY = [
  'f[u*#@!]?[c*#@!]?k(?:ing|in|ed|er|ers|s|wit|tard|face)?', 'f[*#@!]{2,3}(?:ing|in|ed)?', 'fck\\w*', 'motherf\\w+', 'clusterf\\w+',
  '(?:bull)?sh[i*!1]t(?:s|ty|tier|ting|head|show|storm)?', 'crap(?:py|s)?', 'damn(?:ed|it)?', 'god-?damn\\w*', 'bastards?',
  'arse(?:holes?|s)?', 'ass(?:holes?|hats?|clowns?)', 'piss(?:ed|ing|es)?(?: off)?', 'piss-poor', 'bloody', 'bugger\\w*',
  'wank\\w*', 'twats?', 'dickheads?', 'cunts?', 'bitch\\w*', 'wtf', 'stfu', 'ffs', 'screw (?:you|this|them)', 'sod off',
  'the hell(?![\'’]s)', 'hell of a', 'go to hell', 'bloody hell', 'bollocks', 'douche\\w*', 'jackass\\w*',
];

/** Name-calling: an insult whoever it is aimed at, unless the writer aims it at themselves. */
export const INSULT_NAMES = [
  'idiot(?:s|ic)?', 'moron(?:s|ic)?', 'imbeciles?', 'clowns?', 'brain[- ]?dead', 'losers?', 'halfwits?', 'numpt(?:y|ies)',
  'muppets?', 'cretins?', 'jerks?', 'parasites?', 'leeches', 'vultures', 'scumbags?', 'scum', 'amateurs', 'dimwits?',
  'nitwits?', 'dunces?', 'buffoons?', 'nincompoops?', 'bozos?', 'dumbass\\w*', 'incompetents', 'good-for-nothings?',
  'lowlifes?', 'cowards', 'monkeys',
];

/**
 * Verdicts: an insult when aimed at people (you, your staff, the company), fair comment when aimed
 * at a thing ("the app is useless", "pathetic service level") or at the writer ("I feel stupid").
 */
export const INSULT_VERDICTS = [
  'stupid(?:est|er|ity)?', 'dumb(?:est|er)?', 'incompeten(?:t|ce|cy)', 'useless', 'clueless', 'pathetic(?:ally)?',
  'disgrac(?:e|eful|efully)', 'worthless', 'lazy', 'lazier', 'laziest', 'disgusting', 'ignorant', 'shameless',
  'spineless', 'a (?:complete |total |bad |sick |absolute |bloody )?joke', 'rubbish', 'garbage', 'trash', 'laughing ?stock',
  'amateur(?:ish)?', 'inept\\w*', 'hopeless(?:ly)?', 'brainless', 'gormless', 'pitiful', 'dim-?witted', 'witless',
];

/** Idioms that call people stupid without a listed word ("do your agents even have a brain?"). */
export const INSULT_IDIOMS =
  /\b(?:ha(?:ve|s)|got)\s+(?:even\s+)?(?:a|any|half\s+a|one)\s+brain(?:\s+cells?)?\b|\bbrain\s*cells?\s+between\s+(?:them|you)\b|\b(?:couldn[’']?t|can[’']?t)\s+organi[sz]e\s+a\b|\bthick\s+as\s+(?:two\s+short\s+planks|mince)\b/giu;

/** Nouns and adjectives of crime or dishonesty: defamatory when stated as fact about someone. */
export const CRIME_NOUNS = [
  'scam(?:s|mers?)?', 'fraud(?:s|sters?|ulent)?', 'criminals?', 'criminally', 'crooks?', 'crooked', 'thie(?:f|ves|very)',
  'theft', 'liars?', 'swindl(?:e|es|ers?)', 'con (?:artists?|men|man)', 'rip-?offs?', 'extortion(?:ate)?', 'rackets?',
  'racketeer\\w*', 'robbery', 'robbers?', 'corrupt(?:ion)?', 'mafia', 'gangsters?', 'cheats', 'crimes?', 'embezzl\\w+',
  'lies', 'a lie', 'bare-?faced lie', 'outright lie', 'pack of lies', 'bandits', 'shysters?', 'charlatans?', 'cowboys',
  // Crime implied by its punishment: "your CEO should be in prison".
  '(?:should|ought to|needs? to|deserves? to) be (?:in (?:prison|jail)|behind bars|arrested|locked up|prosecuted|jailed)',
  'belongs? (?:in (?:prison|jail)|behind bars)',
];

/** Verbs (and adverbs) of crime or dishonesty, in every form: whether they accuse depends on the subject. */
export const CRIME_VERBS = [
  'steal(?:s|ing)?', 'stole', 'stolen', 'rob(?:s|bed|bing)?', 'cheat(?:s|ed|ing)?', 'lie(?:d)?', 'lying', 'lie to',
  'defraud\\w*', 'scamm(?:ed|ing)', 'swindl(?:ed|ing)', 'conn(?:ed|ing)', 'extort(?:s|ed|ing)?', 'fleec(?:e|ed|es|ing)',
  'fraudulently', 'ripp(?:ed|ing) (?:\\w+ )?off', 'embezzl(?:e|ed|es|ing)', 'launder(?:s|ed|ing)',
];

/** Words after a term that make it a report about a third party ("scam warning", "fraud team"). */
export const SAFE_AFTER = new Set([
  'warning', 'warnings', 'alert', 'alerts', 'call', 'calls', 'caller', 'callers', 'text', 'texts', 'email', 'emails',
  'message', 'messages', 'department', 'team', 'teams', 'protection', 'prevention', 'report', 'reports', 'claim',
  'claims', 'investigation', 'investigations', 'check', 'checks', 'filter', 'filters', 'awareness', 'link', 'links',
  'site', 'sites', 'website', 'websites', 'detection', 'line', 'hold', 'charge', 'charges', 'transaction',
  'transactions', 'activity', 'payment', 'payments', 'purchase', 'purchases', 'record', 'records', 'justice', 'case',
  'cases', 'notice', 'notices', 'attempt', 'attempts', 'attempted', 'victim', 'victims', 'unit', 'specialist',
  'specialists', 'guarantee', 'dispute', 'disputes', 'flag', 'flagged', 'page', 'advice', 'tips', 'ring', 'attack',
  'attacks', 'number', 'numbers', 'account', 'accounts', 'app', 'apps', 'ad', 'ads', 'advert', 'adverts', 'sms',
  'listing', 'listings', 'seller', 'sellers', 'sheet', 'code', 'codes', 'damage', 'offence', 'offense', 'law', 'lawyer',
  'court', 'proceedings', 'complaint', 'going', 'doing', 'circulating', 'targeting', 'team’s', "team's", 'squad',
  'cover', 'insurance', 'reference', 'ref', 'form', 'phones', 'phone', 'cards', 'card', 'goods', 'items', 'property',
  'vehicle', 'vehicles', 'bike', 'bikes', 'car', 'cars', 'parcel', 'parcels', 'package', 'packages', 'identity',
]);

/** Words shortly after a term that make it about impostors ("scammers pretending to be you"). */
export const IMPOSTOR_CUES = /^(?:pretend\w*|impersonat\w*|pos(?:e|ed|es|ing)|spoof\w*|target\w*|using|copying|clon\w*|claiming|haciéndose|faisant|usando|fingindo)$/iu;

/** Words shortly before a term that make it a report, not an accusation ("I reported a scam"). */
export const SAFE_BEFORE = new Set([
  'reported', 'report', 'reporting', 'received', 'receive', 'got', 'flagged', 'possible', 'suspected', 'potential',
  'phishing', 'anti', 'prevent', 'preventing', 'victim', 'victims', 'avoid', 'avoiding', 'detect', 'detected',
  'fighting', 'fight', 'against', 'beware', 'about', 'identity', 'card', 'suspicious', 'stop', 'stopped', 'blocked',
  'common', 'known', 'new', 'latest', 'recent', 'fake', 'impostor', 'imposter', 'warn', 'warned', 'warning', 'spot',
  'spotted', 'like', 'likely', 'obvious', 'apparent', 'romance', 'investment', 'parcel', 'delivery', 'text', 'email', 'sms',
]);

/** Subjects that make a crime verb a report about a stranger ("someone stole my parcel"). */
export const THIRD_PARTY = new Set([
  'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'thief', 'thieves', 'scammer', 'scammers', 'fraudster',
  'fraudsters', 'hacker', 'hackers', 'stranger', 'strangers', 'criminals', 'burglar', 'burglars', 'robbers', 'impostor',
  'impostors', 'imposter', 'imposters', 'alguien', 'quelqu', 'quelqu’un', "quelqu'un", 'jemand', 'alguém',
]);
