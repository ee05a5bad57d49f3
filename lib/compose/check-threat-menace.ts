import { spansOf } from './check-scan';
import { A, STAFF_ROLE, compile } from './check-threat-words';

/**
 * Menace by insinuation, in the five languages: harm wished on the company's property ("shame if
 * their tyres went flat", "funny how fragile shop fronts are", "lovely gate, easy to climb"), a
 * visit that is "not for a chat" ("und zwar nicht zum Reden", "à ma manière"), a staff member's
 * private life put on show ("I found out which gym he uses", "your manager's kids go to the school
 * by the park", "sabemos dónde vive"), a warning passed on ("tell the driver to watch his back",
 * "decile que se cuide"), and injuries described rather than named ("eating through a straw",
 * "right between the eyes", "what a spade can do to a skull"). The writer's own things, reports
 * of damage already done and plain errands pass.
 */

// The company's things that vandals damage.
const PROPERTY =
  '(?:windows?|glass|shop\\s*fronts?|store\\s*fronts?|doors?|gates?|vans?|cars?|tyres?|tires?|trucks?|lorr(?:y|ies)|bikes?|signs?|office|depot|warehouse|branch|shop|store|showroom)';
// A person on the company's side, by role or pronoun, for warnings passed on.
const PERSON = `(?:him|her|them|(?:your|ur|the|that|this)\\s+(?:\\S+\\s+){0,2}?${STAFF_ROLE}s?)`;
// Not the writer's own: "shame if my tyres went flat" is a worry, not a menace.
const NOT_OWN = '(?!(?:\\S+\\s+){0,3}?(?:my|our|me|mine)\\b)';

