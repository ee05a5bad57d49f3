import { spansOf } from './check-scan';
import { A, STAFF_ROLE, compile } from './check-threat-words';

/**
 * Threats told by their outcome or by a hint, in the five languages (and the pidgin, Hinglish and
 * Tagalog that complaint posts mix in): a staff member who will need an ambulance or a first-aid kit,
 * who "won't be driving anywhere after", "no sale caminando", "ne repartira pas sur ses jambes"; a
 * branch left without a whole window ("kein Fenster ganz", "sem montras"); a fire or a brick wished
 * on the company's things ("shame if it went up in flames", "pourrait finir en cendres", "wenn Ihrer
 * Filiale etwas zustoßen würde"); advice on a staff member's safety ("should start checking under his
 * car", "sollte abends nicht allein…"); knowing where one lives or parks; a weapon brought along "and
 * it's not for cricket"; a visit "not for coffee"; restraint that runs out. A worry about the writer's
 * own things, a report of what already happened and a lawful step pass.
 */

// A person on the company's side: a role, or a pronoun once the post has named one.
const PERSON = `(?:he|she|they|him|her|them|(?:your|ur|the|that|this|their|a|an|any|every|the\\s+next)\\s+(?:\\S+\\s+){0,3}?${STAFF_ROLE}s?)`;
// Things the company owns that a hint can aim at.
const PLACE =
  '(?:window|glass|windscreen|door|showroom|shop|store|office|depot|branch|warehouse|building|premises|gym|salon|restaurant|hotel|garage|forecourt|van|car|truck|fleet|reception|counter|desk|station|site|yard|factory|clinic|surgery)';
const WEAPON =
  '(?:(?:baseball\\s+|cricket\\s+)?bat|crowbar|machete|knife|hammer|brick|bricks|spanner|wrench|golf\\s+club|tyre\\s+iron|jerry\\s*can|petrol\\s+can|can\\s+of\\s+petrol)';
// A product's fire risk is a safety complaint: "awful if the charger caught fire, please recall it".
const HAZARD =
  '(?:chargers?|batter(?:y|ies)|heaters?|plugs?|cables?|appliances?|recall|faulty|overheat\\w*|wiring|sockets?|boilers?|e-?bikes?|scooters?)';
// What a hurt person is carried off in; a wheelchair, a surgeon or a dentist is too often the customer's own need.
const CARE = '(?:ambulance|stretcher|body\\s*bag|first[- ]aid\\s+kit|neck\\s+brace)';
const WONT = `(?:won${A}t|wont|will\\s+not|isn${A}t\\s+going\\s+to|is\\s+not\\s+going\\s+to)`;

