import { readerBefore, targetOf, type Word } from './check-target';

/**
 * Context that makes a crime word something other than an accusation of the reader: a victim's
 * report ("A thief took my bag", "Me robaron el móvil"), a verdict on a price or a thing ("what a
 * rip-off", "daylight robbery", "the 5G icon is a lie", "the crooked shelf"), or an idiom of the
 * writer's own ("not gonna lie").
 */

// "a thief", "some thief", "un ladrón", "ein Dieb": a stranger, unless the sentence says the reader is one ("you are a thief").
const INDEFINITE = /^(?:a|an|some|another|un|una|une|ein|eine|einen|einem|um|uma|algún|algum)$/u;
// "The thief was caught on camera": a definite article only at the start of a clause.
const DEFINITE = /^(?:the|el|le|der|o)$/u;
const COPULA =
  /^(?:is|are|was|were|be|been|'re|'s|am|like|such|es|eres|sois|son|fue|est|êtes|sont|était|ist|sind|bist|seid|war|é|são|foi|és)$/u;
const CRIME_PERSON =
  /^(?:thief|robber|burglar|pickpocket|mugger|fraudster|scammer|crook|ladr[oó]n|carterista|estafador|voleur|escroc|dieb|taschendieb|betr[üu]ger|ladr[ãa]o|golpista|batedor)$/u;

// Thieves as the subject of a past deed: "Thieves broke into my car", "Burglars took the router".
const CRIME_PEOPLE =
  /^(?:fraudsters|scammers|hackers|estafadores|escrocs|betrüger|golpistas|thieves|robbers|burglars|pickpockets|muggers|ladrones|voleurs|cambrioleurs|diebe|einbrecher|ladrões|ladroes|assaltantes)$/u;
const PLURAL_DEFINITE = /^(?:the|los|les|die|os)$/u;
const DEED =
  /^(?:\p{L}+ed|broke|took|stole|got|ran|made|came|went|have|had|has|must|probably|apparently|were|entraron|robaron|se|ont|sont|haben|sind|levaram|entraram|roubaram)$/u;

const RELATIVE_DEED =
  /^(?:hacked|cloned|stole|took|broke|got|targeted|phished|spoofed|scammed|conned|emptied|used|opened|accessed|hijacked|impersonated|called|texted|emailed|sent)$/u;

/** "A thief took my bag at the station": a stranger did it, in the writer's report. */
export function strangerNamed(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  const next = words[k + 1];
  const clauseStart = k === 0 || words[k - 1]!.clause !== w.clause;
  // "The thieves took my parcel", "Los ladrones entraron": a definite article at the clause's start names them too.
  const prev = words[k - 1];
  const opensWithArticle =
    !!prev &&
    prev.clause === w.clause &&
    PLURAL_DEFINITE.test(prev.lower) &&
    (k === 1 || words[k - 2]!.clause !== w.clause);
  if (
    (clauseStart || opensWithArticle) &&
    CRIME_PEOPLE.test(w.lower) &&
    next?.clause === w.clause &&
    DEED.test(next.lower)
  )
    return true;
  // "The fraudsters who hacked my email…": thieves described by a deed of theirs are strangers,
  // unlike "the thieves who run this bank".
  if (
    (clauseStart || opensWithArticle) &&
    CRIME_PEOPLE.test(w.lower) &&
    /^(?:who|that|which)$/u.test(next?.lower ?? '') &&
    RELATIVE_DEED.test(words[k + 2]?.lower ?? '')
  )
    return true;
  // Headline style, no article: "Thief nicked my phone on the jeepney".
  if (clauseStart && CRIME_PERSON.test(w.lower) && next?.clause === w.clause && DEED.test(next.lower)) return true;
  const article = words[k - 1];
  if (!CRIME_PERSON.test(w.lower) || !article || article.clause !== w.clause) return false;
  const before = words[k - 2];
  if (DEFINITE.test(article.lower)) return !before || before.clause !== w.clause;
  if (!INDEFINITE.test(article.lower)) return false;
  return !before || before.clause !== w.clause || !COPULA.test(before.lower);
}