const EN = [
  // "Be a pity if the windows didn't survive the weekend", "shame if their tyres went flat",
  // "wouldn't it be awful if your riders started having 'accidents'".
  `\\b(?:shame|pity|awful|terrible|tragic|sad)\\s+if\\s+${NOT_OWN}(?:\\S+\\s+){0,8}?(?:${PROPERTY}s?(?:\\s+\\S+){0,3}?\\s+(?:(?:didn${A}t|did\\s+not|wouldn${A}t|couldn${A}t)\\s+survive|(?:went|go|were\\s+to\\s+go)\\s+flat|had\\s+a\\s+brick\\s+through|caught\\s+fire|went\\s+up\\s+in\\s+(?:flames|smoke)|burn(?:ed|t)\\s+down|got\\s+(?:smashed|keyed|torched|slashed|bricked|vandali[sz]ed))|having\\s+["“']accidents)`,
  // "Funny how fragile shop fronts are", "lovely gate, easy to climb".
  `\\bhow\\s+(?:fragile|flammable|breakable|easily\\s+(?:broken|smashed))\\s+(?:\\S+\\s+){0,2}?${PROPERTY}s?\\b|\\b(?:easy|easier)\\s+to\\s+(?:climb|break\\s+into|set\\s+(?:alight|on\\s+fire)|torch)\\b`,
  // A visit that is not for talking: "and I won't be there to chat", "something other than a complaint letter".
  `\\b(?:i|we)\\s+(?:won${A}t|will\\s+not)\\s+be\\s+(?:there|coming|round)\\s+(?:to|for)\\s+(?:a\\s+)?(?:chat|talk)\\b|\\bwith\\s+something\\s+other\\s+than\\s+(?:a|an)\\s+(?:complaint|letter|email|tweet|review)\\b|\\b(?:it|the\\s+next\\s+one)\\s+(?:won${A}t|will\\s+not)\\s+be\\s+(?:an?\\s+)?(?:email|letter|complaint|call|tweet|message)\\s+next\\s+time\\b`,
  // "We'll see who's laughing", "ask around about me".
  `\\b(?:we${A}ll|we\\s+will|let${A}s)\\s+see\\s+who${A}s\\s+(?:still\\s+)?(?:laughing|smiling|smirking)\\b|\\bask\\s+around\\s+about\\s+me\\b`,
  // "Better pray we never meet", "had better hope I don't see him".
  `\\bbetter\\s+(?:pray|hope)\\s+(?:we|i)\\s+(?:never|don${A}t|do\\s+not|won${A}t)\\s+(?:ever\\s+)?(?:meet|cross\\s+paths|(?:see|find|catch|run\\s+into|bump\\s+into)\\s+(?:him|her|them|you)\\b)`,
  // "I'd lock your car at night if I were you", "I'd be careful who I was fobbing off if I were you".
  `\\b(?:i${A}d|i\\s+would)\\s+(?:lock|guard|hide|keep\\s+an\\s+eye\\s+on|watch|be\\s+careful)\\b[^.!?]{0,45}?\\bif\\s+i\\s+were\\s+(?:you|them|him|her)\\b`,
  // A staff member's private life: "found out which gym he uses", "I know which yard he parks in",
  // "the CEO of @Shop lives just past Prestbury", "your manager's kids go to the school by Elm Park".
  `\\b(?:know|knows|found\\s+out|worked\\s+out|figured\\s+out)\\s+(?:exactly\\s+)?(?:where|which\\s+\\w+(?:\\s+\\w+)?|what\\s+time)\\s+(?:he|she|they|(?:your|the|that)\\s+(?:\\S+\\s+){0,2}?${STAFF_ROLE}s?)\\s+(?:lives?|parks?|uses|trains|drinks|sleeps|gets\\s+home|goes\\s+home|leaves\\s+work)\\b`,
  `\\b(?:found\\s+out|i\\s+know)\\s+(?:that\\s+)?(?:the|your|that)\\s+(?:\\S+\\s+){0,3}?${STAFF_ROLE}\\s+(?:(?:of|at)\\s+(?:the\\s+)?\\S+\\s+)?(?:lives|parks)\\s+(?:just\\s+|right\\s+)?(?:past|near|by|behind|round|in|on|off|at)\\b`,
  `\\b(?:your|the|that)\\s+(?:\\S+\\s+){0,2}?${STAFF_ROLE}${A}s\\s+(?:kids|children|son|daughter|wife|husband|family)\\s+(?:go|goes|attend|attends|live|lives)\\s+(?:to|at|in|near|by)\\b(?!\\s+(?:\\S+\\s+){0,2}?(?:my|mine|our|ours)\\b)`,
  `\\b(?:i${A}ve|i\\s+have|we${A}ve|we\\s+have)\\s+(?:got\\s+)?(?:your|the|that)\\s+\\w+${A}s\\s+(?:full\\s+)?name\\s+and\\s+(?:his|her|their)\\s+(?:linkedin|facebook|instagram|address|home\\s+address)\\b`,
  // A warning passed on: "tell the driver who dented my gate to watch his back".
  `\\btell\\s+${PERSON}\\s+(?:\\S+\\s+){0,8}?to\\s+(?:watch\\s+(?:his|her|their)\\s+backs?|look\\s+over\\s+(?:his|her|their)\\s+shoulders?|bring\\s+(?:a\\s+)?(?:helmet|gum\\s*shield|mouth\\s*guard|stab\\s+vest)|sleep\\s+with\\s+one\\s+eye)\\b|\\btell\\s+them\\s+to\\s+bring\\s+a\\s+helmet\\b`,
  `\\b(?:start|starting)\\s+looking\\s+over\\s+(?:his|her|their|your)\\s+shoulders?\\b`,
  // Pursuit: "I'll be finding him tonight", "I'll find her."
  `\\b(?:i|we)(?:${A}ll|\\s+will|${A}m\\s+going\\s+to|\\s+am\\s+going\\s+to)\\s+(?:be\\s+)?(?:find(?:ing)?|track(?:ing)?\\s+down|hunt(?:ing)?\\s+down)\\s+(?:him|her|them)(?=\\s*(?:[.!,;]|$)|\\s+(?:tonight|tomorrow|today|myself|personally|after|when|outside|and\\s+(?:make|sort|deal|have)))`,
  `\\b(?:i|we)(?:${A}ll|\\s+will)\\s+(?:be\\s+)?(?:track|hunt)(?:ing)?\\s+(?:him|her|them)\\s+down\\b`,
  // "Gonna pay your call centre a little visit", "deserves a visit from me".
  `\\bpay\\s+(?:your|the|that|their|his|her|him|them|you)\\s+(?:\\S+\\s+){0,2}?(?:a\\s+)?(?:little|friendly|personal|surprise|late[- ]night)\\s+visit\\b|\\bdeserves?\\s+a\\s+(?:little\\s+)?visit\\s+from\\s+(?:me|us|my)\\b|\\bmake\\s+sure\\s+(?:\\S+\\s+){0,4}?remembers?\\s+my\\s+(?:name|face)\\b`,
  // Someone hurt over the dispute: "someone is going to get hurt over this and they'll have earned it".
  `\\b(?:get|be|getting)\\s+hurt\\s+over\\s+(?:this|that|it|my\\s+\\w+)\\b|\\b(?:they|he|she)(?:${A}ll|\\s+will)\\s+have\\s+earned\\s+it\\b`,
  // Regret foretold for what staff did: "the staff at Gate 14 are gonna regret treating my mum like that".
  `(?<!\\bwe\\s*)(?<!\\bi\\s+am\\s+)\\b(?:are|is|${A}re|${A}s)\\s+(?:going\\s+to|gonna)\\s+regret\\s+(?:treating|ignoring|hanging\\s+up|messing|crossing|speaking|talking|ever)\\b`,
  // "Every Sunday I drive past your depot; one of these Sundays I'm not going to just drive past."
  `\\b(?:not\\s+(?:going\\s+to|gonna)|won${A}t|will\\s+not)\\s+just\\s+(?:drive|walk)\\s+(?:past|by)\\b`,
  // Weapons brought along: "I'll bring a bat to the dealership".
  `\\bbring(?:ing)?\\s+(?:a|some)\\s+(?:baseball\\s+)?(?:bat|crowbar|machete|knife|gun|brick|bricks|hammer)\\s+(?:to|down\\s+to|round\\s+to|into|with\\s+me)\\b`,
  // Means and time: "I've got a full jerry can and plenty of free time".
  `\\b(?:got|have)\\s+(?:a\\s+)?(?:full\\s+)?(?:jerry\\s*can|can\\s+of\\s+(?:petrol|gasoline)|petrol\\s+can|matches|a\\s+lighter|a\\s+(?:baseball\\s+)?bat|a\\s+crowbar)\\b[^.!?]{0,30}?\\b(?:plenty\\s+of|lots\\s+of|all\\s+the)\\s+(?:free\\s+)?time\\b`,
  // Arson or vandalism by the writer: "I'll burn the substation down", "someone should torch the warehouse", "drive my car through the showroom window".
  // "The torch the shop sold me" is a lamp: a torch after an article is the noun.
  `(?<!\\b(?:the|a|my|this|that|your)\\s+)\\b(?:burn|torch)\\s+(?:the|your|their|his|her|that|this|every|all)\\s+(?:\\S+\\s+){0,3}?\\w+\\s+(?:down|to\\s+the\\s+ground)\\b|(?<!\\b(?:the|a|my|this|that|your)\\s+)\\b(?:torch|firebomb)\\s+(?:the|your|their|that)\\s+(?:@\\w+\\s+)?(?:\\w+\\s+)?(?:warehouse|depot|office|store|shop|branch|showroom|building|premises|vans?|cars?|trucks?)\\b|\\bdrive\\s+my\\s+(?:car|van|truck)\\s+(?:straight\\s+)?(?:through|into)\\s+(?:the|your|their)\\s+(?:\\w+\\s+)?(?:window|front|doors?|showroom|shop|store|office|branch|reception)\\b`,
  // Vandalism foretold: "his Audi will be keyed every morning", "maybe a brick through the door will get a reply".
  `(?<!\\b(?:my|our)\\s+(?:\\S+\\s+){0,3})\\b(?:will|${A}ll|gonna|going\\s+to)\\s+(?:be|get)\\s+(?:keyed|torched|firebombed|vandali[sz]ed|trashed)\\b|\\b(?:maybe|perhaps|or)\\s+a\\s+brick\\s+through\\b|\\ba\\s+brick\\s+through\\s+(?:\\S+\\s+){1,3}?(?:will|would|might|could)\\s+(?:get|make|help)\\b`,
  `\\b(?:hope|bet|sure)\\s+(?:your|the|that)\\s+(?:\\S+\\s+){0,2}?(?:likes|loves|enjoys)\\s+(?:his|her|their)\\s+(?:\\w+\\s+)?(?:tyres?|tires?|car|van|windows?|teeth|face|legs|kneecaps|house|home|kids|family)\\b`,
  // Injuries described: "he'll be eating through a straw", "right between the eyes", "what a spade can do to a skull",
  // "the computer thrown at their head", "lose a lot more than his job", "dragged out to the car park and taught a lesson".
  `(?<!\\b(?:i${A}m|i\\s+am|i${A}ll\\s+be|i\\s+was|i${A}ve\\s+been|we${A}re)\\s+)\\b(?:eating|eat|drinking|drink)\\s+(?:\\w+\\s+)?through\\s+a\\s+straw\\b|\\bright\\s+between\\s+the\\s+eyes\\b|\\bwhat\\s+(?:a|an|my|this)\\s+\\w+\\s+(?:can|could|will)\\s+do\\s+to\\s+(?:a|his|her|your|their)\\s+(?:skull|head|face|knees?|kneecaps?|legs?)\\b`,
  `\\b(?:throw|throwing|thrown|chuck|chucking|chucked|lob)\\s+(?:\\S+\\s+){0,3}?at\\s+(?:his|her|their|your|the\\s+\\w+${A}s)\\s+(?:head|face)\\b|\\blose\\s+(?:a\\s+lot\\s+|much\\s+|far\\s+)?more\\s+than\\s+(?:his|her|their|your)\\s+(?:job|licen[cs]e|van|car)\\b|\\bloses\\s+(?:a\\s+lot\\s+|much\\s+|far\\s+)?more\\s+than\\s+(?:his|her|their)\\s+(?:job|licen[cs]e)\\b`,
  `\\b(?:should|needs?\\s+to|ought\\s+to|deserves?\\s+to)\\s+be\\s+(?:\\S+\\s+){0,3}?(?:dragged\\s+(?:out\\s+)?(?:to|into|behind)|taught\\s+a\\s+lesson|beaten|slapped|punched|strung\\s+up|horsewhipped)\\b`,
  `\\b(?:are|is|${A}re|${A}s)\\s+(?:all\\s+)?fair\\s+game\\b(?<=\\b(?:staff|agents?|drivers?|riders?|employees|workers|people|team|managers?|they|he|she)\\b[^.!?]{0,45})`,
  `\\bwhat\\s+state\\s+(?:it|the\\s+\\w+)(?:${A}s|\\s+is|${A}ll\\s+be|\\s+will\\s+be)\\s+in\\s+when\\s+(?:i${A}m|i\\s+am)\\s+(?:done|finished)\\b|\\bwhen\\s+(?:i${A}m|i\\s+am)\\s+(?:done|finished)\\s+with\\s+(?:him|her|them|your\\s+(?:staff|team|people|\\w+\\s+staff)|${PERSON})(?!\\s+(?:form|paperwork|call|email|letter))\\b`,
  // Banished from the area: "he won't be riding round here much longer".
  `\\b(?:won${A}t|will\\s+not)\\s+be\\s+(?:riding|driving|delivering|walking|cycling|showing\\s+(?:his|her|their)\\s+face)\\s+(?:round|around)\\s+here\\s+(?:much\\s+longer|for\\s+long)\\b`,
  // Retaliation in kind: "your depot might lose a few things too", "I'll be taking something of yours".
  `\\b(?:might|may|will|could|gonna|going\\s+to)\\s+lose\\s+(?:a\\s+few|some|a\\s+couple\\s+of)\\s+things\\s+too\\b|\\btak(?:e|ing)\\s+something\\s+of\\s+(?:yours|his|hers|theirs)\\b`,
  `\\bhearing\\s+from\\s+me\\s+in\\s+person\\b|\\bstop\\s+being\\s+(?:polite|nice|civil)\\s+and\\s+start\\s+being\\s+(?:a\\s+problem|trouble|a\\s+nightmare)\\b`,
];

