/**
 * Who a verdict is aimed at. "Your staff are useless" insults people; "the app is useless" and
 * "pathetic service level" judge a thing, which is fair comment; "I feel stupid" is about the
 * writer. Read from the words next to the verdict: the noun it qualifies, else the nearest subject
 * before it in the same clause. Deliberately shallow (no parser): it runs on every keystroke.
 */

export type Target = 'people' | 'self' | 'thing' | 'none';

export interface Word {
  start: number;
  end: number;
  raw: string;
  lower: string;
  /** Clauses are cut at . ! ? ; : and line breaks. */
  clause: number;
  /** The text between the previous word and this one. */
  gap: string;
}

const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?/gu;

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const gap = text.slice(last, m.index);
    if (/[.!?;:\n¡¿]/u.test(gap)) clause += 1;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      raw: m[0],
      lower: m[0].toLowerCase().replace(/’/gu, "'"),
      clause,
      gap,
    });
    last = m.index + m[0].length;
  }
  return out;
}

const set = (s: string) => new Set(s.split(/\s+/u).filter(Boolean));

// People the writer addresses or talks about: pronouns, roles, the company and its departments.
const PEOPLE = set(`
you you're youre ye yall y'all yourselves they they're them he she him everyone everybody people person folks guys
whoever lot bunch pack gang shower mob staff agent team manager management company business firm corporation ceo
boss director executive board owner driver courier engineer technician tech rep representative advisor adviser employee
worker crew pilot attendant operator handler centre center helpline hotline desk department dept bank airline carrier
provider retailer outfit organisation organization supervisor cashier clerk receptionist guard officer moderator admin
landlord agency contractor subcontractor installer fitter salesman salesmen salespeople seller support care lads men
merchant merchants boy boys girl girls rider riders consultant consultants
dispatcher inspector conductor assessor adjuster surveyor controller
women man woman guy lady ladies gentlemen human humans leadership bosses execs muppet clown
usted ustedes vosotros sois agente empleado personal equipo empresa compañía atención técnico repartidor
vous êtes conseiller technicien équipe entreprise livreur société
ihr seid sie mitarbeiter fahrer firma hotline kundenservice kundendienst haufen techniker
vocês você atendente funcionário equipe empresa motorista bando pandilla panda bande
estafeta entregador carteiro repartidor mensajero cartero facteur coursier bote paketbote zusteller kurier postbote
`);

// Things: products, services, processes, messages. A verdict on one of these is fair comment.
const THING = set(`
app website site page service level signal coverage wifi broadband internet network connection speed product phone
router device box system policy process procedure price pricing fee tariff deal offer package plan contract terms
bill invoice delivery estimate update software music menu form tweet post question mistake idea experience quality
value food seat flight train bus journey trip room chatbot bot email letter reply response answer communication
situation thing stuff month week day year time queue wait parcel order refund compensation voucher upgrade repair fix
outage tracking charger battery screen camera machine washer fridge sofa car design interface feature option setting
rule logic explanation reason attempt effort standard performance reliability tv channel portal login checkout basket
shelf shelves door frame picture file data download table wardrobe cabinet icon label sign display bar
cart store shop branch weather rate attitude it this that these those
aplicación servicio señal red página web appli application réseau site dienst netz seite aplicativo serviço sinal rede
`);

// The writer and their side: "I feel stupid", "my tweet looks stupid", "soy un idiota".
const SELF = set(
  "i i'm im i've i'd me myself my mine we us soy yo je j' moi suis ich mich bin eu sou nos nous wir nós mir",
);

// Words read past on the way to the subject: copulas, determiners, intensifiers, negation.
const SKIP = set(`
is are was were be been being am 's 're seem seems seemed look looks looked looking sound sounds sounded feel feels felt
become became remain remains appear appears has have had get gets got getting just so very really truly quite pretty
rather such too still always again now honestly frankly genuinely literally seriously actually clearly obviously
basically entirely most more the a an all both not no even what how complete total absolute utter real right proper
bloody absolutely completely totally utterly simply kind sort bit little like as your their our his her its todos todas
keep keeps kept act acts acted acting prove proves proved proving
tous toutes alle
es son eres fue fueron está están muy tan un una unos unas el la los las
est sont était étaient vraiment très trop une des le les ce c'est
ist sind war waren wirklich völlig echt ein eine einer der die das wie für
é são foi foram muito um uns umas o os
`);

