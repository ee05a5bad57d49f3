import { A, STAFF_ROLE, compile } from './check-threat-words';

/**
 * Threats of bodily harm, beatings, arson and damage to property, in the five languages: "I'll
 * break his legs", "he deserves a beating", "your depot would go up in flames with some
 * petrol", "I'll slash the tyres on his van", "os quemo la oficina", "je vais lui casser la
 * gueule", "parto-lhe a cara". They have no calm version, so their suggestion removes them. Harm
 * to the writer's own body or things ("I broke my leg"), a product that caught fire, and damage
 * already done and reported ("our windows were smashed last night") are not matched.
 */

// Someone's body: "his legs", "the driver's face".
const BODY = '(?:legs?|arms?|neck|face|head|teeth|jaw|nose|skull|knees?|kneecaps?|fingers?|ribs|bones|lights)';
const WHOSE = `(?:his|her|their|your|ur|yer|the\\s+\\w+${A}s|that\\s+\\w+${A}s)`;
// A future or wished act by the writer or "someone", not a report.
const WRITER = `(?:i|we|someone|somebody)(?:${A}ll|${A}d|\\s+will|\\s+would|\\s+shall|\\s+should|\\s+could|\\s+(?:am|are)\\s+(?:going\\s+to|gonna)|${A}(?:m|re)\\s+(?:going\\s+to|gonna)|\\s+want\\s+to|\\s+swear)`;
// A person, as the object of a blow.
const PERSON = `(?:him|her|them|you|ur|(?:your|that|the|this)\\s+(?:\\w+\\s+)?(?:${STAFF_ROLE}|idiot|clown))`;
// What vandals damage.
const PROPERTY =
  '(?:windows?|windscreens?|tyres?|tires?|doors?|shopfront|shop\\s+front|vans?|cars?|trucks?|lorr(?:y|ies)|office|shop|store|branch|depot|warehouse|dealership|showroom|garage|building|premises|house|home)';

const EN = [
  // "I'll break his legs", "someone should smash the manager's face in".
  `\\b${WRITER}\\s+(?:\\w+\\s+){0,2}?(?:break|snap|smash|bust|punch|kick|bash|cave|knock|rearrange|batter|deck|stab|shoot|strangle|throttle)\\s+(?:in\\s+)?${WHOSE}\\s+(?:\\w+\\s+)?${BODY}\\b`,
  // "I'll knock him out", "we'll beat him up", "I'll slap that agent".
  `\\b${WRITER}\\s+(?:\\w+\\s+){0,2}?(?:(?:knock|beat|kick)\\s+${PERSON}\\s+(?:out|up|senseless|black\\s+and\\s+blue|to\\s+a\\s+pulp|into\\s+next\\s+week)|(?:smack|slap|thump|deck|stab|strangle|throttle|lamp|glass|punch|batter|shoot)\\s+${PERSON}(?!\\s+(?:a|an|the|some|my)\\s))\\b`,
  `\\bgive\\s+(?:him|her|them|you|your\\s+\\w+|that\\s+\\w+|the\\s+\\w+)\\s+a\\s+(?:good\\s+|proper\\s+|real\\s+)?(?:beating|kicking|hiding|slap|smack|thrashing|hammering|battering|punch|black\\s+eye|bloody\\s+nose)\\b`,
  // "People like your CEO deserve a beating", "he needs a good slap".
  `\\b(?:deserves?|needs?|could\\s+do\\s+with|wants?|is\\s+asking\\s+for|are\\s+asking\\s+for)\\s+a\\s+(?:good\\s+|proper\\s+|real\\s+|bloody\\s+|damn\\s+)?(?:beating|kicking|hiding|slap|smack|thrashing|hammering|battering|punch\\s+in\\s+the\\s+\\w+|smack\\s+in\\s+the\\s+\\w+|black\\s+eye|bloody\\s+nose)\\b`,
  // Arson: "the shop would go up in flames", "with a can of petrol", "burn it to the ground", "torch your shop"
  // ("the torch the shop sold me" is a lamp).
  `\\b(?:would|could|might|${A}d)\\s+go\\s+up\\s+(?:nicely|a\\s+treat|so\\s+easily|quickly|in\\s+(?:flames|smoke))\\b(?!\\s+in\\s+(?:value|price))|\\bwith\\s+(?:a\\s+(?:bit|can|drop|splash|jerry\\s+can|litre)\\s+of\\s+|some\\s+)(?:petrol|gasoline|gas|paraffin|lighter\\s+fluid)\\b|\\bburn\\s+(?:\\w+\\s+){1,3}?to\\s+the\\s+ground\\b|(?<!\\b(?:the|a|my|this|that|your)\\s+)\\b(?:torch|firebomb|petrol[- ]bomb)\\s+(?:your|their|his|her|that|the)\\s+(?:\\w+\\s+)?${PROPERTY}\\b|\\bset\\s+fire\\s+to\\s+(?:your|their|his|her|that)\\b`,
  // Vandalism: "I'll slash the tyres on his van", "his windows will get put in", "a brick through your window".
  `\\b(?:slash|puncture|let\\s+down|key|scratch)\\s+(?:the|your|his|her|their|every|all)\\s+(?:\\w+\\s+){0,5}?(?:tyres?|tires?|cars?|vans?|paintwork)\\b`,
  `\\b(?:will|${A}ll|would|${A}d|could|might|may)\\s+(?:\\w+\\s+){0,4}?(?:windows?|windscreens?|shopfront)\\s+(?:put\\s+in|smashed(?:\\s+in)?|bricked|kicked\\s+in)\\b|\\bwindows?\\s+(?:will|${A}ll|would|could|might|may)\\s+(?:get\\s+|be\\s+)?(?:put\\s+in|smashed|bricked|kicked\\s+in)\\b|\\b(?:put|smash|kick|brick)\\s+(?:your|his|her|their|the)\\s+(?:\\w+\\s+)?windows?\\s+in\\b|\\b(?:a\\s+)?brick\\s+through\\s+(?:your|his|her|their|the)\\s+(?:\\w+\\s+)?window\\b`,
];