const INTL = [
  // Spanish: "a ver cuánto les dura el vidrio", "decile al vendedor que se cuide", "sabemos dónde vive",
  // "cualquier día os lleváis un susto", "ya verá lo que es bueno", "le pegue fuego al local".
  '\\ba\\s+ver\\s+cu[áa]nto\\s+(?:les?|os|te)\\s+(?:dura|duran|aguanta|aguantan)\\b',
  '\\b(?:dile|decile|díganle|dígale|decidle|decíle|decirle)\\s+(?:a|al|a\\s+la)\\s+(?:\\S+\\s+){0,5}?que\\s+(?:se\\s+cuide|tenga\\s+(?:mucho\\s+)?cuidado|vigile\\s+sus\\s+espaldas|se\\s+prepare)\\b',
  '\\b(?:sabemos|sabe|saben|sé)\\s+d[óo]nde\\s+(?:vive|viven|duerme|aparca|estaciona)\\b',
  '\\b(?:cualquier\\s+día|un\\s+día\\s+de\\s+estos)\\b[^.!?]{0,30}?\\bsusto\\b|\\bsusto\\s+al\\s+salir\\b',
  '\\b(?:ya\\s+)?(?:verá|verás|veréis|verán|va\\s+a\\s+ver|vas\\s+a\\s+ver)\\s+lo\\s+que\\s+es\\s+bueno\\b',
  '\\b(?:peg(?:ar|ue|uen|o|aré)|prend(?:er|a|an|o|eré)|met(?:er|a|an|o|eré))(?:le|les)?\\s+fuego\\s+(?:a|al|a\\s+la)\\s+(?!mi\\s|mis\\s)',
  '\\b(?:le|te|lo|los)\\s+(?:espero|esperaré|voy\\s+a\\s+esperar)\\s+en\\s+la\\s+esquina\\b|\\b(?:nadie|ninguno)\\s+(?:sale|saldrá|va\\s+a\\s+salir)\\s+enter[oa]\\b',
  '\\b(?:pena|lástima)\\s+(?:sería\\s+|fuera\\s+)?(?:que|si)\\s+(?!(?:\\S+\\s+){0,3}?mis?\\s)(?:\\S+\\s+){0,4}?(?:le|les|te|os)\\s+(?:pasara|pasase|ocurriera|ocurriese)\\s+algo\\b',
  '\\b(?:y|e)\\s+(?:lo\\s+)?(?:rompo|destrozo|reviento)\\s+todo\\b|\\by\\s+no\\s+precisamente\\s+(?:para|a)\\s+(?:hablar|charlar)\\b',
  // French: "régler ça à ma manière" ("en personne" alone is an errand), "ce sera pas beau à voir", "ne jamais croiser ma route", "il finira sur les rails".
  "\\brégler\\s+(?:ça|ca|cela|le\\s+problème|l['’]\\s*affaire)\\s+(?:\\S+\\s+){0,4}?à\\s+ma\\s+(?:manière|façon|sauce)|\\b(?:ce|ça|ca)\\s+(?:ne\\s+)?(?:sera|serait)\\s+pas\\s+(?:beau|joli)\\s+à\\s+voir\\b",
  '\\bintérêt\\s+à\\s+ne\\s+(?:jamais|plus)\\s+(?:croiser|recroiser|revenir|remettre|se\\s+montrer)\\b|\\bfinir(?:a|ont|ait)?\\s+(?:sur\\s+les\\s+rails|sous\\s+(?:un|le)\\s+(?:train|bus|métro))\\b|\\b(?:et\\s+)?pas\\s+avec\\s+un\\s+(?:courrier|mail|e-mail|recommandé)\\b',
  // German: "und zwar nicht zum Reden", "gibt's was aufs Maul", "zünd ich euch die Bude an", "sollte lieber aufpassen, wenn er nach Feierabend…".
  '\\bnicht\\s+(?:nur\\s+)?zum\\s+(?:Reden|Plaudern|Quatschen|Diskutieren)\\b',
  "\\bgibt(?:[’']s|\\s+es)?\\s+(?:was|eins|eine|welche)\\s+(?:aufs\\s+Maul|auf\\s+die\\s+(?:Fresse|Nase|Mütze|Zwölf))",
  '\\b(?:zünd|zünde|fackel|fackle)\\s+(?:ich|wir)\\s+(?:euch|Ihnen|ihm|ihr|dir|denen)?\\s*(?:die|den|das|eure|euren|Ihre|Ihren)\\s+\\p{L}+\\s+(?:an|ab)\\b',
  '\\b(?:sollte|sollten|soll)\\s+(?:lieber|besser|mal)\\s+aufpassen\\b(?=[^.!?]{0,50}\\b(?:Feierabend|nachts|abends|allein|Heimweg|nach\\s+Hause|U-Bahn|Parkplatz)\\b)|\\b(?:besser|lieber)\\s+nicht\\s+(?:mehr\\s+)?über\\s+den\\s+Weg\\s+laufen\\b',
  // Portuguese: "ninguém sai inteiro", "parto aquilo tudo", "fala pro técnico tomar cuidado", "e aí ele vai ver",
  // "é melhor não voltar a pôr os pés", "sei onde o gerente da loja mora".
  '\\b(?:ninguém|não)\\s+(?:sai|vai\\s+sair|sairá)\\s+(?:daqui\\s+|de\\s+lá\\s+)?inteir[oa]s?\\b',
  '\\b(?:parto|partimos|quebro|quebramos|rebento|arrebento)\\s+(?:aquilo\\s+|isso\\s+|isto\\s+|a\\s+loja\\s+)?tudo\\b',
  '\\b(?:fala|diga|diz|avisa|avise|digam|falem)\\s+(?:pro|pra|ao|à|para\\s+o|para\\s+a)\\s+(?:\\S+\\s+){0,4}?(?:tomar\\s+cuidado|ter\\s+cuidado|que\\s+(?:se\\s+cuide|tome\\s+cuidado|se\\s+prepare|é\\s+melhor))\\b',
  '\\be\\s+aí\\s+(?:ele|ela|eles|você|vocês)\\s+(?:vai|vão)\\s+ver\\b|\\b(?:vou\\s+esperar|espero)\\s+(?:ele|ela|o\\s+\\p{L}+|a\\s+\\p{L}+)\\s+na\\s+esquina\\b',
  '\\b(?:é\\s+melhor|melhor)\\s+(?:ele\\s+|ela\\s+)?não\\s+(?:voltar\\s+a\\s+)?(?:pôr|por|botar|meter)\\s+os\\s+pés\\b',
  '\\bsei\\s+onde\\s+(?:o|a|os|as)\\s+(?:\\p{L}+\\s+){1,4}?(?:mora|moram|vive|vivem|estaciona)\\b',
];

const MENACE_RE = compile([...EN, ...INTL], true);

/** Spans of insinuated menace; a handle may stand inside one ("torch the @Shop warehouse"). */
export function menaceThreats(text: string): { start: number; end: number }[] {
  return spansOf(MENACE_RE, text);
}
