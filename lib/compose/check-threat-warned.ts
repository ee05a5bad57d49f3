import { A, STAFF_ROLE, WILL, compile } from './check-threat-words';

/**
 * Threats aimed at a third person or a place rather than at "you": "your manager will be sorry",
 * "your driver had better hope…", "that agent should be careful walking home tonight",
 * "tell Gary I'm coming for him", "accidents happen to landlords who…", "I know where the
 * manager lives", "il pourrait arriver quelque chose à votre agence", "der kann was erleben".
 * Polite uses pass: "the manager will be sorry to hear this", "I'm coming for my parcel", "be
 * careful with the charger", "something happened to my order".
 */

// A person on the company's side, named by role, pronoun or "your …".
const SOMEONE = `(?:he|she|they|him|her|them|(?:your|ur|that|this|the)\\s+(?:\\w+\\s+)?(?:${STAFF_ROLE}s?|mate|people|team))`;
// At night, alone, on the way home: when a person is vulnerable.
const EXPOSED =
  '(?:walking|going\\s+home|on\\s+(?:his|her|their)\\s+way|tonight|at\\s+night|after\\s+dark|alone|to\\s+(?:his|her|their)\\s+car|when\\s+(?:he|she|they)\\s+(?:leaves?|finish(?:es)?|clocks?\\s+off)|in\\s+the\\s+car\\s+park)';

const EN = [
  // "Your branch manager will be sorry", "he'll regret it", "they're going to regret this".
  `\\b${SOMEONE}(?:${WILL}|\\s+is\\s+going\\s+to|${A}s\\s+going\\s+to|\\s+is\\s+gonna)\\s+(?:\\w+\\s+)?(?:be\\s+sorry(?!\\s+(?:to|for|about|that|if))|regret\\s+(?:it|this|that|the\\s+day|ever)|live\\s+to\\s+regret)\\b`,
  // "Your driver had better hope…", "he'd better watch his back", "that agent should be careful walking home".
  `\\b${SOMEONE}(?:\\s+had|${A}d)?\\s+better\\s+(?:hope|pray|watch|be\\s+careful|look\\s+over|keep\\s+(?:his|her|their)\\s+head\\s+down|sleep)\\b`,
  `\\b${SOMEONE}\\s+(?:should|ought\\s+to|wants?\\s+to|needs?\\s+to|might\\s+want\\s+to)\\s+(?:be\\s+(?:very\\s+|really\\s+)?careful|watch\\s+(?:his|her|their)\\s+back|look\\s+over\\s+(?:his|her|their)\\s+shoulder)\\b(?=[^.!?,;]{0,40}\\b${EXPOSED})|\\b${SOMEONE}\\s+(?:should|ought\\s+to)\\s+watch\\s+(?:his|her|their)\\s+back\\b|\\b(?:shouldn${A}t|should\\s+not|wouldn${A}t)\\s+walk\\s+(?:home\\s+)?alone\\b`,
  // "I'll make sure your gate staff regret it".
  `\\b(?:i|we)${WILL}\\s+make\\s+(?:sure\\s+)?${SOMEONE}\\s+(?:\\w+\\s+)?(?:regret|pay\\s+for|suffer|sorry)\\b`,
  // "Wait till I get my hands on him", "when I get my hands on that driver".
  `\\b(?:when|if|once|till|until|wait\\s+till|wait\\s+until)\\s+i\\s+(?:ever\\s+)?get\\s+my\\s+hands\\s+on\\s+(?:him|her|them|(?:that|your|the)\\s+(?:\\w+\\s+)?${STAFF_ROLE})\\b`,
  // "Tell Gary I'm coming for him", "we're coming for your manager".
  `\\b(?:i|we)(?:${A}m|${A}re|\\s+am|\\s+are)\\s+coming\\s+(?:for|after)\\s+(?:him|her|them|(?:your|that|the)\\s+(?:\\w+\\s+)?${STAFF_ROLE})\\b`,
  // "Someone's going to get hurt".
  `\\b(?:someone|somebody|people)${A}s\\s+(?:going\\s+to|gonna)\\s+(?:get|be)\\s+(?:hurt|injured|harmed)\\b(?!\\s+(?:on|by|with|from|at|in|because|using|if\\s+you\\s+don))`,
  // "Accidents happen to landlords who ignore their tenants".
  '\\baccidents\\s+(?:can\\s+|do\\s+|tend\\s+to\\s+|have\\s+a\\s+way\\s+of\\s+)?happen(?:ing)?\\s+to\\s+(?:\\w+\\s+){0,2}?(?:who|that|like)\\b',
  // "I know where the manager lives", "I'll find where ur driver lives".
  `\\b(?:i|we)(?:${A}ll|\\s+will|\\s+can|\\s+could)?\\s+(?:know|find|found|find\\s+out|found\\s+out|worked\\s+out|figured\\s+out)\\s+where\\s+(?!(?:my|our|the\\s+(?:parcel|package|order))\\b)(?:\\w+\\s+){1,3}?(?:lives?|sleeps?|parks?|drinks?)\\b`,
];

