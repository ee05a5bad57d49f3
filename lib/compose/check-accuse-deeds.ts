import { t } from '../i18n';
import { type Word, wordAt } from './check-target';
import { inSpans, matchesOf } from './check-scan';
import { compile } from './check-threat-words';
import { THIRD_PARTY } from './check-words';
import { impostorBefore } from './check-accuse-context';
import { SCHEMES_EN, SCHEMES_INTL } from './check-accuse-schemes';
import type { Finding } from './findings';
import type { Span } from './tokens';

/**
 * Crimes told as deeds rather than named: "Northline forged my signature", "the manager is
 * pocketing the deposits", "they cook the books", "vole ses clients", "hat meine Unterschrift
 * gefälscht". A deed accuses when the reader's side does it (the company by name, its people,
 * "you", "they"); not when a stranger or the writer does, nor in a question ("did someone forge
 * my signature?"), nor in a report to the police.
 */

// Deeds that are crimes whoever they are done to. Each piece is a verb phrase in all its forms.
// Forged papers, not "forge ahead" or "forge a partnership".
const PAPERS =
  '(?:signatures?|initials|invoices?|documents?|records?|certificates?|receipts?|papers?|paperwork|cheques?|checks|reviews?|readings?|reports?|contracts?|forms?|accounts|figures|bills?|checks?|certs?|tests?|assessments?|waivers?|statements?|timesheets?|logs?|inspections?|valuations?|estimates?)';
// "A forged cheque" is the thing, not the deed: no article before the verb.
const FORGE = `(?<!(?:a|an|the|this|that|these|those)\\s)forg(?:e|es|ed|ing)\\s+(?:(?:my|our|his|her|their|the|a|customers?[’']?)\\s+)?(?:\\p{L}+(?:[’']s?)?\\s+){0,2}${PAPERS}\\b`;
// Faked papers or readings: "faked the readings", not "a fake review" (the thing) nor "fake it till you make it".
const FAKE = `fak(?:e|es|ed|ing)\\s+(?:my|our|his|her|their|its|the|customers?[’']?)\\s+(?:own\\s+)?(?:\\p{L}+(?:[’']s)?\\s+){0,2}${PAPERS}\\b`;
// Meters, odometers and scales tampered with: "wound back the mileage", "clocked the car", "rigged the meter".
const TAMPER =
  '(?:wound|wind(?:s|ing)?|turn(?:ed|s|ing)?|roll(?:ed|s|ing)?)\\s+(?:back\\s+(?:the\\s+|my\\s+|its\\s+|our\\s+)?(?:mileage|odometer|clock|meters?|milometer)|(?:the\\s+)?(?:mileage|odometer|clock|milometer)\\s+back)\\b|(?:clock(?:ed|ing)\\s+(?:the|my|our)\\s+(?:car|van|vehicle)|tamper(?:ed|ing|s)?\\s+with|rig(?:ged|ging|s)?)\\s+(?:the\\s+|my\\s+|our\\s+|their\\s+)?(?:\\p{L}+\\s+)?(?:mileage|odometer|clock|meters?|readings?|scales|tills?|figures|books|bills?)\\b';
// A customer's card or identity used for the staff member's own ends.
const MISUSE =
  "us(?:ed|ing|es|e)\\s+(?:my|our|customers?[’']?|people[’']s)\\s+(?:\\p{L}+\\s+){0,2}?(?:card|cards|details|identity|account|money)\\b(?=[^.!?]{0,40}\\b(?:for\\s+(?:himself|herself|themselves|his\\s+own|her\\s+own|their\\s+own|personal)|to\\s+buy))";
// Told in the passive, with the reader's people as the doers: "money was taken from my account by your own staff".
const TAKEN_BY =
  "(?:taken|removed|withdrawn|nicked|pocketed|siphoned|stolen|pinched)\\s+(?:out\\s+of|from)\\s+(?:my|our)\\s+(?:\\p{L}+\\s+)?(?:account|card|wallet|bag|purse|house|home|flat|car|parcel|luggage|suitcase|room|locker)\\s+by\\s+(?:your|their|its|the\\s+company[’']s)\\s+(?:own\\s+)?(?:\\p{L}+\\s+)?(?:staff|employees?|agents?|drivers?|engineers?|workers?|people|team|couriers?|technicians?|managers?|cleaners?|handlers?)\\b";