// What a thief takes in the street: a theft of one of these, by nobody named, is a victim's report.
const BELONGING =
  /^(?:card|carte|tarjeta|cart[ãa]o|karte|bankkarte|phone|mobile|bag|handbag|wallet|purse|bike|bicycle|car|laptop|luggage|suitcase|keys|passport|m[óo]vil|celular|tel[ée]fono|cartera|bolso|mochila|bici|bicicleta|coche|port[aá]til|maleta|pasaporte|portable|t[ée]l[ée]phone|sac|portefeuille|v[ée]lo|voiture|valise|handy|tasche|geldb[öo]rse|portemonnaie|fahrrad|auto|koffer|telem[óo]vel|carteira|bolsa|carro|mala|passaporte|parcel|package|delivery|encomenda|pacote|paquete|pedido|colis|paket|sendung|bike)$/u;
const DETERMINER =
  /^(?:my|our|the|a|an|his|her|mi|mis|el|la|un|una|mon|ma|mes|le|les|une|mein|meine|meinen|das|die|den|ein|eine|einen|meu|minha|o|um|uma|me|nos)$/u;

/** "Me robaron el móvil en el metro", "Roubaram meu celular": a belonging stolen, by nobody named. */
export function streetTheft(words: readonly Word[], first: number, last: number): boolean {
  if (readerBefore(words, first)) return false;
  // German puts the object inside the verb: "hat mir das Handy geklaut".
  for (let i = first + 1; i <= last; i += 1) if (BELONGING.test(words[i]!.lower)) return true;
  for (let i = last + 1; i < Math.min(words.length, last + 4) && words[i]!.clause === words[last]!.clause; i += 1) {
    const w = words[i]!.lower;
    if (BELONGING.test(w)) return true;
    if (!DETERMINER.test(w)) return false;
  }
  return false;
}

// Verdicts on value or on a thing: an accusation only when aimed at people.
// "rip-off" in the other languages: "un robo", "quelle arnaque", "Abzocke", "um roubo".
const VALUE_VERDICT = /^(?:rip-?offs?|(?:daylight|highway)\s+robbery|robo|timo|arnaque|abzocke|roubo)$/iu;
// "The delay was criminal": a verdict on a thing, like "crooked"; "your staff are criminal" still accuses.
const THING_VERDICT = /^(?:a\s+lie|lies|crooked|corrupt|criminal)$/iu;

