import { matchesOf } from './check-scan';
import { A, STAFF_ROLE, compile } from './check-threat-words';

/**
 * Threats told in words nobody has used before, read from their structure rather than from set
 * phrases: a menacing frame ("I'll", "keep it up and", "next time", "if you don't…", "someone
 * should", "it would be a shame if") followed by harm to a person or to the company's property
 * ("flatten that manager", "smash up the reception desk", "key his car", "leave in an ambulance",
 * "find itself on fire"). A harm alone ("this queue is killing me", "I'll trash the old box")
 * or a frame alone ("I'll take you to court") is not a threat.
 */

// Frames that make what follows a menace: intent, a condition on the company's conduct, a wish.
const STRONG_FRAME = [
  `\\b(?:i|we)(?:${A}ll|${A}d|\\s+will|\\s+shall|\\s+swear|\\s+(?:want|intend|plan)\\s+to|${A}(?:m|re)\\s+(?:going\\s+to|gonna)|\\s+(?:am|are)\\s+(?:going\\s+to|gonna))\\b`,
  `\\b(?:i|we)(?:${A}m|${A}re|\\s+am|\\s+are)(?=\\s+\\w+ing\\b)`,
  '\\b(?:keep|carry\\s+on|go\\s+on)\\b[^.!?;]{0,40}?\\band\\b',
  `\\b(?:do|try)\\s+(?:it|that|this)\\s+again\\b|\\bbetter\\s+not\\b`,
  `\\b(?:someone|somebody|some\\s+people)(?:${A}s|\\s+is|\\s+should|\\s+ought\\s+to|\\s+will|${A}ll|\\s+could|\\s+might|\\s+needs\\s+to)\\b`,
  `\\b(?:would|${A}d|will)\\s+be\\s+a\\s+(?:real\\s+|terrible\\s+|great\\s+)?(?:shame|pity)\\b`,
  // West African pidgin: "I go come…", "una go see".
  '\\b(?:i|we|una)\\s+go\\s+(?:come|scatter|show|deal|finish|burn|break)\\b',
];
// Frames that menace wherever they stand in the clause: "… next time", "…, just saying".
const TRAILING_FRAME = [
  // "If you don't refund me…", "if this isn't sorted by Friday…": a condition on the company,
  // before or after the harm ("your store will have a bad night if I don't get my refund").
  `\\bif\\s+(?:you|ya|u|una|they|he|she|this|it|(?:the|that|this|your|ur)\\s+\\w+|my\\s+\\w+|i\\s+(?:don${A}t|do\\s+not|see|hear))\\b`,
  // "Give me one more excuse and…", "wait till I catch…": a last chance or a hunt.
  '\\b(?:one\\s+more\\s+\\w+\\s+and|wait\\s+(?:till|until)\\s+(?:i|we)\\s+(?:catch|find|see|get))\\b',
  '\\b(?:next\\s+time|one\\s+more\\s+time|ever\\s+again|again\\s+and|or\\s+else|just\\s+saying|mark\\s+my\\s+words)\\b',
];
// Foretelling by itself: "he'll be leaving in an ambulance", "it might find itself on fire".
const WEAK_FRAME = [
  `\\b(?:is|are|${A}s|${A}re)\\s+(?:going\\s+to|gonna)\\b`,
  `\\b(?:he|she|they|it|you|(?:that|this|the|your)\\s+\\w+)(?:${A}ll|\\s+will|\\s+might|\\s+may|\\s+could|\\s+won${A}t|\\s+would|${A}d)\\b`,
];

// A person on the company's side, or the company's property, as the object of harm.
const TARGET_NOUN = `(?:${STAFF_ROLE}|delivery\\s+(?:guy|man|boy|driver)|shop|store|office|depot|desk|window|windows|car|van|reception|branch|showroom|garage|warehouse|premises|counter|building|place|house|dealership|fleet|lorry|truck)s?`;
const TARGET = `(?:him|her|them|(?:(?:your|ur|that|the|this|his|her|their|those|these|every|all\\s+(?:the|your|their))\\s+)(?:\\w+\\s+){0,2}?${TARGET_NOUN}(?:${A}s)?(?:\\s+\\w+)?)\\b`;