// Waiting for a named person where they are caught alone: "je vais attendre votre conseiller à la sortie du boulot".
const WAIT_OUTSIDE = [
  `\\b(?:i|we)${WILL}\\s+(?:wait|be\\s+waiting)\\s+for\\s+(?:him|her|them|(?:your|that|the)\\s+(?:\\w+\\s+)?${STAFF_ROLE})\\s+(?:at\\s+the\\s+end\\s+of\\s+(?:his|her|their)\\s+(?:round|shift|route|day)|outside\\s+(?:his|her|their)\\s+(?:house|home|flat)|after\\s+(?:his|her|their)\\s+shift|in\\s+the\\s+car\\s+park|after\\s+work|at\\s+the\\s+exit)\\b`,
  "\\b(?:je\\s+(?:vais\\s+attendre|attendrai|attends)|j['’]\\s*attendrai)\\s+(?:votre|vos|ton|ta|le|la|les|ce|cette|l['’]\\s*)\\s*\\p{L}+\\s+(?:\\p{L}+\\s+){0,2}?(?:à\\s+la\\s+sortie|(?:devant|en\\s+bas\\s+de)\\s+chez(?!\\s+(?:moi|nous))|dehors|sur\\s+le\\s+parking)",
  '\\b(?:(?:voy|vamos)\\s+a\\s+esperar|esperaré|esperaremos)\\s+(?:al|a\\s+la|a\\s+vuestr[oa]|a\\s+su|a\\s+ese|a\\s+esa)\\s+\\p{L}+\\s+(?:\\p{L}+\\s+){0,2}?(?:a\\s+la\\s+salida|en\\s+la\\s+puerta|en\\s+el\\s+(?:parking|portal)|fuera)',
  '\\b(?:vou|vamos)\\s+esperar\\s+(?:o|a|pelo|pela|esse|essa|o\\s+vosso|a\\s+vossa|o\\s+seu|a\\s+sua)\\s+\\p{L}+\\s+(?:\\p{L}+\\s+){0,2}?(?:(?:à|na)\\s+saída|lá\\s+fora|no\\s+estacionamento|à\\s+porta)',
];

