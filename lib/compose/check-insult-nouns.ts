import { t } from '../i18n';
import { isPeopleWord, readerBefore, type Word, wordAt } from './check-target';
import { inSpans, matchesOf, wordsRe } from './check-scan';
import type { Finding } from './findings';
import type { Span } from './tokens';

/**
 * Nouns that insult only when said of a person: "your manager is a greedy pig", "a pack of
 * drongos", "you absolute donkey", "el encargado es un cerdo". The same nouns about a thing or
 * meant literally are fine: "a snake of a queue", "the dog bit the courier", "I saw a rat in the
 * aisle", "the tool kit". So the noun must be predicated of people (after a copula whose subject is
 * the reader's side) or called at them ("you pig").
 */
const PEJORATIVE = wordsRe([
  // English
  'pigs?',
  'swine',
  'cows?',
  'weasels?',
  'drongos?',
  'donkeys?',
  'leech(?:es)?',
  'snakes?',
  'rats?',
  'tools?',
  'plonkers?',
  'pillocks?',
  'wallies',
  'wally',
  'gits?',
  'toads?',
  'worms?',
  'slugs?',
  'maggots?',
  'vermin',
  'cockroach(?:es)?',
  'hyenas?',
  'jackals?',
  'sharks?',
  'sheep',
  'goons?',
  'berks?',
  'dipsticks?',
  'knobheads?',
  'bellends?',
  'tossers?',
  'dorks?',
  'clowns?',
  'muppets?',
  'vultures?',
  'parasites?',
  'leeches',
  'pond ?life',
  'dogs?',
  'apes?',
  'baboons?',
  'animals',
  'bats?',
  'hags?',
  'planks?',
  'knobs?',
  'dopes?',
  'galahs?',
  'dropkicks?',
  'roasters?',
  // "Staffed by trained chimps", "like goldfish", "a fat useless lump", "a spineless coward".
  'chimps?',
  'chimpanzees?',
  'goldfish',
  'lumps?',
  'cowards?',
  // "A nasty little troll", "a dumb hick".
  'trolls?',
  'hicks?',
  'rednecks?',
  'wastes? of (?:space|oxygen|skin|air)',
  // Said of people only in a complaint: "a power-tripping dragon", "a clueless amateur".
  'dragons?',
  'amateurs?',
  'cowboys?',
  // Spanish
  'cerdos?',
  'cerdas?',
  'ratas?',
  'burros?',
  'asnos?',
  'sanguijuelas?',
  'buitres?',
  'serpientes?',
  'víboras?',
  'gusanos?',
  'borregos?',
  'cochinos?',
  'vacas?',
  'cabestros?',
  'besugos?',
  'mulas?',
  'payasos?',
  // "Una maleducada y una amargada", "un energúmeno": rude or sour, as a name.
  'maleducad[oa]s?',
  'amargad[oa]s?',
  'energ[úu]menos?',
  // Drones and the ill-bred: "una panda de zánganos", "una malcriada".
  'z[áa]nganos?',
  'malcriad[oa]s?',
  // A nobody: "un cero a la izquierda", "un zero à esquerda", "eine Null", "un boulet".
  'ceros?\\s+a\\s+la\\s+izquierda',
  'in[úu]til(?:es)?',
  // French
  'guignols?',
  'boulets?',
  // "Une vraie peau de vache", "un gros nul", "une incapable doublée d'une malpolie".
  'peaux?\\s+de\\s+vaches?',
  '(?<=(?:un|une|des|gros|grosse|vrai|vraie)\\s)nul(?:le)?s?',
  'incapables?',
  'malpoli(?:e|s|es)?',
  'bras\\s+cassés',
  // A stuck-up woman: "une vraie pimbêche".
  'pimb[êe]ches?',
  'branquignols?',
  'porcs?',
  'ordures?',
  'vipères?',
  'charognes?',
  'vautours?',
  'sangsues?',
  'ânes?',
  'cochons?',
  'larbins?',
  'rapaces',
  'rats',
  'vaches?',
  'dindes?',
  'truies?',
  'chameaux?',
  'bourriques?',
  // German
  'schweine?',
  'esel',
  'ratten?',
  'schlangen?',
  'blutsauger',
  'aasgeier',
  'mistkerle?',
  'mistst(?:ück|ücke)',
  'säue?',
  'affen?',
  'kühe',
  'kuh',
  'ziegen?',
  'gans',
  'gänse',
  'hornochsen?',
  'ochsen?',
  'kamele?',
  // "Die Pfeifen von der Hausverwaltung", "diese Flaschen": failures, said of people.
  'pfeifen',
  // "Eine arrogante Schnepfe", "diese Zicke".
  'schnepfen?',
  'zicken?',
  'tussis?',
  'null(?:en)?',
  'flaschen',
  'luschen',
  // Portuguese
  'porcos?',
  'ratos?',
  'bestas?',
  'cobras?',
  'sanguessugas?',
  'abutres?',
  'vermes?',
  'jumentos?',
  'antas?',
  'vacas?',
  'galinhas?',
  'parvalh(?:ão|ões|ona|onas)',
  'palhaços?',
  'zeros?\\s+à\\s+esquerda',
  'mulas?',
  // "Uma grossa", "um mal-educado".
  'gross[oa]s',
  'grossa',
  'mal-?educad[oa]s?',
  // "Uma parva", "um parvo": a fool.
  'parv[oa]s?',
]);