// Harm that needs its object to be a person or the company's property ("flatten that manager").
// "Beat them to it", "beat them on price" are races, not blows: a preposition after the object rules it out.
const AIMED_HARM = `\\b(?:hurt|injure|drag|beat(?:\\s+up)?|batter|flatten(?:ing)?|deck|floor|knock\\s+out|burn(?:\\s+down)?|torch|smash(?:ing)?(?:\\s+up)?|wreck|trash|scatter|key|slash\\s+the\\s+tyres\\s+(?:of|on)|teach)\\s+${TARGET}(?!\\s+(?:to|on|at|by|in|for)\\b)`;
// Harm that carries its own victim: "leave in an ambulance", "break his jaw", "find itself on fire".
const BODY = '(?:jaw|legs?|arms?|nose|neck|face|teeth|skull|ribs|kneecaps?|fingers)';
const SELF_EVIDENT_HARM = [
  `\\b(?:break|breaking|snap|bust|smash)\\s+(?:his|her|their|that\\s+\\w+${A}s|the\\s+\\w+${A}s)\\s+${BODY}\\b`,
  '\\b(?:in|into)\\s+(?:an\\s+ambulance|a\\s+body\\s*bag|a\\s+wheelchair|hospital|the\\s+hospital|a\\s+coffin)\\b',
  `\\b(?:won${A}t|will\\s+not|wouldn${A}t|never|not)\\s+(?:be\\s+)?(?:walk|walking|leave|leaving|go|going|get|getting)\\s+(?:\\w+\\s+){0,2}?(?:on\\s+(?:his|her|their)\\s+own\\s+(?:two\\s+)?feet|in\\s+one\\s+piece|again)\\b`,
  `\\bfind\\s+(?:itself|himself|herself|themselves)\\s+(?:on\\s+fire|in\\s+flames|burn(?:ed|t)\\s+down|smashed\\s+up|in\\s+hospital)\\b`,
  `\\b(?:gets?|get(?:ting)?|be)\\s+hurt\\b(?!\\s+(?:on|by|with|from|in\\s+the\\s+(?:rain|queue)|because|using))`,
  `\\bteach\\s+(?:him|her|them|(?:that|your|the)\\s+(?:\\w+\\s+){0,2}?\\w+)\\s+a\\s+(?:lesson|thing\\s+or\\s+two)\\b`,
  `\\bregrets?\\s+(?:it|this|that)\\s+personally\\b`,
  // Injuries foretold for someone: "he'll need a hospital", "get a black eye", "get it back twice as hard".
  // Not "need a wheelchair": passengers ask for one ("she will need a wheelchair at the gate").
  '\\bneed\\s+(?:(?:a|an)\\s+(?:hospital|ambulance|surgeon|dentist|stretcher|cast)|stitches|surgery|new\\s+teeth)\\b',
  '\\b(?:get(?:s|ting)?|end(?:s|ing)?\\s+up\\s+with)\\s+(?:a|an|some)\\s+(?:black\\s+eye|bloody\\s+nose|broken\\s+(?:nose|jaw|arm|leg|ribs|teeth)|fat\\s+lip|beating|kicking|hiding|thrashing|slap|smack|stitches)\\b',
  '\\bget(?:s|ting)?\\s+it\\s+back\\s+(?:twice|double|ten\\s+times)\\b',
  // "Won't walk out the same way he walked in".
  `\\b(?:won${A}t|will\\s+not|wouldn${A}t|never)\\s+(?:walk|leave|go|come)\\s+out\\s+(?:of\\s+\\w+\\s+)?the\\s+same\\s+way\\b`,
  // The company's place or person foretold a bad night: "your store will have a very bad night".
  `\\b${TARGET}[^.!?]{0,20}?\\bhave\\s+a\\s+(?:very\\s+|really\\s+)?(?:bad|rough|nasty|long|unpleasant)\\s+night\\b`,
  '\\bscatter\\s+(?:everything|every\\s+thing|the\\s+place|am)\\b',
  `\\b(?:something|anything)\\s+(?:happened|happens|were\\s+to\\s+happen|was\\s+to\\s+happen|happening)\\s+to\\s+(?:your|that|the|his|her|their)\\s+(?:\\w+\\s+)?(?:${TARGET_NOUN}|family|kids|business|place)\\b`,
  `\\bgo\\s+looking\\s+for\\s+(?:your|that|the)\\s+(?:\\w+\\s+)?${STAFF_ROLE}\\b`,
];