const EN = [
  // Care foretold: "he'll be the one needing an ambulance", "may require an ambulance", "leaving in the back
  // of an ambulance", "tell him to bring a first aid kit".
  `\\b(?:the\\s+next|your|ur|the|that|this|any|every)\\s+(?:\\S+\\s+){0,3}?${STAFF_ROLE}s?\\s+(?:\\S+\\s+){0,10}?(?:will|${A}ll|may|might|is\\s+going\\s+to|${A}s\\s+going\\s+to|gonna)\\s+(?:\\S+\\s+){0,2}?(?:need|require|be\\s+needing|leave\\s+in|go\\s+home\\s+in|be\\s+leaving\\s+in|be\\s+going\\s+home\\s+in)\\s+(?:the\\s+back\\s+of\\s+)?(?:an?\\s+)?${CARE}\\b`,
  `\\b(?:he|she|they)(?:${A}ll|${A}s|\\s+will|\\s+is|\\s+are|${A}re)\\s+(?:be\\s+)?(?:the\\s+one\\s+needing|leaving\\s+in|going\\s+home\\s+in|carried\\s+out\\s+(?:in|on))\\s+(?:the\\s+back\\s+of\\s+)?(?:an?\\s+)?${CARE}\\b`,
  `\\btell\\s+${PERSON}\\s+(?:\\S+\\s+){0,6}?to\\s+bring\\s+(?:a\\s+|his\\s+|her\\s+)?(?:${CARE}|spare\\s+teeth)\\b`,
  // Leaving unable to walk or work: "he won't be driving anywhere after", "won't be leaving with all his teeth",
  // "enjoys his last shift in one piece", "will be eating his own spanner".
  `\\b(?:he|she|they|${PERSON})\\s+${WONT}\\s+(?:be\\s+)?(?:driving|walking|riding|drive|walk|ride)\\s+(?:anywhere\\s+(?:after(?:wards)?|once\\s+I${A}m\\s+done|when\\s+I${A}m\\s+done)|out\\s+of\\s+there)\\b`,
  `\\b${WONT}\\s+be\\s+leaving\\s+(?:\\S+\\s+){0,3}?with\\s+all\\s+(?:his|her|their)\\s+(?:teeth|limbs|fingers)\\b|\\blast\\s+(?:shift|day|night|delivery)\\s+in\\s+one\\s+piece\\b|\\beat(?:ing|s)?\\s+(?:his|her|their)\\s+own\\s+(?:spanner|wrench|teeth|keyboard|headset|phone|clipboard|scanner|hammer|tools?)\\b`,
  // "I'll make sure the driver loses something too", "maybe I should hold something of yours hostage".
  `\\b(?:make\\s+sure|see\\s+to\\s+it)\\s+(?:that\\s+)?${PERSON}\\s+(?:\\S+\\s+){0,2}?loses?\\s+something\\s+(?:too|as\\s+well)\\b|\\b(?:hold|keep|take)\\s+(?:something|someone|one)\\s+of\\s+(?:yours|your\\s+\\w+)\\s+hostage\\b|\\b(?:hold|keep|take)\\s+(?:your|the)\\s+(?:\\S+\\s+){0,2}?${STAFF_ROLE}s?\\s+hostage\\b`,
  // "I'll make sure the booking clerk never books anything for anyone again".
  `\\b(?:i|we)(?:${A}ll|\\s+will)\\s+make\\s+sure\\s+${PERSON}\\s+(?:who\\s+(?:\\S+\\s+){1,4}?)?never\\s+(?!gets?\\s+away|does\\s+(?:this|that)|treats?)\\w+\\s+(?:\\S+\\s+){0,2}?(?:for|to)\\s+anyone\\s+again\\b`,
  // A warning on a staff member's own safety: "should start checking under his car", "starts varying his
  // route home", "how safe your staff feel walking to the car park after dark".
  `\\bcheck(?:ing|s)?\\s+under\\s+(?:his|her|their)\\s+(?:car|van|bed)\\b|\\bvary(?:ing)?\\s+(?:his|her|their)\\s+(?:route|journey|way)\\s+(?:home|to\\s+work)\\b|\\bpeople\\s+remember\\s+faces\\b`,
  `\\bhow\\s+safe\\s+(?:your|the|his|her|their)\\s+(?:\\S+\\s+){0,3}?(?:feel|feels|are|is)\\s+(?:walking|going|getting|leaving|heading)\\b[^.!?]{0,40}?\\b(?:after\\s+dark|at\\s+night|alone)\\b(?![^.!?]{0,30}\\b(?:light|lights|lighting|lit|lamps?)\\b)`,
  // Crossing paths: "would do well not to cross paths with me", "me and the lads will be waiting for him",
  // "our boys will handle him properly", "should count themselves lucky there was a desk between us".
  `\\b(?:would\\s+do\\s+well|(?:had|${A}d)\\s+better|would\\s+be\\s+wise)\\s+not\\s+(?:to\\s+)?(?:cross\\s+(?:paths\\s+with\\s+me|my\\s+path)|run\\s+into\\s+me|bump\\s+into\\s+me|come\\s+near\\s+me)\\b`,
  `\\b(?:me\\s+and\\s+the|me\\s+and\\s+my|our|my)\\s+(?:lads|boys|mates|guys|cousins|brothers)\\s+(?:will|${A}ll|are\\s+gonna|are\\s+going\\s+to|gonna)\\s+(?:be\\s+)?(?:waiting\\s+for|handle|handling|sort(?:ing)?\\s+(?:out\\s+)?|deal(?:ing)?\\s+with|visit(?:ing)?|pay(?:ing)?\\s+\\S+\\s+a\\s+visit)\\s*(?:him|her|them|your|the|that)\\b`,
  `\\blucky\\s+(?:that\\s+)?there\\s+(?:was|were)\\s+(?:a|an|the|some)\\s+(?:\\S+\\s+){0,2}?(?:between\\s+us|in\\s+the\\s+way)\\b|\\bwhat\\s+consequences\\s+feel\\s+like\\b`,
  `\\b(?:so|and),?\\s+(?:\\S+,?\\s+){0,2}?does\\s+(?:my\\s+)?(?:restraint|self[- ]control)\\b|\\b(?:my\\s+)?(?:restraint|self[- ]control)\\s+(?:\\S+\\s+){0,2}?(?:runs?\\s+out|has\\s+(?:its\\s+)?limits|is\\s+wearing\\s+thin|won${A}t\\s+last)\\b`,
  // A staff member's whereabouts: "I know what gym she goes to", "I have your regional manager's home address",
  // "I know his route".
  `\\b(?:know|found\\s+out|worked\\s+out)\\s+(?:exactly\\s+)?(?:what|which)\\s+(?:\\S+\\s+){1,2}?(?:he|she|they)\\s+(?:goes|go|drives|drinks|trains|works\\s+out)\\s+(?:to|at|in)\\b|\\b(?:i|we)(?:\\s+know|\\s+have|${A}ve\\s+got|\\s+have\\s+got|\\s+found|${A}ve)\\s+(?:(?:your|the|that)\\s+(?:\\S+\\s+){0,2}?${STAFF_ROLE}${A}s|his|her|their)\\s+(?:home\\s+address|route(?:\\s+home)?|number\\s+plate|school\\s+run|kids${A}?\\s+school)\\b`,
  // A weapon brought along: "coming round with a bat tonight and it's not for cricket", "I'll fix your van.
  // Permanently. With a crowbar."
  `\\b(?:coming|come|turning\\s+up|turn\\s+up|showing\\s+up|show\\s+up|popping|pop|be)\\s+(?:round|over|down|by)\\s+(?:\\S+\\s+){0,3}?with\\s+(?:a|my|some)\\s+${WEAPON}\\b|\\b(?:i|we)(?:${A}ll|\\s+will|${A}m\\s+going\\s+to|${A}m\\s+gonna)\\s+(?:\\w+\\s+){1,2}?(?:your|his|her|their)\\s+\\w+\\b[^!?]{0,25}?\\bwith\\s+(?:a|my)\\s+${WEAPON}\\b`,
  `\\b(?:it|this|that)(?:${A}s|\\s+is|\\s+will|${A}ll)\\s+(?:not|n${A}t|not\\s+be|never\\s+be)\\s+(?:be\\s+)?for\\s+(?:cricket|baseball|rounders|golf|diy|decorating)\\b|\\b(?:something|anything)\\s+(?:heavier|harder|sharper)\\s+than\\s+(?:a|an)\\s+(?:\\S+\\s+){0,2}?(?:letter|email|complaint|tweet|review|phone\\s+call)\\b`,
  `(?<=\\b(?:in\\s+person|office|round|door|visit|depot|branch)\\b[^.!?]{0,20})\\b(?:and\\s+)?(?:it|this|that)\\s+(?:will\\s+not|won${A}t|wont)\\s+be\\s+(?:a|an)\\s+(?:letter|email|complaint|tweet|message|phone\\s+call)\\b`,
  // Fire and bricks wished on the company's things: "be a real shame if it went up in flames one night",
  // "I'd hate for your showroom glass to meet a brick", "lovely big windows. Very breakable.", "might find a
  // few new scratches and flat tyres overnight", "it's going through the council leader's front window".
  `(?<!\\b${HAZARD}\\b[^.!?]{0,80})\\b(?:(?:shame|pity|awful|terrible|tragic|sad)\\s+if|hate\\s+(?:it\\s+)?(?:for|if))\\s+(?!(?:\\S+\\s+){0,3}?(?:my|our|me)\\b)(?![^.!?]{0,80}\\b${HAZARD}\\b)(?:it|they|everything|the\\s+(?:whole\\s+)?(?:lot|place)|(?:the|your|that|their|this)\\s+(?:\\S+\\s+){0,3}?${PLACE}s?)\\s+(?:\\S+\\s+){0,4}?(?:went\\s+up\\s+in\\s+(?:flames|smoke)|go(?:es)?\\s+up\\s+in\\s+(?:flames|smoke)|caught\\s+fire|catch(?:es)?\\s+fire|burn(?:ed|t|s)?\\s+down|me(?:e|)t\\s+a\\s+${WEAPON})\\b`,
  `\\b(?:windows?|glass|doors?|shop\\s*fronts?|windscreens?|frontage)\\b[^!?]{0,40}?[.,;:\u2014-]\\s*(?:very|so|nice\\s+and|awfully|rather|wonderfully)\\s+(?:breakable|flammable|smashable)\\b`,
  `(?<!\\b(?:my|our)\\s+(?:\\S+\\s+){0,3})\\b(?:might|may|could|will|${A}ll|gonna)\\s+(?:\\S+\\s+){0,2}?(?:find|get|have|develop|grow|pick\\s+up|wake\\s+up\\s+to)\\s+(?:a\\s+few\\s+|some\\s+|a\\s+couple\\s+of\\s+)?(?:new\\s+|mysterious\\s+)?(?:scratches|dents|flat\\s+tyres|flat\\s+tires|slashed\\s+tyres|slashed\\s+tires|broken\\s+windows|smashed\\s+windows)\\b(?=[^.!?]{0,30}\\b(?:overnight|tonight|one\\s+night|at\\s+night|just\\s+saying)\\b)`,
  `\\b(?:it|this|that|my\\s+\\w+)(?:${A}s|\\s+is|${A}ll|\\s+will)\\s+(?:be\\s+)?(?:going|go|gonna\\s+go)\\s+(?:straight\\s+)?through\\s+(?:the|your|his|her|their)\\s+(?:\\S+\\s+){0,3}?(?:windows?|windscreen|glass|front\\s+door)\\b`,
  `\\b(?:not|no|won${A}t\\s+be)\\s+(?:a|one|a\\s+single)\\s+(?:window|pane|windscreen|shop\\s*front)\\s+left\\s+(?:intact|whole|standing|unbroken|in\\s+one\\s+piece)\\b(?<=\\b(?:won${A}t|will\\s+not|there${A}ll|going\\s+to)\\b[^.!?]{0,30})`,
  // Torching a place with people in it: "torch that gym with the manager still inside".
  `(?<!\\b(?:the|a|my|this|that|your)\\s+)\\b(?:torch|firebomb|petrol[- ]bomb)\\s+(?:the|your|their|that|this|his|her)\\s+(?:@\\w+\\s+)?(?:\\S+\\s+)?${PLACE}s?\\b|\\bwith\\s+(?:the|your|that|him|her|them)\\s+(?:\\S+\\s+){0,2}?still\\s+inside\\b(?<=\\b(?:torch|burn|fire|lock|petrol|flames)\\b[^.!?]{0,60})`,
  // Pidgin, Hinglish, Tagalog: "e no go be peaceful visit", "e go see wetin e never see", "haddi tod dunga",
  // "susugurin namin yung opisina", "babasagin namin lahat".
  `\\b(?:e\\s+no\\s+go\\s+be|no\\s+go\\s+be|won${A}t\\s+be|will\\s+not\\s+be|not\\s+be)\\s+(?:a\\s+)?(?:peaceful|friendly|social|polite)\\s+visit\\b|\\b(?:e|he|she|una|you|dem)\\s+go\\s+see\\s+wetin\\s+(?:e|he|she|una|you|dem)\\s+never\\s+see\\b`,
  `\\bhadd(?:i|iyan|ee|iyaan)\\s+(?:pasli\\s+)?(?:tod|tor|todd)\\s*(?:dunga|denge|dega|doonga|deta|di)\\b|\\b(?:susugurin|sugurin|babasagin|sisirain|bubugbugin)\\s+(?:namin|ko|natin)\\b`,
];