const INTL = [
  // Catching someone: "como lo pille", "si je le chope", "wenn ich ihn erwische", "se eu o apanho".
  '\\b(?:como|cuando|si)\\s+(?:lo|la|los|te|os)\\s+(?:pille|pillo|agarre|agarro|encuentre|pesco)\\b|\\b(?:si|quand|le\\s+jour\\s+où)\\s+je\\s+(?:le|la|les|te|vous)\\s+(?:chope|choppe|attrape|croise)\\b|\\bwenn\\s+ich\\s+(?:ihn|sie|dich|euch|den\\s+\\p{L}+|die\\s+\\p{L}+)\\s+(?:erwische|in\\s+die\\s+Finger\\s+kriege|zu\\s+fassen\\s+kriege)\\b|\\b(?:se|quando)\\s+eu\\s+(?:o|a|os|te|vos)\\s+(?:apanho|apanhar|pego|pegar)\\b|\\b(?:se|quando)\\s+eu\\s+(?:pegar|apanhar)\\s+(?:ele|ela|esse|essa|o\\s+\\p{L}+|a\\s+\\p{L}+)\\s*(?:,|de\\s+jeito)',
  // Backs to watch: "vigila tus espaldas", "surveillez vos arrières", "cuidado com as costas".
  '\\b(?:vigila|vigilad|vigile|cuida|cuidad|guárdate|guardaos)\\s+(?:tus|vuestras|sus|las)\\s+espaldas\\b|\\bsurveill(?:e|ez)\\s+(?:tes|vos|ses|leurs)\\s+arrières\\b|\\b(?:cuida|cuidem|olha|olhem|vigia|vigiem)\\s+(?:d?as\\s+)?(?:suas|tuas|vossas)?\\s*costas\\b|\\bpass(?:t|en\\s+Sie)?\\s+(?:bloß\\s+)?auf\\s+(?:euren|Ihren|deinen)\\s+Rücken\\s+auf\\b',
  // Careful at night, in the other languages: "que tenga cuidado al salir por la noche", "devrait faire attention en rentrant le soir".
  '\\b(?:que\\s+tenga|debería\\s+tener|tendría\\s+que\\s+tener)\\s+cuidado\\b(?=[^.!?,;]{0,40}\\b(?:noche|sol[oa]|salir|salga|volver|vuelva|casa)\\b)|\\b(?:devrait|devraient|ferait\\s+mieux\\s+de)\\s+faire\\s+(?:très\\s+)?attention\\b(?=[^.!?,;]{0,40}\\b(?:soir|nuit|seul|seule|rentrant|sortant|sortie)\\b)|\\b(?:devia|deveria|devem|deviam)\\s+ter\\s+(?:muito\\s+)?cuidado\\b(?=[^.!?,;]{0,40}\\b(?:noite|sozinh[oa]|sair|saída|casa)\\b)',
  // Regret made sure of: "haré que se arrepienta", "je vais le lui faire regretter", "ich sorge dafür, dass er das bereut", "vou fazer ele se arrepender".
  '\\b(?:haré|haremos|voy\\s+a\\s+hacer)\\s+que\\s+(?:se\\s+arrepienta|lo\\s+lamente|lo\\s+paguen?)|\\b(?:lo|la)\\s+(?:vais|va|van)\\s+a\\s+lamentar\\b|\\b(?:je\\s+vais|on\\s+va)\\s+(?:(?:le|la|les|vous|te|lui|leur)\\s+){1,2}faire\\s+(?:regretter|payer)\\b|\\bdafür,?\\s+dass\\s+(?:er|sie|ihr|du|Sie)\\s+(?:das|es)\\s+(?:\\p{L}+\\s+)?bereu|\\b(?:vou|vamos)\\s+fazer\\s+(?:ele|ela|eles|vocês|você|o\\s+\\p{L}+|a\\s+\\p{L}+)\\s+(?:se\\s+)?arrepender\\b',
  // Spanish: "a vuestra tienda le va a pasar algo", "sé dónde vive el gerente", "que se prepare".
  '(?<!¿[^.!?]{0,40})\\b(?:le|les|te|os)\\s+(?:va|van|puede|pueden|podría|podrían)\\s+(?:a\\s+)?pasar\\s+algo\\b|\\bpasar(?:le|les|te|os)\\s+algo\\b|\\balgo\\s+(?:le|les|te|os)\\s+(?:va\\s+a\\s+pasar|puede\\s+pasar|podría\\s+pasar|pasará)\\b|\\blos\\s+accidentes\\s+(?:pasan|ocurren)\\b|\\b(?:que|ya\\s+puede)\\s+se\\s+prepare\\b|\\bmás\\s+(?:le|les|te|os)\\s+vale\\s+(?:tener\\s+cuidado|no\\s+(?:salir|cruzarse))\\b',
  // French: "il pourrait arriver quelque chose à votre agence", "je sais où habite votre directeur", "il verra".
  "\\b(?:pourrait|pourraient|va|risque\\s+d['’]?|peut)\\s*arriver\\s+(?:quelque\\s+chose|malheur|un\\s+accident)\\s+à\\s+(?:votre|vos|ton|ta|tes|son|sa|ses|leur|leurs|ce|cette|ces|l['’]\\s*agence|la\\s+boutique|le\\s+magasin|vous|lui|eux)\\b|\\bje\\s+sais\\s+où\\s+(?:habite|vit|loge|dort|travaille|se\\s+gare|habitent|vivent)\\b|\\bje\\s+sais\\s+où\\s+(?:il|elle|ils|elles)\\s+(?:habite|vit|habitent|vivent|dort|se\\s+gare)\\b|\\bqu['’]\\s*(?:il|elle|ils)\\s+(?:se\\s+prépare|fasse\\s+attention|fassent\\s+attention)\\b|\\bles\\s+accidents\\s+(?:arrivent|ça\\s+arrive)\\b|(?<!\\bon\\s)\\b(?:va|vont)\\s+le\\s+regretter\\b|\\b(?:a|ont|avez|as)\\s+(?:tout\\s+)?intérêt\\s+à\\s+(?:faire\\s+(?:gaffe|attention)|se\\s+(?:tenir|cacher|méfier)|bien\\s+se|ne\\s+(?:plus|pas)\\s+(?:croiser|revenir|se\\s+montrer|passer))\\b",
  // German: "dass Ihrem Laden nachts nichts passiert", "kann er was erleben", "soll sich nachts nicht allein auf die Straße trauen".
  '\\bdass\\s+(?:Ihrem|Ihrer|Ihren|eurem|eurer|euren|deinem|deiner|deinen|seinem|seiner|seinen)\\s+(?:\\p{L}+\\s+){1,3}?(?:nichts|etwas|was)\\s+(?:passiert|zustößt)\\b|\\b(?:Ihrem|Ihrer|Ihren|eurem|eurer|euren|seinem|seiner)\\s+\\p{L}+\\s+(?:könnte|kann|wird)\\s+(?:\\p{L}+\\s+){0,2}?(?:etwas|was)\\s+(?:passieren|zustoßen)\\b|\\b(?:(?:kann|können|könnt|kannst)\\s+(?:er|sie|der|die|ihr|du)|(?:er|sie|der|die|ihr|du)\\s+(?:kann|können|könnt|kannst))\\s+(?:\\p{L}+\\s+)?(?:was|etwas)\\s+erleben\\b|\\bsich\\s+warm\\s+anziehen\\b|\\b(?:soll|sollte|sollen|sollten)\\s+sich\\s+(?:\\p{L}+\\s+){0,5}?nicht\\s+(?:\\p{L}+\\s+){0,5}?(?:trauen|blicken\\s+lassen)\\b|\\bUnfälle\\s+passieren\\b|\\b(?:soll|sollte|sollen|sollten)\\s+(?:\\p{L}+\\s+){0,2}?(?:bloß|nachts|abends)\\s+(?:\\p{L}+\\s+){0,2}?aufpassen\\b|\\bich\\s+wei(?:ß|ss),?\\s+wo\\s+(?:der|die|sein|seine|ihr|ihre)\\s+(?:\\p{L}+\\s+){0,2}?(?:wohnt|wohnen|lebt|parkt)\\b',
  // Portuguese: "sei onde o gerente mora", "ele que se prepare", "pode acontecer alguma coisa à vossa loja".
  '\\bsei\\s+onde\\s+(?:mora|moram|vive|vivem)\\s+(?:o|a|os|as|ele|ela|esse|essa|vosso|vossa|seu|sua)\\b|\\bsei\\s+onde\\s+(?:o|a|os|as|ele|ela|eles|esse|essa|vosso|vossa|seu|sua)\\s+(?:\\p{L}+\\s+){0,2}?(?:mora|moram|vive|vivem|estaciona)\\b|\\b(?:ele|ela|eles|elas|vocês|você)\\s+que\\s+se\\s+(?:prepare|preparem|cuide|cuidem)\\b|\\b(?:pode|vai|poderia|podia)\\s+acontecer\\s+(?:alguma\\s+coisa|algo|qualquer\\s+coisa|um\\s+acidente)\\s+(?:à|ao|a|com)\\s+(?:vossa|vosso|sua|seu|tua|teu|essa|esse|vocês|você|ele|ela)\\b|\\bacidentes\\s+acontecem\\b|\\b(?:é\\s+bom|melhor)\\s+(?:ele|ela|eles|vocês)\\s+(?:ter|terem)\\s+cuidado\\b',
];

// Latin letter ranges instead of a Unicode letter class: fast to compile (check-letters.ts).

export const WARNED: RegExp[] = [...compile([...EN, ...WAIT_OUTSIDE, ...INTL], true)];