// Safety warnings ("fix the loose cable or someone will get hurt") foretell harm without menace.
const HAZARD =
  /\b(?:fix|repair|loose|broken|wet|slippery|icy|exposed|cables?|wires?|stairs|steps|floor|hazard|dangerous|unsafe|safety|lift|brakes?|ladder|glass)\b/iu;

// The same in the other languages: an unmistakable menace with its own victim.
const INTL = [
  // Spanish: "no sale entero", "acaba en el hospital", "sería una pena que le pasara algo a su tienda".
  '\\bno\\s+(?:sale|saldrá|va\\s+a\\s+salir|vuelve|volverá)\\s+(?:de\\s+aquí\\s+)?enter[oa]s?\\b',
  '\\b(?:acaba|acabará|termina|terminará|sale|saldrá|va\\s+a\\s+salir|va\\s+a\\s+acabar)\\s+(?:de\\s+aquí\\s+)?(?:en\\s+(?:una\\s+)?ambulancia|en\\s+el\\s+hospital|en\\s+camilla)\\b',
  '\\b(?:sería|fuera|es)\\s+una\\s+(?:pena|lástima)\\s+(?:que|si)\\s+(?:le|les|te|os)?\\s*(?:pasara|pasase|pasa|ocurriera|ocurriese)\\s+algo\\b',
  // French: "il repartira en ambulance", "finira à l'hôpital", "ce serait dommage qu'il arrive quelque chose à votre vitrine".
  "\\b(?:repartir|repartira|ressortira|sortira|finira|partira|rentrera|repart)\\w*\\s+(?:d['’]ici\\s+)?(?:en\\s+ambulance|à\\s+l['’]\\s*hôpital|sur\\s+une\\s+civière|les\\s+pieds\\s+devant)",
  "\\b(?:ce\\s+serait|ça\\s+serait|c['’]\\s*(?:est|serait))\\s+(?:vraiment\\s+|très\\s+)?(?:dommage|bête|triste)\\s+(?:qu['’]\\s*il|que|si)\\s+(?:\\S+\\s+){0,3}?(?:arrive|arrivait)\\s+(?:quelque\\s+chose|malheur|un\\s+accident)",
  // German: "wäre schade, wenn Ihrem Laden was zustößt" (not "meinem Paket": a worry), "landet im Krankenhaus".
  '\\b(?:wäre|es\\s+wäre|das\\s+wäre)\\s+(?:doch\\s+|ja\\s+|echt\\s+|wirklich\\s+)?schade,?\\s+wenn\\s+(?!(?:\\S+\\s+){0,2}?(?:mein|meine|meinem|meiner|meinen|unser|unsere|unserem|unserer|unseren|mir|uns)\\s)(?:\\S+\\s+){0,6}?(?:was|etwas)\\s+(?:zustößt|zustoßen\\s+würde|passiert|passieren\\s+würde)',
  '\\b(?:landet|landen|fährt|kommt)\\s+(?:er|sie|der\\s+\\S+)?\\s*(?:im\\s+Krankenwagen|ins\\s+Krankenhaus|im\\s+Krankenhaus)\\b',
  // Portuguese: "vai sair de ambulância", "era uma pena se acontecesse alguma coisa à vossa loja".
  '\\b(?:sai|sair|sairá|vai\\s+sair|acaba|acabar|vai\\s+acabar)\\s+(?:daqui\\s+)?(?:de\\s+ambulância|numa\\s+ambulância|no\\s+hospital|de\\s+maca)\\b',
  '\\b(?:era|seria)\\s+uma\\s+(?:pena|pena\\s+mesmo)\\s+se\\s+(?:\\S+\\s+){0,2}?acontecesse\\s+(?:alguma\\s+coisa|algo|qualquer\\s+coisa)\\b',
  // Intent to wreck the company's place or hurt its people, a few words apart: "voy a destrozar
  // la tienda", "je vais tout casser dans votre agence", "ich werde Ihren Laden zertrümmern", "vou
  // partir o carro do técnico".
  '\\b(?:(?:le|les|te|os)\\s+)?(?:voy|vamos)\\s+a\\s+(?:destrozar|romper|quemar|incendiar|reventar|arrasar|partir|dar\\s+una\\s+(?:lección|paliza))(?:le|les)?\\s+(?:\\S+\\s+){0,3}?(?:tienda|oficina|local|coche|furgoneta|mostrador|escaparate|almacén|sucursal|técnico|repartidor|gerente|encargado|jefe|dueño|casero|conductor)\\b',
  "\\b(?:je\\s+vais|j['’]\\s*vais|on\\s+va)\\s+(?:(?:lui|leur|tout)\\s+)?(?:casser|défoncer|brûler|saccager|cramer|détruire|démolir|exploser|apprendre\\s+la\\s+vie|donner\\s+une\\s+leçon)\\s+(?:\\S+\\s+){0,3}?(?:magasin|boutique|agence|bureau|voiture|camion|vitrine|comptoir|entrepôt|livreur|technicien|gérant|directeur|propriétaire|chauffeur|conseiller)s?\\b",
  '\\b(?:(?:ich|wir)\\s+(?:werde|werden|komme|kommen)|(?:werde|werden|komme|kommen)\\s+(?:ich|wir))\\s+(?:\\S+\\s+){0,5}?(?:Laden|Filiale|Büro|Auto|Wagen|Schaufenster|Theke|Lager|Fahrer|Techniker|Filialleiter|Vermieter|Monteur|Boten|Chef)s?\\s+(?:\\S+\\s+){0,2}?(?:eine\\s+Lektion\\s+erteilen|zertrümmern|kaputt\\s*machen|kaputtmachen|demolieren|anzünden|abfackeln|zerlegen|verprügeln|vermöbeln|auseinandernehmen)\\b',
  // A beating foretold: "il va se prendre une raclée", "se va a llevar una paliza", "vai levar o
  // troco", "ele vai apanhar", "kriegt er eine aufs Maul".
  '\\b(?:va|vont|vas)\\s+(?:se\\s+)?(?:prendre|ramasser|manger)\\s+(?:une|un|des)\\s+(?:(?:bonne|belle|sacrée|vraie)\\s+)?(?:raclée|baffe|claque|gifle|beigne|pain|pains|coups|dérouillée|branlée|correction)\\b',
  '\\b(?:se\\s+)?(?:va|van|vas)\\s+a\\s+(?:llevar|comer|ganar)\\s+(?:una\\s+)?(?:paliza|hostia|ostia|torta|leche|bofetada|somanta)\\b',
  '\\b(?:vai|vão|há\\s+de)\\s+(?:levar\\s+(?:o\\s+troco|uma\\s+(?:surra|sova|tareia|coça|porrada))|apanhar(?=\\s*(?:[.!,;]|$|muito|feio)))',
  '\\b(?:kriegt|kriegen|kriegst|bekommt|bekommen)\\s+(?:\\p{L}+\\s+)?(?:eine\\s+aufs\\s+Maul|eins\\s+auf\\s+die\\s+(?:Fresse|Nase|Mütze)|eine\\s+Abreibung|Prügel|eine\\s+Tracht\\s+Prügel)\\b',
  // Someone deciding to wreck the place, or what "might happen" to it: "vai que alguém resolve
  // quebrar tudo", "votre boutique pourrait bien brûler", "ojo con lo que le pueda pasar a vuestro local".
  "\\b(?:alguém|alguien|quelqu['’]\\s*un|jemand)\\s+(?:\\p{L}+\\s+){0,2}?(?:quebrar|partir|destruir|queimar|romper|destrozar|quemar|casser|brûler|saccager|zerstören|anzünden|demolieren)\\s+(?:tudo|todo|tout|alles|la\\s+tienda|a\\s+loja|le\\s+magasin|den\\s+Laden)\\b",
  '\\b(?:boutique|magasin|agence|local|tienda|oficina|loja|Laden|Filiale|Büro)\\s+(?:pourrait|pourra|risque\\s+de|podría|podria|poderia|pode|könnte)\\s+(?:bien\\s+|bem\\s+|muy\\s+bien\\s+|schnell\\s+)?(?:brûler|arder|quemarse|incendiarse|pegar\\s+fogo|brennen|abbrennen)\\b',
  '\\b(?:lo\\s+que\\s+(?:le\\s+|les\\s+)?(?:pueda|podría|pudiera)\\s+pasar(?:le)?\\s+a\\s+(?:vuestr|su\\s|sus\\s|tu\\s)|ce\\s+qui\\s+(?:pourrait|peut)\\s+arriver\\s+à\\s+(?:votre|vos|ton|ta|son|sa)\\s|o\\s+que\\s+(?:pode|poderá|possa)\\s+acontecer\\s+(?:à|ao|com\\s+a|com\\s+o)\\s+(?:vossa|vosso|sua|seu))',
  // Lying in wait: "dem Typen lauere ich nach Feierabend auf".
  '\\blauer(?:e|n|t)?\\s+(?:ich|wir)\\b[^.!?]{0,40}?\\bauf\\b|\\bauflauern\\b',
  '\\b(?:vou|vamos)\\s+(?:lá\\s+)?(?:partir(?!\\s+(?:para|pra|já|amanhã|hoje|daqui|de|em))|destruir|quebrar|queimar|rebentar|arrebentar|dar\\s+uma\\s+(?:lição|sova|surra))\\s+(?:\\S+\\s+){0,3}?(?:loja|escritório|carro|montra|balcão|armazém|agência|técnico|estafeta|gerente|senhorio|motorista|entregador|dono)s?\\b',
];