// "is", "are", "was", "es", "est", "ist", "é": the noun is said of the subject.
const COPULA =
  /^(?:is|are|was|were|'s|'re|be|been|being|become|became|es|son|eres|sois|fue|era|está|est|sont|êtes|es|était|ist|sind|bist|seid|war|waren|é|são|foi|és|eram|na)$/u;
// Copulas whose subject is "you" whatever comes before: "sois unas ratas", "vous êtes des porcs".
const YOU_COPULA = /^(?:eres|sois|êtes|bist|seid|és)$/u;
// Read past between the copula and the noun: articles, intensifiers, adjectives ("a smug little weasel").
const FILLER =
  /^(?:a|an|the|such|nothing|but|just|only|merely|like|total|complete|absolute|utter|proper|right|real|little|big|fat|greedy|smug|slimy|lying|thieving|useless|rude|stupid|dirty|filthy|nasty|bunch|pack|gang|load|shower|herd|nest|of|un|una|unos|unas|une|des|ein|eine|einer|echter|echte|richtiger|um|uma|uns|umas|sale|sales|vrai|verdadero|autêntico|maldito|maldita|bande|haufen|bando|panda|de|d'|so|pure|proper|['’]?n|gros|grosse|vraie|pauvre|sacré|sacrée|and|y|e|et|und|dumb|daft|thick|mean|vile|spoilt|bitter|old|ugly|lazy|fat|sad|horrible)$/u;
