import { compile } from './check-threat-words';

/**
 * Insults said without an insulting word, for check-insult.ts: a mind pointedly left undescribed
 * ("whose competence I shall charitably not describe", "cuya inteligencia prefiero no calificar",
 * "dont je tairai le niveau intellectuel", "über dessen Verstand ich schweige", "cuja competência
 * prefiro não comentar"), people outdone by plants and pets ("houseplants with more sense than your
 * team"), a staff "hired for their inability to read", "as dim as your agents", "the shallow end of
 * the gene pool", "room-temperature IQ", a call centre "staffed by chimps" / "mit Trotteln besetzt",
 * and Tagalog "mga bobo", "ang tanga". Each names a person's mind or worth, so a thing never fits.
 */

// A mind or a skill, in the five languages.
const MIND =
  '(?:competence|intelligence|intellect|iq|brains?|mental\\s+\\p{L}+|abilit(?:y|ies)|capabilit(?:y|ies)|wit|wits|grasp\\s+of\\s+\\p{L}+|inteligencia|competencia|capacidad(?:es)?|intelecto|luces|niveau\\s+intellectuel|intelligence|compétences?|capacités|facultés|esprit|geistige\\w*\\s+\\w+|intelligenz|kompetenz|verstand|fähigkeiten|intelig[êe]ncia|compet[êe]ncia|capacidades?|intelecto)';
// Withholding the verdict: "shall charitably not describe", "prefiero no calificar", "je tairai".
const WITHHOLD =
  '(?:(?:shall|will|would|must|can|\\p{L}+ly)\\s+(?:\\p{L}+ly\\s+)?(?:not|refrain\\s+from)\\s+(?:describ|comment|characteri[sz]|mention|discuss|dwell|go\\s+into|speculat)\\p{L}*|(?:would\\s+)?rather\\s+not\\s+(?:describe|comment|say|discuss|mention)|(?:prefiero|prefer[ií]mos)\\s+(?:\\p{L}+\\s+)?no\\s+(?:calificar|comentar|describir|valorar|opinar|mencionar)|me\\s+abstengo|(?:je\\s+)?tairai|(?:je\\s+)?passerai\\s+sous\\s+silence|(?:je\\s+)?préfère\\s+(?:\\p{L}+\\s+)?ne\\s+pas\\s+(?:parler|commenter|qualifier|juger)|(?:aus)?schweige|äußere\\s+mich\\s+(?:\\p{L}+\\s+)?nicht|prefiro\\s+(?:\\p{L}+\\s+)?não\\s+(?:comentar|qualificar|descrever|falar|mencionar)|não\\s+vou\\s+(?:comentar|qualificar))';
const WHOSE = '(?:whose|cuy[oa]s?|dont|dessen|deren|cuj[oa]s?)';
const UNSAID = `${WHOSE}\\s+(?:\\p{L}+\\s+){0,3}?${MIND}\\b[^.!?;]{0,50}?${WITHHOLD}|${WHOSE}\\s+(?:\\p{L}+\\s+){0,6}?${WITHHOLD}\\s+(?:\\p{L}+\\s+){0,3}?${MIND}\\b|über\\s+(?:dessen|deren)\\s+(?:\\p{L}+\\s+){0,2}?${MIND}\\s+(?:\\p{L}+\\s+){0,4}?${WITHHOLD}`;

// People outdone by a thing or a pet: "houseplants with more problem-solving ability than your team".
const LOWLY =
  '(?:house-?plants?|pot\\s+plants?|plants|rocks?|stones?|potato(?:es)?|cabbages?|lettuces?|toasters?|goldfish|hamsters?|pigeons?|sponges?|doorknobs?|bricks?|sea\\s+sponges?|jellyfish|amoebas?|chimps?|monkeys|houseflies|woodlice|slugs)';
