import { A, STAFF_ROLE, WILL, compile } from './check-threat-words';

/**
 * Threats of turning up, waiting for someone, or knowing their private life: "I'll be waiting for
 * him at the end of his shift", "I'll be outside your depot at 6am", "I know which school your
 * CEO's kids go to", "sleep well while you still can". Plans to be somewhere for the errand itself
 * pass: "I'll be waiting for your call", "I'll be at the branch at 10 to return it", "I'll be
 * outside the house from 8am so the driver can find me".
 */

// Someone's own time and place: where a person is caught alone, not where an errand is done.
const THEIR_TIME =
  '(?:(?:the\\s+)?end\\s+of\\s+(?:his|her|their|your)\\s+shift|after\\s+(?:his|her|their|your)\\s+shift|when\\s+(?:he|she|they|you)\\s+(?:clocks?\\s+off|finish(?:es)?|leaves?|gets?\\s+(?:off|out|home)|comes?\\s+(?:out|home))|when\\s+(?:his|her|their|your)\\s+shift\\s+(?:ends|finishes|is\\s+over)|clocks?\\s+off|(?:by|next\\s+to|at)\\s+(?:his|her|their)\\s+(?:van|car)|(?:his|her|their)\\s+(?:house|home|door))';
const PERSON = `(?:him|her|them|you(?!r)|(?:your|the|that|this)\\s+(?:\\p{L}+\\s+)?${STAFF_ROLE})`;
const PREMISES =
  '(?:depot|office|offices|house|home|branch|shop|store|door|work|workplace|hq|headquarters|warehouse|place)';
const ERRAND =
  '(?!\\s+(?:\\p{L}+\\s+){0,4}?(?:to|so|for)\\s+(?:collect|return|pick|drop|meet\\s+the|get\\s+my|sign|book|ask|pay|buy|thank|talk|speak|sort|check|help|carry|move|lift|fetch|the\\s+driver|the\\s+engineer))';

const EN = [
  // "I'll be waiting for him at the end of his shift", "I'll be waiting by his van when he clocks off".
  `\\b(?:i|we)${WILL}\\s+be\\s+(?:waiting|outside|there|around|hanging\\s+around|parked\\s+up|in\\s+the\\s+car\\s+park|at\\s+the\\s+(?:gates?|exit|back\\s+door))\\b[^.!?]{0,40}?\\b${THEIR_TIME}`,
  `\\b(?:i|we)${WILL}\\s+be\\s+waiting\\s+for\\s+${PERSON}\\s+(?:outside|in\\s+the\\s+car\\s+park|after\\s+work|tonight|after\\s+(?:his|her|their)\\b)${ERRAND}`,
  // "I'll be outside your depot at 6am", "we'll be outside his house".
  `\\b(?:i|we)${WILL}\\s+be\\s+(?:waiting\\s+)?outside\\s+(?:your|his|her|their)\\s+(?:\\p{L}+\\s+)?${PREMISES}\\b${ERRAND}`,
  // "when I turn up at the branch with a few mates", "you won't be so smug when…".
  `\\b(?:(?:turn|show|come|rock)(?:s|ing)?\\s+up|come\\s+back|comes\\s+back|coming\\s+back)\\b[^.!?]{0,40}?\\bwith\\s+(?:a\\s+few\\s+|some\\s+|my\\s+|the\\s+)?(?:mates|friends|lads|boys|brothers|cousins|crew)\\b${ERRAND}`,
  `\\b(?:won${A}t|will\\s+not|wouldn${A}t)\\s+be\\s+(?:so\\s+)?(?:smug|cocky|brave|tough|clever|funny|smart|laughing|smiling|grinning)\\s+when\\b`,
  // "When I turn up at your house": at a person's home, not at a branch.
  `\\b(?:turn|show)(?:s|ing)?\\s+up\\s+(?:at|on)\\s+(?:your|his|her|their)\\s+(?:house|home|door|doorstep)\\b`,
  // "Sleep well tonight, while you still can", "enjoy your commute while it lasts".
  `\\b(?:sleep\\s+well|sleep\\s+tight|enjoy\\s+(?:your|his|her|their|it|the\\s+peace)|make\\s+the\\s+most\\s+of\\s+(?:it|your))\\b[^.!?]{0,30}?\\bwhile\\s+(?:you\\s+(?:still\\s+)?can|it\\s+lasts|you\\s+still\\s+have)\\b`,
  // "I know which school your CEO's kids go to", "I know where his family lives".
  `\\bi\\s+know\\s+(?:where|which\\s+\\p{L}+|what\\s+\\p{L}+)\\s+(?:your|his|her|their)\\s+(?:\\p{L}+${A}s\\s+)?(?:kids|children|wife|husband|family|daughter|son|partner|mum|mother|parents)\\b`,
  // "I know which car park your area manager uses", "I know what pub your driver drinks in".
  `\\bi\\s+know\\s+(?:where|which\\s+\\p{L}+(?:\\s+\\p{L}+)?|what\\s+\\p{L}+)\\s+(?:your|the|that)\\s+(?:\\p{L}+\\s+)?${STAFF_ROLE}\\s+(?:uses|parks|lives|drinks|eats|drives|takes|goes|walks|leaves)\\b`,
  // "Remember my face": a promise to recognise someone later.
  '\\bremember\\s+(?:my|this|our)\\s+faces?\\b',
  // "I know what time your courier leaves his house", "I know when she finishes".
  `\\b(?:i|we)\\s+(?:know|found\\s+out|have\\s+found\\s+out|worked\\s+out|figured\\s+out)\\s+(?:what\\s+time|when|where|which\\s+way|what\\s+route)\\s+(?:your\\s+\\p{L}+|the\\s+(?:driver|manager|courier|agent|ceo|boss)|that\\s+\\p{L}+|he|she)\\s+(?:leaves|gets\\s+home|finishes|parks|lives|goes\\s+home|walks|clocks\\s+off)\\b`,
  // "I've got the manager's home address now".
  `\\b(?:i|i${A}ve|i\\s+have|we${A}ve|we\\s+have)\\s+(?:now\\s+)?(?:got|found|know|have|tracked\\s+down)\\s+(?:now\\s+)?(?:the|your)\\s+\\p{L}+${A}s\\s+(?:home\\s+)?(?:address|house|number\\s+plate|registration)\\b`,
  // "You'll find out what I'm capable of".
  `\\b(?:find\\s+out|see|learn|show\\s+(?:you|them))\\s+what\\s+(?:i|we)(?:${A}m|\\s+am|${A}re|\\s+are)\\s+(?:really\\s+)?capable\\s+of\\b`,
  // "won't be leaving in one piece", "won't walk out of there in one piece".
  `\\b(?:won${A}t|will\\s+not|not\\s+going\\s+to)\\s+(?:be\\s+)?(?:leav(?:e|ing)|walk(?:ing)?|get(?:ting)?|go(?:ing)?\\s+home)\\b[^.!?]{0,25}?\\bin\\s+one\\s+piece\\b`,
  // "I'll make her sorry she was born", "rue the day".
  `\\bsorry\\s+(?:he|she|you|they)\\s+(?:was|were|ever\\s+(?:was|were))\\s+born\\b|\\brue\\s+the\\s+day\\b`,
];