// Adjectives by their endings: "sneaky", "arrogant", "two-faced", "pathetic".
const ADJECTIVE_END = /(?:y|ish|ous|ing|ed|ful|less|ant|ent|ic|al|ble|ive|old)$/u;
// German and Romance adjectives agree with the noun: "eine arrogante dumme Kuh", "una vieja loca".
const INFLECTED_ADJECTIVE = /^\p{L}{4,}(?:e|en|er|o|a)$/u;
// "You pig", "you absolute donkey": called at the reader.
const VOCATIVE = /^(?:you|you're|youre|ya|u|vous|tu|du|ihr|vocês|você|seu|sua)$/u;
// Roles the general people list lacks.
const ROLE =
  /^(?:whoever|whoever's|whoever’s|bloke|chap|fella|fellow|dude|girl|lad|geezer|chica|chico|fille|mec|gars|nana|meuf|rececionista|recepcionista|recepcionist[ao]|señora|señor|mujer|hombre|femme|homme|dame|typ|typen|kerl|frau|mann|mulher|homem|moça|rapaz|senhora|senhor|encargado|encargada|gerente|jefe|jefa|dependient[ae]|cajer[oa]|vendedor|vendedora|gérant|gérante|responsable|vendeur|vendeuse|chef|filialleiter|leiter|verkäufer|chefe|dono|atendente|funcionária|berater|beraterin|monteur|vermieter|hausmeister|händler|mecánico|mecânico|técnica|técnico|technicien|technicienne|conseiller|conseillère|réceptionniste|funcionário|rapariga|moço|concierge|kassierer|kassiererin|verkäuferin|beraterin|empfangsdame)$/u;

// A word right after the noun, other than a link word, makes the noun a modifier.
const MODIFIES =
  /^[ \t](?!(?:you|they|and|or|who|that|which|with|in|at|on|to|from|for|like|if|as|but|living|y|o|que|qui|et|und|oder|der|die|das|de|du|des|da|do|e|ou|com|con|avec|mit|comigo|conmigo|contigo|avec|toward|towards|lol|lmao|haha|tbh|honestly|really|though|too|again|today|mate|\p{L}+ing)(?![\p{L}]))\p{L}/iu;

function peopleBefore(words: readonly Word[], k: number): boolean {
  const clause = words[k]!.clause;
  for (let i = k - 1; i >= 0 && words[i]!.clause === clause; i -= 1) {
    const w = words[i]!.lower;
    // "I'm sorry but the woman at the gate was a cow": the writer before "but" is another clause.
    if (/^(?:but|because|pero|porque|mais|car|aber|weil|mas)$/u.test(w)) break;
    if (/^(?:i|i'm|me|my|we|i've|yo|je|ich|eu|soy|sou|suis|bin)$/u.test(w)) return false;
    if (
      /^(?:it|it's|this|that|these|those|there|there's|which|what|c'est|ce|esto|eso|das|isso|isto)$/u.test(w) &&
      i === k - 1 &&
      // "The guy who fitted it is a cowboy": the "it" ends a relative clause about a person.
      !words.slice(0, i).some((x) => x.clause === clause && /^(?:who|whoever|qui|quien|quem)$/u.test(x.lower))
    )
      return false;
    if (ROLE.test(w)) return true;
  }
  return readerBefore(words, k);
}

// "Son unos pendejos los de la ventanilla", "São uns palhaços": a plural copula opening the clause
// has a person as its dropped or postponed subject.
function droppedSubject(words: readonly Word[], i: number): boolean {
  const opens = i === 0 || words[i - 1]!.clause !== words[i]!.clause;
  return opens && /^(?:son|são|sont|sind)$/u.test(words[i]!.lower);
}

const EXCLAIM = /^(?:what|qué|quel|quelle|quels|quelles|für|que)$/u;

/** "What a …" / "qué …" / "quel …" / "was für ein …" opening a clause, not "what a dog does". */
function exclaimed(words: readonly Word[], i: number): boolean {
  const w = words[i]!.lower;
  const next = words[i + 1]?.lower ?? '';
  // A handle before it opens the clause too: "@Support what a pack of galahs".
  const opens =
    i === 0 ||
    words[i - 1]!.clause !== words[i]!.clause ||
    /[,—–-]/u.test(words[i]!.gap) ||
    /@$/u.test(words[i - 1]!.gap);
  if (w === 'what') return /^an?$/u.test(next) && opens;
  if (w === 'für') return words[i - 1]?.lower === 'was';
  if (w === 'que') return opens;
  return true;
}

/** Whether the noun at word k is said of, or called at, a person. */
export function saidOfPeople(words: readonly Word[], k: number): boolean {
  const clause = words[k]!.clause;
  for (let i = k - 1, n = 0; i >= 0 && n < 6 && words[i]!.clause === clause; i -= 1, n += 1) {
    const w = words[i]!.lower;
    if (COPULA.test(w)) return YOU_COPULA.test(w) || peopleBefore(words, i) || droppedSubject(words, i);
    // "Your manager's a complete drongo", "she's a bitter old hag": the copula is in the word.
    if (/['’]s$/u.test(w) && /^(?:a|an)$/u.test(words[i + 1]?.lower ?? '') && i < k - 1)
      return isPeopleWord(w.slice(0, -2)) || ROLE.test(w.slice(0, -2)) || peopleBefore(words, i + 1);
    if (VOCATIVE.test(w)) return true;
    // "What an absolute donkey", "quel âne", "was für ein Esel": an exclamation about someone present.
    if (EXCLAIM.test(w) && exclaimed(words, i)) return true;
    if (!FILLER.test(w) && !ADJECTIVE_END.test(w) && !INFLECTED_ADJECTIVE.test(w)) return false;
  }
  return false;
}

// Names for people that are never literal things, and a group named by where it works: "the
// clowns at head office", "die Pfeifen von der Hausverwaltung", "los payasos de atención al cliente".
const PEOPLE_ONLY =
  /^(?:clowns|muppets|cowboys|amateurs|plonkers|pillocks|wallies|tossers|dipsticks|knobheads|bellends|drongos|goons|pfeifen|flaschen|luschen|guignols|branquignols|payasos|palhaços|parvalhões|inútiles|inúteis)$/iu;
const GROUP_BEFORE = /^(?:the|those|these|die|diese|los|las|esos|esas|estos|les|ces|os|as|esses|essas)$/u;
const WORKS_AT =
  /^[ \t]+(?:at|from|von|vom|bei|de|del|du|des|da|do|das|dos)\s+(?:\S+\s+){0,3}?(?:head|office|support|service|customer|desk|team|management|hotline|call|centre|center|reception|kundendienst|kundenservice|verwaltung|hausverwaltung|zentrale|filiale|atención|oficina|tienda|servicio|empresa|sede|agence|magasin|siège|serviço|loja|balcão|escritório|apoio|suporte)/iu;

// "Bunch of goons at the council tax office": a group counted, then placed.
const COUNTED_GROUP = /^(?:bunch|pack|gang|load|shower|band|herd|lot)$/u;

function groupNamed(words: readonly Word[], k: number, text: string, end: number): boolean {
  const w = words[k]!;
  const before = words[k - 1]?.lower ?? '';
  const counted = before === 'of' && COUNTED_GROUP.test(words[k - 2]?.lower ?? '');
  return PEOPLE_ONLY.test(w.lower) && (GROUP_BEFORE.test(before) || counted) && WORKS_AT.test(text.slice(end));
}

export function pejorativeFindings(text: string, spans: readonly Span[], words: readonly Word[]): Finding[] {
  const found: Finding[] = [];
  for (const m of matchesOf(PEJORATIVE, text)) {
    const end = m.index + m[0].length;
    if (inSpans(spans, m.index, end)) continue;
    if (groupNamed(words, wordAt(words, m.index), text, end)) {
      found.push({ start: m.index, end, kind: 'insult', message: t('compose.check.insult'), suggestion: '' });
      continue;
    }
    // "A snake of a queue", "a dog's dinner": the noun describes what follows, a thing.
    if (/^(?:[’']s\b|\s+of\s+an?\b|-\p{L})/u.test(text.slice(end))) continue;
    // "A dog lover", "the snake plant", "a tool kit": the noun qualifies the next one.
    // Romance adjectives follow the noun ("um parvalhão mal-educado"): after their article the noun is a name.
    const romance = /^(?:un|una|unos|unas|une|um|uma|uns|umas)$/u.test(words[wordAt(words, m.index) - 1]?.lower ?? '');
    if (!romance && MODIFIES.test(text.slice(end))) continue;
    if (!saidOfPeople(words, wordAt(words, m.index))) continue;
    found.push({ start: m.index, end, kind: 'insult', message: t('compose.check.insult'), suggestion: '' });
  }
  return found;
}