// Any bribe but the company's own "bribe" of the customer with vouchers.
const BRIBE = 'brib(?:e|es|ed|ing)\\b(?!\\s+(?:me|us)\\s+with\\b)';
const POCKET =
  "pocket(?:s|ed|ing)\\s+(?:the|our|my|their|customers?[’']?|people[’']s|guests[’']?|all|deposits|refunds|money|tips|cash|whatever|anything|everything)\\b|pocket\\s+(?:whatever|anything|everything|the\\s+(?:cash|money|change|difference|deposits?|tips))\\b";
// "Cooked its leak figures", "cooks the punctuality figures".
const BOOKS =
  'cook(?:s|ed|ing)?\\s+(?:the|its|their|his|her)\\s+(?:\\p{L}+\\s+)?(?:books|figures|numbers|accounts|stats|statistics|data|results)\\b';
const FIDDLE =
  'fiddl(?:e|es|ed|ing)\\s+(?:with\\s+)?(?:the\\s+|my\\s+|our\\s+|their\\s+)?(?:meter\\s+)?(?:readings?|figures|numbers|books|accounts|bills?|meters?|stats|results|data)\\b';
const FALSIFY = 'falsif(?:y|ies|ied|ying)\\b';
// A wrong covered up, not a hole in the wall.
const COVER_UP =
  'cover(?:s|ed|ing)?\\s+up\\s+(?:(?:the|a|their|its|this|that|his|her|our|my)\\s+)?(?:\\p{L}+\\s+)?(?:breach(?:es)?|leaks?|fraud|mistakes?|errors?|evidence|truth|problems?|complaints?|incidents?|scandal|abuse|accidents?|faults?|defects?|losses|damage|what\\s+(?:happened|they|you|he|she)|everything|it\\s+all)\\b';
const STEAL =
  "(?:steal(?:s|ing)?|stole|nick(?:s|ed|ing))\\s+(?:(?:my|our|the|a|people[’']s|customers[’']?)\\s+)?(?:parcels?|packages?|deliver(?:y|ies)|post|mail|from\\s+(?:customers|us|people|pensioners|the\\s+elderly))\\b";
const COUNTERFEIT =
  '(?:knowingly\\s+)?(?:sell|sells|sold|selling)\\s+(?:\\p{L}+\\s+)?(?:counterfeits?|fakes|knock-?offs)\\b';
const KNOWINGLY =
  'knowingly\\s+(?:sell|sells|sold|selling|overcharg\\p{L}*|mis-?sold|mis-?sell\\p{L}*|charg\\p{L}*)\\b';
// Charging or keeping money on purpose: "kept charging my late father's card…, deliberately",
// "cobran a propósito", "débitent exprès", "buchen absichtlich ab". An error is not a deed; intent is.
const ON_PURPOSE =
  '(?:deliberately|on\\s+purpose|intentionally|a\\s+propósito|deliberadamente|adrede|exprès|délibérément|volontairement|absichtlich|mit\\s+Absicht|bewusst|de\\s+propósito|propositadamente)';
const CHARGE_VERB =
  '(?:charg(?:e|es|ed|ing)|bill(?:s|ed|ing)?|overcharg(?:e|es|ed|ing)|debit(?:s|ed|ing)?|withh(?:e|o)ld(?:s|ing)?|cobr(?:a|an|ó|aron|ando)|factur(?:a|an|ó|aron)|débit(?:e|ent|é)|factur(?:e|ent|é)|buch(?:t|en|te|ten)|abgebucht|cobr(?:am|ou|aram))';
// Doubt or denial between them ("I don't think it was deliberate") takes the intent back.
const DELIBERATE = `${CHARGE_VERB}\\b(?=(?:(?!not\\b|n['’]t\\b|doubt|hardly|\\bno\\b|\\bpas\\b|nicht|não)[^.!?]){0,80}?\\b${ON_PURPOSE}\\b)|${ON_PURPOSE}\\s+(?:\\p{L}+\\s+)?${CHARGE_VERB}\\b`;

// "Sell our data" is a crime only with its framing: illegally, behind our backs, without consent.
const SELL_DATA =
  "(?:sell|sells|sold|selling)\\s+(?:\\p{L}+\\s+){0,2}?(?:data|details|numbers?|information|info|emails?|addresses|contacts)\\b(?=[^.!?]{0,40}\\b(?:illegally|unlawfully|behind\\s+(?:our|my|their|people[’']s|customers[’']?)\\s+backs?|without\\s+(?:our|my|their|any)?\\s*(?:consent|permission|knowledge)))";