const POINTER =
  /^(?:that|this|it|that's|it's|this's|which|everything|c'est|ceci|cela|ça|esto|eso|das|dies|isso|isto|you|you're|vous|sois|ihr|vocês)$/u;
const LINKING =
  /^(?:is|was|are|were|be|been|'s|just|all|a|an|total|complete|outright|big|another|more|es|fue|un|una|est|une|ist|eine|ein|é|um|uma|pure|pura|reine)$/u;

/** The word before a verdict, past "is", "just", "a": its subject when the sentence is short. */
function subjectWord(words: readonly Word[], first: number): string {
  for (let i = first - 1; i >= 0 && words[i]!.clause === words[first]!.clause; i -= 1) {
    if (!LINKING.test(words[i]!.lower)) return words[i]!.lower;
  }
  return '';
}

/** "What a rip-off", "£40 for a bag is daylight robbery", "the 5G icon is a lie", "the crooked shelf". */
export function verdictOnThing(words: readonly Word[], first: number, last: number, phrase: string): boolean {
  const value = VALUE_VERDICT.test(phrase);
  if (!value && !THING_VERDICT.test(phrase)) return false;
  // "Criminal" judges a thing only as a predicate ("the delay was criminal:"), not "a criminal outfit".
  if (/^criminal$/iu.test(phrase) && words[last + 1]?.clause === words[last]!.clause) return false;
  // "That's a lie", "c'est une arnaque", "das ist Abzocke": the company's doing, not a price.
  if (POINTER.test(subjectWord(words, first))) return false;
  const target = targetOf(words, first, last);
  return target === 'thing' || (value && target === 'none');
}

// Auxiliaries and negation between the writer and "lie": "I'm not gonna lie", "I won't lie", "ich will nicht lügen".
const AUX =
  /^(?:not|never|gonna|going|to|wanna|will|won't|can't|cannot|can|could|would|wouldn't|shall|must|'ll|'m|am|do|don't|did|didn't|n't|gonna|ll|m|werde|möchte|kann|muss|nicht|nie)$/u;
const WRITER = /^(?:i|we|i'm|i'll|we'll|we're|ich|wir|yo|eu|je)$/u;

/** "Not gonna lie", "I won't lie", "I can't lie": the writer's own words about themselves. */
export function writersOwnLie(words: readonly Word[], k: number): boolean {
  const clause = words[k]!.clause;
  let aux = 0;
  for (let i = k - 1; i >= 0 && words[i]!.clause === clause; i -= 1) {
    const w = words[i]!.lower;
    if (WRITER.test(w)) return true;
    if (!AUX.test(w)) return false;
    aux += 1;
    // A quote or a comma opens the phrase: 'he said "not gonna lie, …"'.
    if (/[“"‘'«,]/u.test(words[i]!.gap)) break;
  }
  return aux > 0;
}

// An impostor earlier in the sentence: "fake @Tickety resellers … are stealing", "una web falsa que se
// hace pasar por…", "un faux SMS au nom de…, c'est une arnaque". The crime is theirs, not the reader's.
const IMPOSTOR_BEFORE =
  /(?:^|[^a-zà-ÿ])(?:fake|bogus|phony|phoney|spoofed|cloned|phishing|impostors?|imposters?|pretending|claim(?:ing|s)?\s+to\s+be|posing\s+as|impersonat[a-z]*|scam\s+(?:page|account|site|website|profile|text|sms|email|call|number|link|app)s?|not\s+(?:the\s+)?(?:real|official|genuine)|falsa|falso|falsas|falsos|faux|fausse|fausses|gefälschte[nrsm]?|falsche[nrsm]?|se\s+(?:hace|hacen)\s+pasar|se\s+(?:fait|font)\s+passer|gibt\s+sich\s+als|geben\s+sich\s+als|se\s+passa(?:ndo)?\s+por|fingindo)(?![a-zà-ÿ])[^.!?]*$/iu;

const READER_SUBJECT =
  /(?:^|[^a-zà-ÿ])(?:you|your|they|their|vous|ils|ustedes|vosotros|ellos|sie|ihr|vocês|eles)(?![a-zà-ÿ])/iu;

// A sentence that only points back: "it's a scam", "c'est une arnaque", "das ist Betrug".
const POINTS_BACK =
  /(?:^|[.!?]\s*)(?:so\s+)?(?:it['’]?s|its|it\s+is|that['’]s|this\s+is|c['’]est|es|eso\s+es|das\s+ist|é|isso\s+é)\s+(?:(?:a|an|une?|una?|um|uma|ein|eine|obviously|clearly|just|total|complete|pure|obvious|clear)\s+){0,3}$/iu;

const IMPOSTOR_ANYWHERE = new RegExp(IMPOSTOR_BEFORE.source.replace('[^.!?]*$', ''), 'iu');

/**
 * An impostor is named earlier in the same sentence, or in the sentence before when this one only
 * points back at it: "Got a text pretending to be you. It's a scam, don't click".
 */
export function impostorBefore(text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 120), start);
  const pointer = POINTS_BACK.exec(head);
  if (pointer) {
    const earlier = text.slice(Math.max(0, start - 240), start - (head.length - pointer.index));
    const previous = earlier.split(/[.!?]\s/u).at(-1) ?? '';
    const cue = IMPOSTOR_ANYWHERE.exec(previous);
    if (cue && !READER_SUBJECT.test(previous.slice(0, cue.index))) return true;
  }
  const m = IMPOSTOR_BEFORE.exec(head);
  if (!m) return false;
  // "You post fake reviews and scam people": the reader's side is the subject, whatever is fake.
  const sentence =
    head
      .slice(0, m.index)
      .split(/[.!?]\s/u)
      .at(-1) ?? '';
  return !READER_SUBJECT.test(sentence);
}