const OUTDONE = `(?:${LOWLY}\\s+(?:with|that\\s+(?:have|had|show)|who\\s+(?:have|had))|(?:my|a|the)\\s+(?:cactus|pot\\s+plant|house-?plant|goldfish|hamster|dog|cat|parrot|toaster|toddler|(?:\\d|two|three|four|five|six)[- ]year[- ]old)\\s+(?:has|had|shows|showed)(?:\\s+got)?)\\s+(?:more|greater|better|higher|sharper)\\s+(?:\\p{L}+[-\\s]){0,2}?(?:ability|sense|intelligence|brains?|skills?|competence|iq|memory|initiative|wit|manners|awareness)\\s+than\\s+(?:your|their|his|her|the|you)\\b|(?:your|their|the)\\s+(?:\\p{L}+\\s+){0,2}?(?:staff|agents?|team|employees|workers|people|reps?|managers?|advisers?|advisors?)\\s+(?:are|is|were|was)\\s+(?:\\p{L}+\\s+)?(?:dumber|thicker|slower|stupider|less\\s+(?:intelligent|competent|useful|clever))\\s+than\\s+(?:an?\\s+)?${LOWLY}`;

// Hired for a missing mind: "hired specifically for their inability to read", "recruited for their lack of brains".
const HIRED_FOR =
  '(?:hired|recruited|chosen|picked|selected|employed|trained)\\s+(?:\\p{L}+\\s+)?for\\s+(?:their|his|her|its|your)\\s+(?:\\p{L}+\\s+)?(?:inability|lack\\s+of\\s+(?:brains?|intelligence|sense|competence|manners|skills?)|stupidity|incompetence|ignorance)\\b';

// "As dim as your telesales staff": a slow mind compared with a person (not "as thick as your arm").
const AS_DIM =
  '\\bas\\s+(?:dim|thick|dense|stupid|dumb|clueless|slow-witted|brainless|gormless|incompetent)\\s+as\\s+(?:you\\b|(?:your|their|the)\\s+(?:(?:\\p{L}+-)?\\p{L}+\\s+)?(?:staff|agents?|team|employees|workers|people|reps?|managers?|advis[eo]rs?|clerks?|drivers?|engineers?|technicians?|receptionists?|cashiers?|boss|ceo|director))';

// Stock idioms for a missing mind.
const IDIOMS =
  "shallow\\s+end\\s+of\\s+the\\s+gene\\s+pool|(?:room[- ]temperature|single[- ]digit|shoe[- ]size)\\s+iqs?|(?:lights\\s+are\\s+on\\s+but\\s+nobody[’']?s\\s+home)|not\\s+the\\s+sharpest\\s+(?:tool|knife|pencil)s?\\s+in\\s+the\\s+(?:shed|box|drawer)";

// A workplace "staffed by" the insulting noun: "staffed by trained chimps", "run by clowns", "mit Trotteln besetzt".
const STAFFED =
  '(?:staffed|manned|run|managed|populated)\\s+(?:entirely\\s+|solely\\s+|only\\s+)?(?:by|with)\\s+(?:(?:a\\s+)?(?:bunch|pack|gang|troupe|load|herd)\\s+of\\s+)?(?:\\p{L}+\\s+)?(?:chimps?|chimpanzees|monkeys|baboons|apes|clowns|muppets|idiots|morons|donkeys|sheep|goldfish|amateurs|cowboys|toddlers|robots\\s+with\\s+no\\s+brains?)\\b|(?:mit|von)\\s+(?:\\p{L}+\\s+)?(?:trotteln|idioten|affen|vollidioten|deppen|amateuren|clowns|pfeifen)\\s+(?:\\p{L}+\\s+)?(?:besetzt|bemannt|geführt)\\b|(?:lleno|llena|atendid[oa])s?\\s+(?:de|por)\\s+(?:\\p{L}+\\s+)?(?:monos|payasos|inútiles|idiotas|borregos)\\b|(?:rempli|tenu|géré)e?s?\\s+(?:de|par)\\s+(?:\\p{L}+\\s+)?(?:singes|clowns|guignols|idiots|incapables)\\b|(?:cheio|cheia|atendid[oa])s?\\s+(?:de|por)\\s+(?:\\p{L}+\\s+)?(?:macacos|palhaços|idiotas|incompetentes)\\b';

// Tagalog marks a plural or an exclamation before the adjective: "mga bobo", "ang tanga tanga", "napakabobo".
const TAGALOG = '(?:mga|ang|sobrang|napaka-?)\\s*(?:bobo|tanga|gago|inutil|walang\\s+utak)\\b';

export const VEILED_INSULT_RE = compile(
  [`(?:${[UNSAID, OUTDONE, HIRED_FOR, AS_DIM, IDIOMS, STAFFED, TAGALOG].join('|')})`],
  true,
)[0]!;