const ILLEGALLY =
  '(?:illegally|unlawfully)\\s+(?:kept|keep|keeps|keeping|withh(?:e|o)ld\\p{L}*|took|take|takes|taking|charg\\p{L}*|sold|sell\\p{L}*|shar\\p{L}*|us\\p{L}*|obtain\\p{L}*)\\b';

// Money taken and the taker gone: "took my money and ran", "se llevaron mi dinero y desaparecieron".
const ABSCOND =
  "(?:took|take|takes|taking|kept|pocketed|grabbed|had)\\s+(?:my|our|the|people[’']s|customers[’']?|everyone[’']s)\\s+(?:\\p{L}+\\s+)?(?:money|deposits?|cash|payments?)\\s+and\\s+(?:then\\s+)?(?:ran|run|disappeared|vanished|did\\s+a\\s+runner|legged\\s+it|ghosted|went\\s+(?:silent|dark|bust))\\b";

// Valuables taken by a person: "nicked my earbuds", "took the cash from my room safe", "skimming the budget".
const VALUABLES =
  '(?:cash|money|earbuds|airpods|headphones|phone|laptop|tablet|camera|jewell?e?ry|rings?|necklace|watch|wallet|purse|valuables|tips|savings|rent|deposit|stuff|things|belongings|items)';
const TAKE_VALUABLES = `(?:nick(?:s|ed|ing)?|pinch(?:es|ed|ing)?|swip(?:e|es|ed|ing)|pilfer(?:s|ed|ing)?|stole|steal(?:s|ing)?|pocket(?:s|ed|ing)?|help(?:s|ed|ing)?\\s+(?:him|her|them)sel(?:f|ves)\\s+to)\\s+(?:(?:my|our|the|a|some|people[’']s|customers[’']?)\\s+)?(?:\\p{L}+\\s+)?${VALUABLES}\\b|(?:took|takes|taking|take)\\s+(?:my|our|the)\\s+(?:\\p{L}+\\s+)?${VALUABLES}\\s+(?:from|out\\s+of)\\s+(?:my|our|the)\\b`;
const SKIM =
  "(?:skim(?:s|med|ming)?|siphon(?:s|ed|ing)?|embezzl(?:e|es|ed|ing))\\s+(?:off\\s+)?(?:(?:the|our|my|their|public|council|customers[’']?)\\s+)?(?:\\p{L}+\\s+)?(?:budget|funds?|money|cash|takings|profits|accounts?|pension|grants?|donations|deposits?)\\b";

// Goods sold that the seller knows are not what they seem: "sells stolen cars", "flogging knock-off
// phones", "reselling tickets through fake accounts".
const SELL_STOLEN =
  '(?:sell|sells|selling|sold|resell|resells|reselling|flog|flogs|flogging|fenc(?:e|es|ing))\\s+(?:\\p{L}+\\s+)?(?:stolen|counterfeit|knock-?off|cloned|pirated|smuggled)\\b|(?:through|via|using|with|under)\\s+(?:\\p{L}+\\s+)?(?:fake|bogus|sham|false)\\s+(?:accounts|profiles|names|identities|companies|reviews)\\b';
// A customer's good parts exchanged for worse ones: "swapped my new tyres for worn ones", "trocou as
// peças novas por usadas", "cambió mis ruedas por unas usadas", "a échangé mes pièces contre des usées".
const SWAP = `(?:swapp(?:ed|ing)|switch(?:ed|ing)|replac(?:ed|ing)|trocou|trocaram|troca(?:m)?|cambia|cambió|cambiaron|cambian|échang(?:é|ent|e)|tauscht(?:e|en)?|getauscht)\\s+(?:(?:my|our|the|mis|nuestr[oa]s|las|los|as|os|minhas|meus|mes|nos|les|meine|unsere|die)\\s+)?(?:\\p{L}+\\s+){0,2}?(?:for|por|contre|gegen)\\s+(?:(?:a|an|some|unas|unos|des|umas|uns)\\s+)?(?:worn|used|old|cheap|cheaper|fake|second-hand|usad[oa]s|velh[oa]s|viej[oa]s|usé(?:e|s|es)?|vieilles|alte|gebrauchte|billige)\\b|(?:meine|unsere|die|den)\\s+(?:\\p{L}+\\s+){0,2}?gegen\\s+(?:alte|gebrauchte|billige|abgefahrene)\\s+(?:\\p{L}+\\s+)?(?:ge)?tausch\\p{L}*`;