const [STRONG_RE, TRAILING_RE, WEAK_RE, AIMED_RE] = compile([
  STRONG_FRAME.join('|'),
  TRAILING_FRAME.join('|'),
  WEAK_FRAME.join('|'),
  AIMED_HARM,
]);
const EVIDENT_RE = compile([SELF_EVIDENT_HARM.join('|')])[0]!;
const INTL_RE = compile([INTL.join('|')], true)[0]!;
const OWN = /^(?:my|our|me|myself)$/iu;

/** Spans of threats built from a frame and a harm, in one clause. */
export function framedThreats(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const clause of text.matchAll(/[^.!?;\n]+/gu)) {
    const s = clause[0];
    if (s.length < 12) continue;
    const trailing = matchesOf(TRAILING_RE!, s);
    const strong = [...matchesOf(STRONG_RE!, s), ...trailing];
    const weak = strong.length ? [] : matchesOf(WEAK_RE!, s);
    const evident = matchesOf(EVIDENT_RE, s);
    const aimed = strong.length ? matchesOf(AIMED_RE!, s) : [];
    const frames = [...strong, ...weak];
    if (!frames.length) continue;
    const first = trailing.length ? 0 : Math.min(...frames.map((f) => f.index));
    for (const h of [...aimed, ...evident]) {
      if (h.index < first) continue;
      // Foretold alone, being hurt or in hospital is often worry, not menace ("she'll end up in hospital").
      if (!strong.length && /hurt$|hospital$/iu.test(h[0])) continue;
      // "get hurt" or "need an ambulance" foretold over a hazard is a safety warning.
      if (
        /(?:hurt|hospital|ambulance|surgeon|dentist|stretcher|cast|wheelchair|stitches|surgery)$/iu.test(h[0]) &&
        HAZARD.test(s)
      )
        continue;
      if (h[0].split(/\s+/u).some((w) => OWN.test(w))) continue;
      const start = clause.index + Math.min(h.index, ...frames.map((f) => f.index));
      const end = clause.index + Math.max(h.index + h[0].length, ...trailing.map((f) => f.index + f[0].length));
      out.push({ start, end });
      break;
    }
  }
  for (const m of matchesOf(INTL_RE, text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