const INTL = [
  // Spanish: "no sale caminando", "no va a quedar un cristal entero", "que se vaya preparando", "le convendría
  // no cruzarse conmigo", "sería una lástima que a su oficina de la calle Serrano le pasara algo".
  '\\bno\\s+(?:sale|saldrá|va\\s+a\\s+salir)\\s+(?:caminando|andando|por\\s+su\\s+(?:propio\\s+)?pie|de\\s+pie)\\b',
  '\\bno\\s+(?:va\\s+a\\s+quedar|quedará|queda)\\s+(?:ni\\s+)?(?:un|una)\\s+(?:cristal|ventana|vidrio|escaparate|vitrina|luna)\\s+(?:enter[oa]|san[oa])\\b',
  '(?<!\\b(?:espero|ojalá|deseo)\\s+)\\bque\\s+se\\s+(?:vaya|vayan)\\s+preparando\\b|\\b(?:le|les|te|os)\\s+(?:convendría|conviene|convendrá)\\s+no\\s+(?:cruzarse|cruzarte|toparse|toparte|encontrarse)\\s+conmigo\\b',
  '\\b(?:pena|lástima)\\s+(?:sería\\s+|fuera\\s+)?(?:que|si)\\s+(?!(?:\\S+\\s+){0,3}?mis?\\s)(?:\\S+\\s+){5,9}?(?:le|les|te|os)\\s+(?:pasara|pasase|ocurriera|ocurriese)\\s+algo\\b',
  '\\b(?:podría|puede|va\\s+a|podrían|pueden)\\s+(?:bien\\s+)?(?:acabar|terminar|quedar)\\s+(?:en\\s+cenizas|hech[oa]s?\\s+cenizas|ardiendo|en\\s+llamas)\\b',
  // French: "pourrait bien finir en cendres", "il serait regrettable… que votre agence subisse un petit incendie",
  // "je sais où il gare sa camionnette", "je connais l'adresse de votre directeur", "on finira bien par se croiser".
  '\\b(?:pourrai(?:t|ent)|risque(?:nt)?\\s+de|va|vont)\\s+(?:bien\\s+)?(?:finir|partir|terminer)\\s+en\\s+(?:cendres|flammes)\\b',
  '\\b(?:regrettable|dommage|malheureux|triste)\\b[^.!?]{0,80}?\\bque\\s+(?!(?:\\S+\\s+){0,2}?(?:mon|ma|mes|notre|nos)\\s)(?:\\S+\\s+){0,8}?(?:(?:subisse|subissent)\\s+(?:un|une|des)\\s+(?:\\S+\\s+)?(?:incendie|dégâts|dommages|accident)|prenne\\s+feu|brûle|brûlent)\\b',
  "\\bje\\s+(?:sais|connais)\\s+o[ùu]\\s+(?:il|elle|ils|elles)\\s+(?:gare|se\\s+gare|habite|habitent|vit|dort|stationne|se\\s+gare)\\b|\\bje\\s+connais\\s+(?:l['’]\\s*adresse|le\\s+domicile)\\s+(?:personnelle\\s+)?(?:de\\s+votre|de\\s+ton|du|de\\s+la|de\\s+vos)\\s+(?:\\p{L}+\\s+)?(?:directeur|directrice|gérant|gérante|conseill\\p{L}+|technicien|livreur|chauffeur|responsable|patron|PDG|employé\\p{L}*|agent)\\b",
  '\\b(?:on|nous)\\s+finir(?:a|ons)\\s+(?:bien\\s+)?par\\s+(?:se|nous)\\s+(?:croiser|recroiser|retrouver)\\b|\\bne\\s+(?:repartira|sortira|rentrera)\\s+pas\\s+(?:sur\\s+ses\\s+(?:deux\\s+)?(?:jambes|pieds)|debout|entier)\\b',
  '\\b(?:ne\\s+)?restera\\s+(?:plus\\s+|pas\\s+)?(?:une|un)\\s+(?:seule?\\s+)?(?:vitre|fenêtre|carreau|vitrine)\\s+(?:intacte?|entière?|debout)\\b',
  // German: "bleibt von eurer Filiale kein Fenster ganz", "dann lacht er nicht mehr", "und zwar nicht zum Kaffee",
  // "sollte sich abends besser nicht mehr allein auf dem Parkplatz aufhalten", "wenn Ihrer Filiale etwas zustoßen würde".
  '\\b(?:bleibt|bleiben)\\s+(?:\\S+\\s+){0,5}?kein(?:e)?\\s+(?:Fenster|Scheibe|Schaufenster|Glas|Stein)\\s+(?:mehr\\s+)?(?:ganz|heil|auf\\s+dem\\s+anderen)\\b',
  '\\bdann\\s+(?:lacht|grinst|lächelt|lachen|grinsen)\\s+(?:er|sie|der|die)\\s+(?:\\S+\\s+)?nicht\\s+mehr\\b|(?<=\\b(?:besuch\\p{L}*|komm\\p{L}*|vorbei|Hause|Haus|Büro|Filiale)\\b[^.!?]{0,40})\\bnicht\\s+zum\\s+(?:Kaffee|Kaffeetrinken|Tee|Kuchen|Plausch)\\b',
  '\\b(?:sollte|sollten|soll)\\s+sich\\s+(?:\\S+\\s+){0,3}?(?:besser|lieber)\\s+nicht\\s+(?:mehr\\s+)?(?:allein|alleine|nachts|abends|im\\s+Dunkeln)\\b(?=[^.!?]{0,40}\\b(?:aufhalten|blicken|sehen|zeigen|herumlaufen|unterwegs|Parkplatz|Heimweg|draußen)\\b)',
  '\\b(?:bedauerlich|schade|ärgerlich|traurig)\\b[^.!?]{0,20}?\\bwenn\\s+(?!(?:\\S+\\s+){0,2}?(?:mein|meine|meinem|meiner|meinen|unser\\p{L}*)\\s)(?:\\S+\\s+){0,8}?(?:etwas|was)\\s+(?:zustoßen|zustößt|zustieße|passieren|passiert|passierte)\\b',
  '\\bich\\s+wei(?:ß|ss),?\\s+wo\\s+(?:er|sie)\\s+(?:wohnt|wohnen|parkt|parken|lebt|schläft)\\b',
  // Portuguese: "ele não sai andando", "vai ficar sem montras", "não vai ser para conversar", "devia ter mais
  // cuidado quando sai sozinho à noite", "que se cuide, eu sei a que horas ele passa".
  '\\bnão\\s+(?:sai|vai\\s+sair|sairá|volta|voltará)\\s+(?:andando|a\\s+andar|pelo\\s+próprio\\s+pé|pelos\\s+próprios\\s+pés|de\\s+pé)\\b',
  '\\b(?:vai|vão|irá|irão)\\s+ficar\\s+sem\\s+(?:montras|vidros|janelas|vitrines|vidraças)\\b|\\bnão\\s+(?:vai\\s+)?(?:ficar|sobrar|restar)\\s+(?:um|uma|nenhum|nenhuma)\\s+(?:vidro|janela|montra|vitrine)\\s+inteir[oa]\\b',
  "(?<=\\b(?:vou|vamos|buscar|casa|visita|passo|apareço|loja|agência)\\b[^.!?]{0,50})\\b(?:e\\s+)?não\\s+(?:vai\\s+ser|é|será)\\s+(?:para|pra)\\s+(?:conversar|falar|bater\\s+(?:um\\s+)?papo|tomar\\s+(?:um\\s+)?café)\\b|(?<=\\b(?:voy|vamos|paso|casa|visita|tienda|oficina|planto)\\b[^.!?]{0,50})\\b(?:y|e)\\s+no\\s+(?:va\\s+a\\s+ser|será|es)\\s+para\\s+(?:hablar|charlar|tomar\\s+(?:un\\s+)?café)\\b|(?<=\\b(?:passer|passerai|viendrai|irai|chez|visite|agence|bureau|débarque)\\b[^.!?]{0,50})\\bet\\s+(?:ce\\s+)?(?:ne\\s+sera|n['’]est|ne\\s+va\\s+pas\\s+être)\\s+pas\\s+pour\\s+(?:discuter|parler|bavarder|prendre\\s+(?:un|le)\\s+café)\\b",
  '\\b(?:devia|deveria|devem|deviam|deveriam)\\s+ter\\s+(?:mais\\s+|muito\\s+)?cuidado\\s+(?:quando|ao)\\s+(?:\\S+\\s+){0,2}?(?:sai|sair|anda|andar|volta|voltar|chega|chegar)\\b[^.!?]{0,30}?\\b(?:sozinh[oa]s?|à\\s+noite|de\\s+noite)\\b',
  '(?<!\\b(?:espero|tomara|desejo)\\s+)\\bque\\s+se\\s+cuide\\b|\\bsei\\s+(?:a\\s+que\\s+horas|onde|por\\s+onde)\\s+(?:ele|ela|eles|elas)\\s+(?:passa|passam|sai|saem|mora|moram|estaciona|anda|chega)\\b',
  '\\b(?:é\\s+melhor|convém|conviria)\\s+(?:ele\\s+|ela\\s+)?não\\s+(?:se\\s+)?cruzar\\s+(?:comigo|o\\s+meu\\s+caminho)\\b',
];

const HINT_RE = compile([...EN, ...INTL], true);

/** Spans of threats told by their outcome or a hint; a handle may stand inside one. */
export function hintedThreats(text: string): { start: number; end: number }[] {
  return spansOf(HINT_RE, text);
}