// An order eaten into or opened and closed again to hide it: "ate half my chips and resealed the bag",
// "se comió la mitad de mis patatas", "a mangé la moitié de mes frites", "comeu metade das batatas".
const INTO_ORDER =
  '(?:ate|eaten|eats|drank|opened|(?:se\\s+)?comió|a\\s+mangé|a\\s+bu|comeu|bebeu)\\s+(?:half|some|most|part|la\\s+mitad|la\\s+moitié|metade|a\\s+metade)\\s+(?:of\\s+|de\\s+|d[aeo]s?\\s+)?(?:my|our|the|mis|mi|la|las|los|mes|ma|mon|nos|d[ao]s?|minhas?|meus?)\\s+(?:\\p{L}+\\s+)?(?:food|chips|fries|order|meal|pizza|burger|nuggets|drinks?|patatas|comida|pedido|frites|repas|commande|batatas|comida|encomenda)\\b|(?:re-?sealed|re-?taped|re-?wrapped)\\s+(?:the|it|my)\\b';

const EN = [
  DELIBERATE,
  INTO_ORDER,
  SELL_STOLEN,
  SWAP,
  TAKE_VALUABLES,
  SKIM,
  FORGE,
  ABSCOND,
  FAKE,
  TAMPER,
  MISUSE,
  TAKEN_BY,
  BRIBE,
  POCKET,
  BOOKS,
  FIDDLE,
  FALSIFY,
  COVER_UP,
  STEAL,
  COUNTERFEIT,
  KNOWINGLY,
  SELL_DATA,
  ILLEGALLY,
];