// Evaluative adjectives coordinated with a verdict ("rude and ignorant"): read past them too.
const EVALUATIVE =
  /^(?:rude|slow|unhelpful|arrogant|condescending|dismissive|unprofessional|careless|awful|terrible|horrible|appalling|shocking|bad|poor|worse|worst|obnoxious|aggressive|nasty|unfriendly|impolite|lazy|useless|incompetent|clueless|hopeless|pathetic|stupid|dumb|ignorant|inept|spineless|worthless)$/u;
const CONJUNCTION = set('and or but nor & y e et und ou oder');
// Nouns that pass the verdict through to what follows: "a joke of a company", "a pathetic excuse for customer care".
const TRANSPARENT = set('excuse joke bunch pack load lot gang shower set band panda bande haufen bando');
const LINK = set("of for a an de d’ d'");

// Between a subject and its verdict: "are your agents trained to be this stupid?".
const INFINITIVE_LINK = set('to trained paid taught told supposed meant hired programmed employed instructed');

/** A role or pronoun of the people list ("manager", "staff", "she"): for a possessive-free word. */
export function isPeopleWord(lower: string): boolean {
  return PEOPLE.has(lower) || PEOPLE.has(singular(lower));
}

/** A product, service or other thing of the things list ("chatbot", "app", "queue"). */
export function isThingWord(lower: string): boolean {
  return THING.has(lower) || THING.has(singular(lower));
}

function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

function isCapitalisedName(w: Word): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(w.raw);
}

// German capitalises every noun: after an article ("die Wartezeit") a capital is a noun, not a name.
const GERMAN_ARTICLE =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|ihr|ihre|ihren|ihrem|ihrer|unser|unsere|mein|meine|dein|deine)$/u;

function classify(w: Word, clauseStart: boolean, previous?: Word): Target | undefined {
  const lower = w.lower;
  const one = singular(lower);
  if (SELF.has(lower)) return 'self';
  if (PEOPLE.has(lower) || PEOPLE.has(one)) return 'people';
  if (THING.has(lower) || THING.has(one)) return 'thing';
  // A capitalised word inside a clause is a name: a company, a person.
  if (!clauseStart && isCapitalisedName(w) && !GERMAN_ARTICLE.test(previous?.lower ?? '')) return 'people';
  return undefined;
}

function compound(words: readonly Word[], i: number): Target | undefined {
  const a = words[i]?.lower;
  const b = words[i + 1]?.lower;
  if (!a || !b || words[i + 1]!.clause !== words[i]!.clause) return undefined;
  const pair = `${a} ${singular(b)}`;
  if (
    /^(?:customer|client|tech|technical) (?:service|care|support|relation|team)$|^(?:call|contact) cent(?:re|er)$|^help ?desk$/u.test(
      pair,
    )
  )
    return 'people';
  return undefined;
}

/** The noun a verdict qualifies, read forward: "pathetic service level" (thing), "lazy staff" (people). */
function forward(words: readonly Word[], k: number): Target | undefined {
  const clause = words[k]!.clause;
  const passThrough = (w: Word) => TRANSPARENT.has(singular(w.lower)) || /joke$/u.test(w.lower);
  let i = k + 1;
  // Through "of a", "for": "a joke of a company", "a pathetic excuse for customer care".
  const skipLinks = () => {
    while (i < words.length && words[i]!.clause === clause && LINK.has(words[i]!.lower)) i += 1;
  };
  if (passThrough(words[k]!)) skipLinks();
  let found: Target | undefined;
  for (let n = 0; n < 4 && i < words.length && words[i]!.clause === clause; n += 1) {
    const w = words[i]!;
    // Only words right next to each other: a comma or a dash ends the noun phrase.
    if (!/^[ \t]{1,2}$/u.test(w.gap)) break;
    i += 1;
    if (passThrough(w)) {
      skipLinks();
      found = undefined;
      continue;
    }
    const pair = compound(words, i - 1);
    if (pair) return pair;
    const c = classify(w, false, words[i - 2]);
    if (c === 'people' && isCapitalisedName(w)) break;
    if (c === undefined || c === 'self') break;
    found = c;
  }
  return found;
}

