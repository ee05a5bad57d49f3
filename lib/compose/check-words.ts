/**
 * Word lists for the courtesy check. Each entry is a stem pattern (inflections included), matched
 * on word boundaries and case-insensitively; structure (who is called what) lives in check-tone.ts.
 */

/** Swearing, including the usual starred spellings (f**k, sh*t). */
export const PROFANITY = [
  'f[u*#@!]?[c*#@!]?k(?:ing|in|ed|er|ers|s|wit|tard)?', 'fck\\w*', 'motherf\\w+', '(?:bull)?sh[i*!1]t(?:s|ty|ting|head|show)?',
  'crap(?:py|s)?', 'damn(?:ed|it)?', 'god-?damn\\w*', 'bastards?', 'arse(?:holes?|s)?', 'ass(?:holes?|hats?|clowns?)',
  'piss(?:ed|ing|es)?(?: off)?', 'bloody', 'bugger\\w*', 'wank\\w*', 'twats?', 'dickheads?', 'cunts?', 'bitch\\w*',
  'wtf', 'stfu', 'ffs', 'screw (?:you|this|them)', 'sod off', 'the hell', 'hell of a', 'go to hell', 'bollocks',
];

/** Name-calling aimed at people or the company. */
export const INSULTS = [
  'idiot\\w*', 'moron\\w*', 'stupid\\w*', 'dumb(?:est|er|ass)?', 'imbeciles?', 'incompeten\\w*', 'useless',
  'clueless', 'pathetic\\w*', 'clowns?', 'brain-?dead', 'losers?', 'halfwits?', 'numpt(?:y|ies)', 'muppets?', 'cretins?',
  'jerks?', 'disgrac(?:e|eful|efully)', 'worthless', 'lazy', 'disgusting\\w*', 'ignorant', 'parasites?', 'leeches',
  'vultures', 'scumbags?', 'scum', 'shameless\\w*', 'spineless', 'a (?:complete |total |bad |sick )?joke', 'rubbish',
  'garbage', 'trash', 'laughing ?stock', 'amateurs?', 'amateurish', 'inept\\w*', 'hopeless(?:ly)?',
];

/** Defamatory absolutes: accusations of crime or dishonesty. */
export const DEFAMATION = [
  'scam\\w*', 'fraud\\w*', 'criminals?', 'criminally', 'crooks?', 'crooked', 'thie(?:f|ves|ving)', 'liars?',
  'swindl\\w*', 'con (?:artists?|men|man)', 'rip-?offs?', 'ripping (?:\\w+ )?off', 'extort\\w*', 'racket(?:eer\\w*)?',
  'robbery', 'robbers?', 'defraud\\w*', 'corrupt\\w*', 'mafia', 'gangsters?', 'cheats?', 'crimes?',
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
  'attacks', 'number', 'numbers', 'account', 'accounts', 'app', 'apps', 'ad', 'ads', 'advert', 'adverts',
]);

/** Words shortly after a term that make it about impostors ("scammers pretending to be you"). */
export const IMPOSTOR_CUES = /^(?:pretend\w*|impersonat\w*|pos(?:e|ed|es|ing)|spoof\w*|target\w*|using|copying|clon\w*)$/i;

/** Words shortly before a term that make it a report, not an accusation ("I reported a scam"). */
export const SAFE_BEFORE = new Set([
  'reported', 'report', 'reporting', 'received', 'receive', 'got', 'flagged', 'possible', 'suspected', 'potential',
  'phishing', 'anti', 'prevent', 'preventing', 'victim', 'victims', 'avoid', 'avoiding', 'detect', 'detected',
  'fighting', 'fight', 'against', 'beware', 'about', 'identity', 'card', 'suspicious', 'stop', 'stopped', 'blocked',
  'common', 'known', 'new', 'latest', 'recent', 'fake', 'impostor', 'imposter',
]);

/**
 * Short capitalised words that are acronyms rather than shouting. Unknown 2–4 letter capitals are
 * taken as acronyms too; only the common English words in EMPHASIS below count as shouted.
 */
export const ACRONYMS = new Set([
  'HTTPS', 'HTTP', 'HIPAA', 'CISAS', 'OFCOM', 'OFGEM', 'OFWAT', 'FINRA', 'NASDAQ', 'NHTSA', 'FEMA', 'USAA', 'ISP',
  'UK', 'US', 'USA', 'EU', 'ATM', 'FAQ', 'FCC', 'FCA', 'FTC', 'CFPB', 'BBB', 'DOT', 'CAA', 'DM', 'DMS', 'OK', 'PS',
  'ID', 'PIN', 'SIM', 'ETA', 'ASAP', 'GDPR', 'CCPA', 'SMS', 'PDF', 'URL', 'TV', 'PC', 'IT', 'AM', 'PM', 'UTC', 'GMT',
  'BST', 'EST', 'PST', 'CET', 'VAT', 'IBAN', 'SWIFT', 'IMEI', 'ICCID', 'HDMI', 'USB', 'WIFI', 'LTE', 'VOIP', 'NHS',
  'DVLA', 'HMRC', 'TFL', 'CEO', 'CTO', 'CFO', 'VIP', 'RMA', 'SLA', 'KYC', 'AML', 'MOT', 'LED', 'OLED', 'QLED',
  'UHD', 'RAM', 'SSD', 'CPU', 'GPU', 'OS', 'IOS', 'API', 'ACH', 'APR', 'EV', 'NYC', 'LA', 'DC', 'NY', 'CA', 'TX', 'FL',
]);

/** Common English words: written in capitals they are emphasis, i.e. shouting. */
export const EMPHASIS = new Set([
  'NOT', 'NOW', 'NEVER', 'STILL', 'HELP', 'WHY', 'STOP', 'ANY', 'YES', 'ALL', 'EVER', 'ONLY', 'JUST', 'VERY', 'WHAT',
  'WHEN', 'HOW', 'THIS', 'THAT', 'YOU', 'YOUR', 'ARE', 'AND', 'THE', 'WAS', 'HAS', 'HAD', 'CAN', 'DID', 'DONE', 'FIX',
  'PAY', 'GET', 'GIVE', 'BACK', 'EVEN', 'MORE', 'SICK', 'FED', 'OVER', 'DAYS', 'TIME', 'ONE', 'TWO', 'SIX', 'TEN',
  'LATE', 'LIES', 'LIE', 'NONE', 'NO', 'HOLD', 'WAIT', 'SAID', 'TOLD', 'MY', 'ME', 'WE', 'OUR', 'OWE', 'DUE', 'LOST',
  'MUST', 'NEED', 'WANT', 'ASK', 'CALL', 'DEAD', 'MAD', 'BAD', 'WORST', 'HATE', 'WORK', 'SO', 'TOO', 'BUT', 'HERE',
  'IS', 'BE', 'DO', 'GO', 'AGAIN', 'YET', 'FOR', 'WITH', 'FROM', 'LONG', 'WEEK', 'MONTH', 'YEAR',
]);