// The same deeds in Spanish, French, German and Portuguese.
const INTL = [
  // Spanish: "falsificó mi firma", "sobornaron al inspector", "maquillan las cuentas", "se quedan con las fianzas".
  'falsific(?:a|an|ó|aron|ado|ando|áis)\\b',
  'soborn(?:a|an|ó|aron|ado|ando)\\b',
  'maquill(?:a|an|ó|aron|ando)\\s+(?:las|sus|los)\\s+(?:cuentas|cifras|lecturas|datos)\\b',
  // Meters, odometers and money laundering in Spanish: "manipulan los contadores", "blanquea dinero".
  '(?:manipul|truc|amañ)(?:a|an|ó|aron|ando|ado)\\s+(?:el|los|las|la|mis|nuestros?|sus)\\s+(?:\\p{L}+\\s+)?(?:contador(?:es)?|medidor(?:es)?|lecturas?|cuentakilómetros|kilometraje|facturas?|básculas?)\\b',
  '(?:cogieron|cogió|cobraron|cobró|se\\s+llevaron|se\\s+llevó|pillaron)\\s+(?:mi|el|nuestro|vuestro)\\s+dinero\\s+y\\s+(?:desaparecieron|desapareció|se\\s+esfumaron|se\\s+esfumó|huyeron|huyó)\\b',
  "(?:pris|encaissé|empoché)\\s+(?:mon|notre|l['’])\\s*argent\\s+et\\s+(?:ont\\s+|a\\s+)?(?:disparu|(?:se\\s+sont|s['’]est)\\s+(?:volatilisée?s?|envolée?s?|évaporée?s?))",
  '(?:mein|unser)\\s+Geld\\s+(?:genommen|kassiert|eingesteckt)\\s+und\\s+(?:sind|ist)\\s+(?:abgetaucht|verschwunden|untergetaucht)\\b',
  '(?:pegaram|pegou|levaram|levou|ficaram\\s+com|ficou\\s+com)\\s+(?:o\\s+)?(?:meu|nosso|o)\\s+dinheiro\\s+e\\s+(?:sumiram|sumiu|desapareceram|desapareceu|fugiram|fugiu)\\b',
  'blanque(?:a|an|ó|aron|ando)\\s+(?:dinero|capitales)\\b',
  'se\\s+qued(?:a|an|ó|aron)\\s+con\\s+(?:el\\s+dinero|las\\s+fianzas|los\\s+depósitos|mi\\s+dinero|nuestro\\s+dinero|el\\s+IVA)\\b',
  // A belonging kept by the person who handled it: "se quedó con el móvil", "ficou com o meu telemóvel".
  'se\\s+qued(?:a|an|ó|aron)\\s+con\\s+(?:el|la|mi|mis|los|las)\\s+(?:móvil|teléfono|portátil|cartera|reloj|tableta|auriculares|joyas|anillo|cámara)\\b',
  '(?:ficou|ficaram)\\s+com\\s+(?:o|a|os|as)\\s+(?:meu|minha|meus|minhas)?\\s*(?:telemóvel|celular|telefone|portátil|carteira|relógio|tablet|fones|joias|anel|câmara|câmera)\\b',
  'vend(?:eu|eram)\\s+(?:as|os)\\s+(?:minhas|meus|nossas|nossos)\\b',
  'venden?\\s+(?:los\\s+|nuestros\\s+|mis\\s+)?datos\\b(?=[^.!?]{0,40}\\b(?:sin\\s+(?:permiso|consentimiento)|ilegalmente))',
  // Stolen or fake goods sold: "verkauft gestohlene Handys", "vende telemóveis roubados", "revend des téléphones volés".
  '(?:verkauf(?:t|en|te|ten)|vend(?:e|em|eu|eram|en|ió|ieron)|revend(?:e|ent|ait)?)\\s+(?:\\p{L}+\\s+){0,2}?(?:gestohlene\\p{L}*|gefälschte\\p{L}*|roubad[oa]s|robad[oa]s|falsificad[oa]s|volé(?:e|s|es)|contrefai\\p{L}+)',
  // Bribes as nouns in every language: "took a backhander", "aceptó un soborno", "des pots-de-vin", "Schmiergeld", "suborno".
  'backhanders?|kickbacks?|sobornos?|pots?-de-vin|Schmiergeld\\p{L}*|subornos?',
  // French: "vole ses clients", "a falsifié ma signature", "truquent les relevés".
  'vol(?:e|ent|ez)\\s+(?:ses|leurs|les|vos|nos|mes)\\s+clients\\b',
  'falsifi(?:e|ent|ez|é|ée|és|ait|aient)\\b',
  'truqu(?:e|ent|ez|é|ée|és|ait|aient)\\s+(?:les|mes|nos|ses|leurs)\\b',
  'soudoy(?:é|ée|er|ez|ait)\\b',
  'vol(?:e|ent|ez|aient)\\s+(?:dans\\s+)?(?:les|des|nos|mes|vos)\\s+(?:colis|paquets|commandes|bagages|valises|affaires)\\b',
  "trafiqu(?:e|ent|ez|é|ée|és|ait|aient)\\s+(?:les|le|la|l[’']|mes|nos|ses|leurs|mon|ma|notre|son|sa|leur)",
  'manipul(?:e|ent|é|ée|és|ait|aient)\\s+(?:les|le|mes|nos|ses|leurs)\\s+(?:relevés|compteurs?|factures|chiffres|balances?)\\b',
  "blanchi(?:t|ssent|ssait|ssaient)\\s+(?:de\\s+l['’]argent|l['’]argent|des\\s+fonds)",
  "détourn(?:e|ent|é|ait)\\s+(?:l[’']argent|les\\s+fonds|des\\s+fonds)\\b",
  // German: "fälscht die Zählerstände", "hat meine Unterschrift gefälscht", "besticht", "steckt das Geld ein".
  'fälsch(?:t|en|te|ten)\\b',
  'gefälscht\\b(?!\\p{L})',
  'bestoch(?:en)\\b|besticht\\b',
  'steck(?:t|en|te|ten)\\s+(?:das|unser|mein|euer)\\s+Geld\\s+(?:\\p{L}+\\s+){0,3}?(?:ein|Tasche)\\b',
  '(?:klau(?:t|en|te|ten)|stiehlt|stehlen|stahlen?|bestiehlt|bestehlen)\\b',
  // "Der Bote hat mein Handy geklaut"; "mein Handy wurde geklaut", "man hat mir … geklaut" are a
  // victim's report with nobody named.
  '(?<!\\b(?:wurde|wurden|worden|wird|ist|sind|man|jemand|einer|irgendwer)\\b[^.!?,]{0,40})geklaut\\b',
  'unterschlag(?:en|t)|unterschlug\\p{L}*',
  'manipulier(?:t|en|te|ten)\\s+(?:die|den|das|unsere|meine|ihre|seine|eure)\\s+(?:\\p{L}+\\s+)?(?:Zählerstände|Zähler|Tacho|Tachostand|Kilometerstand|Abrechnungen?|Rechnungen?|Messwerte|Waagen?)\\b',
  '(?:Zählerstände|Zähler|Tacho|Tachostand|Kilometerstand|Abrechnungen?|Messwerte|Waagen?)\\s+(?:\\p{L}+\\s+){0,2}?(?:manipuliert|zurückgedreht)\\b',
  '(?:dreh|frisier)(?:t|en|te|ten)\\s+(?:den|die|das|unseren|meinen)\\s+(?:Tacho|Tachostand|Kilometerstand|Zähler|Zählerstand)\\b|(?:Tacho|Kilometerstand|Zähler)\\s+(?:\\p{L}+\\s+){0,2}?frisiert\\b',
  'wäsch(?:t|en)\\s+(?:\\p{L}+\\s+)?Geld\\b|Geld\\s+wäsch(?:t|en)\\b',
  // Portuguese: "falsificou a minha assinatura", "subornaram", "embolsam o dinheiro".
  'falsific(?:ou|aram|am|ando)\\b',
  'suborn(?:ou|aram|am|ando)\\b',
  'embols(?:a|am|ou|aram|ando)\\b',
  '(?:manipul|adulter|vici)(?:a|am|ou|aram|ando)\\s+(?:o|os|a|as|meu|minha|meus|minhas|nossos?|nossas?)\\s+(?:\\p{L}+\\s+)?(?:contador(?:es)?|leituras?|hodômetro|odómetro|conta-quilómetros|quilometragem|faturas?|medidor(?:es)?|balanças?)\\b',
  '(?:lava|lavam|lavou|lavaram|branqueia|branqueiam|branqueou)\\s+(?:dinheiro|capitais)\\b',
];