/** The nearest subject before the verdict in its clause: "your staff are utterly useless". */
function backward(words: readonly Word[], k: number): Target | undefined {
  const clause = words[k]!.clause;
  let skipNext = false;
  for (let i = k - 1; i >= 0 && words[i]!.clause === clause; i -= 1) {
    const w = words[i]!;
    if (CONJUNCTION.has(w.lower)) {
      skipNext = true;
      continue;
    }
    if (skipNext && EVALUATIVE.test(w.lower)) continue;
    skipNext = false;
    // "This stupid", "that incompetent": a degree, not a thing. "Trained to be", "paid to be": the subject is further back.
    if (i === k - 1 && (w.lower === 'this' || w.lower === 'that')) continue;
    if (INFINITIVE_LINK.has(w.lower)) continue;
    const pair = i > 0 && words[i - 1]!.clause === clause ? compound(words, i - 1) : undefined;
    if (pair) return pair;
    const c = classify(w, i === 0 || words[i - 1]!.clause !== clause, words[i - 1]);
    if (c) return c;
    if (SKIP.has(w.lower) || /ly$/u.test(w.lower) || EVALUATIVE.test(w.lower)) continue;
    // Any other word is most likely the subject's own noun ("the chatbot", "this month").
    return 'thing';
  }
  return undefined;
}

/** Who the verdict spanning words first..last is aimed at. */
export function targetOf(words: readonly Word[], first: number, last: number = first): Target {
  return forward(words, last) ?? backward(words, first) ?? 'none';
}

const OBJECT_SELF = set('me mich mir moi mim');
const NAME_COPULA = set('is are was were es son era fue est sont était ist sind war waren é são foi era');

function copulaBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j += 1) if (NAME_COPULA.has(words[j]!.lower)) return true;
  return false;
}

/** Whether a name-calling word is aimed at the writer ("I was an idiot to pay upfront", "call me stupid"). */
export function aimedAtSelf(words: readonly Word[], k: number): boolean {
  const clause = words[k]!.clause;
  for (let i = k - 1; i >= 0 && i >= k - 6 && words[i]!.clause === clause; i -= 1) {
    const w = words[i]!.lower;
    // "The agent who served me is an idiot": a "me" before the copula sits in a clause about the subject.
    if (OBJECT_SELF.has(w) && copulaBetween(words, i, k)) continue;
    if (SELF.has(w)) return true;
    if (PEOPLE.has(w) || PEOPLE.has(singular(w))) return false;
  }
  return false;
}

/** Whether the phrase starting at word i names people ("by your agent", "by them", "by Northline"), not a thing. */
export function namesPeople(words: readonly Word[], i: number): boolean {
  for (let j = i; j < Math.min(words.length, i + 3); j += 1) {
    const w = words[j]!;
    if (/^(?:the|a|an|your|their|its|some)$/u.test(w.lower)) continue;
    return classify(w, false) === 'people' || compound(words, j) === 'people';
  }
  return false;
}

/** Index of the word that starts at or contains offset. */
export function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid]!;
    if (offset < w.start) hi = mid - 1;
    else if (offset >= w.end) lo = mid + 1;
    else return mid;
  }
  return Math.min(lo, words.length - 1);
}

const IMPERSONAL = set("man on se someone somebody alguien jemand alguém quelqu'un");

/**
 * Whether the clause before word k names the reader's side as its subject ("your driver", "you",
 * "Northline"), as opposed to nobody ("Me robaron el móvil") or the writer ("I lost").
 */
export function readerBefore(words: readonly Word[], k: number): boolean {
  const clause = words[k]!.clause;
  for (let i = k - 1; i >= 0 && words[i]!.clause === clause; i -= 1) {
    const w = words[i]!;
    // Nobody in particular: German "man", French "on", "a man", "someone".
    if (IMPERSONAL.has(w.lower)) continue;
    const start = i === 0 || words[i - 1]!.clause !== clause;
    // At the start of a clause a capitalised word is a name unless it is a known word ("Me", "The").
    const name = start && isCapitalisedName(w) && !SELF.has(w.lower) && !SKIP.has(w.lower);
    if (name || classify(w, start, words[i - 1]) === 'people') return true;
  }
  return false;
}