const INTL = [
  // Spanish: "le estaré esperando en el portal", "te espero a la salida", "sé a qué colegio van sus hijos".
  '\\b(?:le|te|lo|la|os|les|los)\\s+(?:estaré|estaremos|voy\\s+a\\s+estar|vamos\\s+a\\s+estar|espero|esperaré|esperaremos)\\s+(?:esperando\\s+)?(?:en\\s+el\\s+portal|a\\s+la\\s+salida|fuera|en\\s+la\\s+calle|en\\s+el\\s+(?:parking|aparcamiento))\\b',
  '\\bsé\\s+(?:dónde|a\\s+qué\\s+colegio)\\s+(?:van|viven|estudian|vive)\\s+(?:sus|tus|vuestros)\\s+hijos\\b',
  // French: "fais gaffe à toi", "je l'attendrai à la sortie du dépôt".
  '\\b(?:fais|faites)\\s+gaffe\\s+(?:à\\s+(?:toi|vous)|à\\s+vos\\s+fesses)\\b',
  "\\bje\\s+(?:(?:t|l|vous|les)(?:['’]\\s*|\\s+)(?:attendrai|attends)|vais\\s+(?:t|l|vous|les)(?:['’]\\s*|\\s+)attendre)\\b[^.!?]{0,20}?\\b(?:à\\s+la\\s+(?:sortie|fin\\s+de\\s+son\\s+(?:service|travail|poste))|après\\s+son\\s+(?:service|travail)|dehors|en\\s+bas\\s+de\\s+chez|devant\\s+chez|sur\\s+le\\s+parking)",
  // German: "Ich warte nach Feierabend vor dem Lager auf ihn".
  '\\bich\\s+(?:warte|werde\\s+(?:\\p{L}+\\s+){0,4}?warten)\\b(?=[^.!?]*\\b(?:Feierabend|Schichtende|draußen|Ausgang|Parkplatz)\\b)(?=[^.!?]*\\bauf\\s+(?:ihn|dich|euch)\\b)',
  // A person's children or family, in the other languages: "Ich weiß, wo seine Kinder zur Schule gehen".
  '\\b(?:ich\\s+wei(?:ß|ss),?\\s+wo|je\\s+sais\\s+où|sé\\s+dónde|sei\\s+onde)\\s+(?:\\p{L}+\\s+)?(?:seine|ihre|deine|eure|ses|tes|vos|sus|tus|os\\s+filhos|a\\s+família|os\\s+seus)\\s*(?:Kinder|Frau|Familie|Tochter|Sohn|enfants|femme|famille|hijos|familia|mujer|dele|dela|filhos)\\b',
  // Portuguese: "vou esperar por ele na saída do trabalho".
  '\\bvou\\s+(?:esperar|ficar\\s+esperando|estar\\s+esperando|estar\\s+à\\s+espera)\\s+(?:por\\s+)?(?:ele|ela|você|vocês|eles|te)\\b[^.!?]{0,20}?\\b(?:na\\s+saída|lá\\s+fora|no\\s+estacionamento|à\\s+porta\\s+de\\s+casa)',
];

export const PRESENCE: RegExp[] = [...compile(EN, true), ...compile(INTL, true)];