// One pattern, with a Unicode-aware \b ("falsificó", "gefälscht").
const DEED_RE = compile([`\\b(?:${[...EN, ...SCHEMES_EN, ...INTL, ...SCHEMES_INTL].join('|')})`], true)[0]!;

// Nobody in particular, the police, the writer: not the reader's side.
const NOT_READER =
  /^(?:i|we|i've|i'd|i'm|ich|wir|yo|eu|je|j'ai|someone|somebody|jemand|alguien|alguém|quelqu'un|quelqu’un|police|policía|polizei|polícia|anzeige|denuncia|plainte|reported|report|who|whoever|if)$/u;

const BELIEF = /^(?:think|believe|reckon|suspect|bet|know|guess|feel|'m|am|swear|heard)$/u;
// "I'm sure the cleaner took…", "I'm certain": the writer vouches for the deed.
const SURE = /^(?:i['’]m|im|we['’]re)$/u;
const SURE_WORD = /^(?:sure|certain|convinced|positive)$/u;

/**
 * The deed's subject, read back through the clause: a stranger or the writer clears it; anyone
 * else named before the deed (the company, "the director", "their accountants", "they") is the
 * reader's side, since things do not forge or bribe.
 */
function readerDoes(words: readonly Word[], k: number): boolean {
  const clause = words[k]!.clause;
  let named = false;
  for (let i = k - 1; i >= 0 && words[i]!.clause === clause; i -= 1) {
    const w = words[i]!.lower;
    // "I think the engineer faked the readings": the writer only frames what the named subject did.
    if (/^(?:i|we)$/u.test(w) && named && BELIEF.test(words[i + 1]?.lower ?? '')) return true;
    if (SURE.test(w) && named && SURE_WORD.test(words[i + 1]?.lower ?? '')) return true;
    // "I note … that Halcyon Hotels forges…": the subject named after "that" is the doer, whoever speaks.
    if (named && /^(?:that|dass)$/u.test(w)) return true;
    if (NOT_READER.test(w) || THIRD_PARTY.has(w)) return false;
    named = true;
  }
  return named;
}

/** The clause ends in a question mark: "Is the seller selling counterfeits?" asks. */
function asked(text: string, end: number): boolean {
  const stop = text.slice(end).search(/[.!?]/u);
  return stop >= 0 && text[end + stop] === '?';
}

export function deedFindings(text: string, spans: readonly Span[], words: readonly Word[]): Finding[] {
  const found: Finding[] = [];
  for (const m of matchesOf(DEED_RE, text)) {
    const end = m.index + m[0].length;
    if (inSpans(spans, m.index, end) || asked(text, end) || impostorBefore(text, m.index)) continue;
    if (!readerDoes(words, wordAt(words, m.index))) continue;
    found.push({
      start: m.index,
      end,
      kind: 'defamation',
      message: t('compose.check.defamation.message'),
      suggestion: '',
    });
  }
  return found;
}