const INTL = [
  // Spanish: "os quemo la oficina", "le parto la cara", "te voy a romper las piernas", "le va a caer una paliza".
  '\\b(?:os|te|le|les)\\s+(?:quemo|rompo|parto|reviento|mato|destrozo|incendio|quemaré|romperé|partiré|reventaré|mataré|destrozaré|incendiaré|(?:voy|vamos)\\s+a\\s+(?:quemar|romper|partir|reventar|matar|destrozar|incendiar|dar\\s+una\\s+paliza|pegar\\s+una\\s+paliza))\\b',
  '\\b(?:voy|vamos)\\s+a\\s+(?:quemar|romper|partir|reventar|incendiar|destrozar)(?:le|les|te|os)?\\s+(?:la\\s+cara|las\\s+piernas|los\\s+dientes|la\\s+crisma|la\\s+boca|vuestr[oa]s?|tu|su|sus|la\\s+oficina|la\\s+tienda|el\\s+local|el\\s+coche)\\b|\\b(?:partir|romper|reventar)(?:le|les|te|os)\\s+(?:la\\s+cara|las\\s+piernas|la\\s+crisma|los\\s+dientes)\\b|\\b(?:merece|merecen|necesita)\\s+una\\s+(?:buena\\s+)?(?:paliza|hostia|ostia|bofetada|somanta)\\b',
  // French: "je vais lui casser la gueule", "je brûle votre agence", "il mérite une bonne raclée".
  "\\b(?:je|on)\\s+(?:vais\\s+|va\\s+)?(?:te|lui|leur|vous)\\s+(?:casser|péter|défoncer|exploser|éclater|refaire|fracasser)\\s+(?:la\\s+gueule|la\\s+figure|le\\s+portrait|la\\s+tête|les\\s+dents|les\\s+jambes|le\\s+nez)\\b|\\b(?:je|on)\\s+(?:vais\\s+|va\\s+)?(?:brûler|cramer|incendier|saccager|brûle|crame|incendie|saccage|défonce|défoncer)\\s+(?:votre|vos|ton|ta|tes|son|sa|ses|leur|leurs|cette|ce|l['’]\\s*agence|le\\s+magasin|la\\s+boutique)\\b|\\b(?:mérite|méritent|mériterait)\\s+une\\s+(?:bonne\\s+)?(?:raclée|correction|baffe|claque|gifle|dérouillée)\\b",
  // German: "ich breche ihm die Beine", "eins auf die Fresse", "den Laden abfackeln", "verdient eine Tracht Prügel".
  "\\b(?:die|alle)\\s+(?:Beine|Knochen|Nase|Zähne)\\s+(?:brechen|brech|breche|polieren|einschlagen)\\b|\\b(?:brech|breche|brech[’']|polier|poliere)\\s+(?:ihm|ihr|dir|euch|Ihnen)\\s+(?:die|alle|sämtliche)\\s+(?:Beine|Knochen|Nase|Zähne|Fresse)\\b|\\b(?:in\\s+die|eins\\s+auf\\s+die|die)\\s+Fresse\\b|\\b(?:abfackeln|niederbrennen|zusammenschlagen|verprügeln|kurz\\s+und\\s+klein\\s+schlagen)\\b|\\bfackle\\s+(?:\\p{L}+\\s+){1,3}?ab\\b|\\bzünde\\s+(?:Ihren|Ihre|Ihr|euren|eure|euer|seinen|seine|sein|den|die|das)\\s+(?:Laden|Filiale|Büro|Geschäft|Lager|Auto|Wagen|Haus|Bude|Werkstatt)\\s+an\\b|\\b(?:verdient|verdienen|braucht)\\s+(?:eine\\s+)?(?:Tracht\\s+Prügel|Abreibung|Ohrfeige|Schelle|aufs\\s+Maul)\\b",
  // Portuguese: "parto-lhe a cara", "vou queimar a vossa loja", "merece uma surra".
  '\\b(?:parto|quebro|rebento|arrebento|queimo|mato)\\s*-\\s*(?:lhe|te|vos|lhes)\\b|\\b(?:lhe|te|vos)\\s+(?:parto|quebro|rebento|arrebento|mato)\\b|\\b(?:vou|vamos)\\s+(?:partir|quebrar|rebentar|arrebentar|queimar|incendiar|pegar\\s+fogo\\s+(?:a|à|ao|n[ao]))\\s*(?:-?lhe\\s+|-?te\\s+)?(?:a\\s+cara|as\\s+pernas|os\\s+dentes|a\\s+vossa|o\\s+vosso|a\\s+sua|o\\s+seu|essa|esse|a\\s+loja|o\\s+escritório|a\\s+agência)\\b|\\b(?:merece|merecem|precisa\\s+de)\\s+(?:uma\\s+)?(?:boa\\s+)?(?:surra|porrada|sova|tareia|bofetada|coça)\\b',
  // Windows and tyres damaged "one of these days": "qualquer dia a vossa loja aparece com as montras partidas".
  '\\b(?:qualquer\\s+dia|qualquer\\s+noite|um\\s+dia\\s+destes|uma\\s+noite\\s+destas|un\\s+día\\s+de\\s+estos|una\\s+noche\\s+de\\s+estas|cualquier\\s+(?:día|noche)|un\\s+de\\s+ces\\s+(?:jours|soirs|nuits|quatre)|eines\\s+(?:Tages|Nachts|schönen\\s+Tages)|irgendwann\\s+nachts)\\b[^.!?]{0,60}?\\b(?:(?:montras|vitrines?|janelas|vidros|escaparates?|lunas|cristales|ventanas|vitres|fenêtres|Scheiben|Fenster|Schaufenster)\\s+(?:partid[oa]s|quebrad[oa]s|estilhaçad[oa]s|rot[oa]s|destrozad[oa]s|cassées|brisées|explosées|eingeschlagen|zertrümmert|kaputt)|(?:pneus|ruedas|neumáticos|Reifen)\\s+(?:furados|rasgados|cortados|pinchad[oa]s|rajad[oa]s|crevés|lacérés|zerstochen|aufgeschlitzt))\\b',
  // Blows promised in the other languages: "le voy a dar una paliza", "je vais le tabasser", "ich hau ihm eine rein", "vou bater nele".
  '\\b(?:le|te|os|les)\\s+(?:voy\\s+a\\s+dar|vamos\\s+a\\s+dar|doy|daré|meto|meteré|pego|pegaré|voy\\s+a\\s+meter|voy\\s+a\\s+pegar)\\s+(?:una\\s+)?(?:buena\\s+)?(?:paliza|hostia|ostia|torta|leche|somanta|bofetada)\\b(?!\\s+a(?:l|\\s+la)\\s)|\\b(?:lo|la|te|os|los)\\s+(?:mato|reviento|voy\\s+a\\s+matar|voy\\s+a\\s+reventar)\\b',
  "\\b(?:je|on)\\s+(?:vais|va)\\s+(?:le|la|les|te|vous)\\s+(?:tabasser|buter|frapper|démolir|défoncer|cogner|massacrer|tuer)\\b(?!\\s+à\\s+la\\s+porte)|\\b(?:je|on)\\s+(?:vais|va)\\s+(?:lui|leur|te|vous)\\s+(?:en\\s+coller\\s+une|en\\s+mettre\\s+une|régler\\s+son\\s+compte|faire\\s+la\\s+peau)\\b|\\b(?:mettre|foutre)\\s+le\\s+feu\\s+à\\s+(?:votre|vos|ton|ta|son|sa|leur|l['’]\\s*agence|la\\s+boutique|le\\s+magasin)",
  '\\bich\\s+(?:hau|haue|schlag|schlage)\\s+(?:ihm|ihr|dir|euch|Ihnen|ihn|dich|sie)\\s+(?:eine|eins|aufs\\s+Maul|zusammen|tot|windelweich|krankenhausreif)\\b|\\b(?:bring|bringe)\\s+(?:ihn|dich|euch|sie)\\s+um\\b|\\bFeuer\\s+(?:legen|lege)\\b',
  '\\b(?:vou|vamos)\\s+(?:bater|espancar|matar|dar\\s+(?:uma\\s+)?(?:surra|sova|tareia|porrada|um\\s+tiro))\\s*(?:-?lhe\\b|n(?:ele|ela|eles|esse|essa)\\b|em\\s+(?:você|vocês|ti)\\b|\\s+n[oa]\\s)|\\b(?:pôr|por|tocar|botar|atear|meter|pegar|prender)\\s+fogo\\s+(?:n[ao]s?|à|ao|a)\\s+(?:vossa|vosso|sua|seu|tua|teu|essa|esse|loja|agência|escritório|oficina|tienda|local|vuestr[oa])',
  // Windows broken on purpose: "je vais casser les vitres", "ich schlage die Scheiben ein", "vou partir os vidros".
  '\\b(?:je|on)\\s+(?:vais|va)\\s+(?:casser|exploser|péter|briser)\\s+(?:les|vos|la|votre)\\s+(?:vitres?|vitrines?|fenêtres?)\\b|\\b(?:schlage|schlag|werfe|wirf)\\s+(?:\\p{L}+\\s+){0,2}?(?:Scheiben|Fenster|Schaufenster\\p{L}*)\\s+ein\\b|\\b(?:Scheiben|Fenster)\\s+einschlagen\\b|\\b(?:vou|vamos)\\s+(?:partir|quebrar|rebentar|estilhaçar)\\s+(?:os|as|a|o)\\s+(?:vidros|montras?|janelas|vitrines?)\\b|\\b(?:voy|vamos)\\s+a\\s+(?:romper|reventar)\\s+(?:los|las)\\s+(?:cristales|lunas|escaparates|ventanas)\\b',
  // Fuel and fire, in the other languages: "con un poco de gasolina", "avec un peu d'essence", "mit etwas Benzin".
  "\\b(?:con\\s+(?:un\\s+poco\\s+de|una\\s+lata\\s+de)\\s+gasolina|avec\\s+(?:un\\s+peu\\s+d['’]|un\\s+bidon\\s+d['’])\\s*essence|mit\\s+(?:etwas|ein\\s+bisschen|einem\\s+Kanister)\\s+Benzin|com\\s+(?:um\\s+pouco\\s+de|uma\\s+lata\\s+de)\\s+gasolina)\\b|\\b(?:ardería|arderia|brûlerait|würde)\\s+(?:muy\\s+|très\\s+|gut\\s+|schön\\s+|bem\\s+)?(?:bien|bem|brennen)\\b",
];

// Latin letter ranges instead of a Unicode letter class: fast to compile (check-letters.ts).

export const HARM: RegExp[] = [...compile(EN, true), ...compile(INTL, true)];
