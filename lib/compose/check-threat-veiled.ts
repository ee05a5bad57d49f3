import { A, WILL, YOU, YOUR_PLACE, compile } from './check-threat-words';

/**
 * Veiled threats: harm left to the reader's imagination ("it would be a shame if something
 * happened", "watch what happens", "you have been warned", "things could get ugly", "esto no va a
 * quedar así"). They have no calm version, so their suggestion removes them. Past events ("things
 * got ugly at the gate") and regrets of the writer's own ("I regret buying this") are not matched.
 */

// "this", "it", "things": the situation, made to sound like it will turn on the reader.
const IT = '(?:things|this|it|that|matters)';
const MODAL = `(?:could|will|${A}ll|might|may|would|is\\s+going\\s+to|are\\s+going\\s+to|${A}s\\s+going\\s+to|${A}re\\s+going\\s+to|is\\s+about\\s+to|are\\s+about\\s+to|${A}re\\s+about\\s+to|${A}s\\s+about\\s+to|can)`;

const EN = [
  `\\b(?:would|${A}d)\\s+be\\s+a\\s+(?:real\\s+|great\\s+|terrible\\s+)?(?:shame|pity)\\s+if\\s+(?:something|anything|someone|anyone|your|you|they)\\b(?![^.!?]{0,30}\\bto\\s+(?:me|us|my|our)\\b)(?![^.!?]{0,30}\\b(?:score|ratings?|reviews?|stars|reputation|share\\s+price)\\b)`,
  `\\b(?:i|we)\\s*(?:would|${A}d)\\s+hate\\s+(?:for\\s+)?(?:something|anything|${YOU})\\s+to\\s+(?:happen|have|get|suffer|be)\\b`,
  `\\b(?:people|companies|firms|those)\\s+like\\s+(?:you|yours)\\s+(?:get|deserve|have it|will get|always get)\\b|\\bget\\s+what${A}?s\\s+coming\\b|\\bhave\\s+it\\s+coming\\b|\\bwhat${A}s\\s+coming\\s+to\\s+(?:you|them)\\b`,
  '\\b(?:keep|carry on|go on|try)\\b[^.!?]{0,30}?\\band\\s+see\\s+what\\s+happens\\b',
  `\\b(?:someone|somebody|people|you|your\\s+\\w+|he|she|they)\\s+(?:will|${A}ll|is\\s+going\\s+to|${A}s\\s+going\\s+to|are\\s+going\\s+to|might|could)\\s+(?:get|be)\\s+(?:hurt|injured|harmed)\\b(?!\\s+(?:by|on|with|from|at|in|because|using))`,
  '\\bmake\\s+(?:things|life|it)\\s+(?:\\w+\\s+)?(?:difficult|hard|hell|unpleasant|miserable)\\s+for\\s+(?:you|your|them)\\b',
  `\\bhope\\s+${YOUR_PLACE}\\s+(?:\\w+\\s+)?(?:burns?|dies?|rots?|suffers?|crash(?:es)?|gets?\\s+(?:hurt|what))\\b`,
  `\\b(?:no idea|don${A}t know|do not know)\\s+who\\s+you${A}?(?:re| are)\\s+(?:dealing|messing|dealing)\\s+with\\b`,
  `\\b(?:someone|somebody|i)\\s+(?:should|ought to|needs? to|will|${A}ll|am going to)\\s+(?:teach|show)\\s+${YOU}\\s+a\\s+lesson\\b|\\bteach\\s+${YOU}\\s+a\\s+lesson\\b`,
  `\\b(?:don${A}t|do not)\\s+make\\s+me\\s+(?:come|go|turn up|show up|find)\\b`,
  `\\bmake\\s+(?:your|their)\\s+li(?:fe|ves)\\s+(?:hell|a misery|a living hell|miserable)\\b`,
  '\\bsleep\\s+with\\s+one\\s+eye\\s+open\\b',
  `\\bsomething\\s+(?:\\w+\\s+)?(?:is\\s+going\\s+to|will|might|could|may|is\\s+gonna)\\s+happen\\s+to\\s+${YOUR_PLACE}`,
  `\\b(?:you|ya)(?:${A}d|\\s+had)?\\s+better\\s+(?:hope|pray|watch|be\\s+careful|keep\\s+an\\s+eye|sleep)\\b`,
  `\\b(?:post(?:ing)?|publish(?:ing)?|shar(?:e|ing)|leak(?:ing)?|put\\s+up|spread|make\\s+sure\\s+(?:\\w+\\s+){0,2}knows?)\\s+(?:\\w+\\s+){0,3}?(?:your|his|her|their)\\s+(?:\\w+${A}s\\s+)?(?:home\\s+)?(?:address(?:es)?|phone\\s+numbers?|family)\\b`,
  `\\b(?:you|your\\s+\\w+)\\s+(?:won${A}t|will not|wouldn${A}t)\\s+(?:feel|be)\\s+safe\\b`,
  `\\bnice\\s+(?:shop|store|office|car|business|little business|family|place)\\s+you${A}?(?:ve| have)\\s+(?:got\\s+)?there\\b`,
  `\\b(?:i|we)${A}?(?:m| am| are|${A}re)\\s+coming\\s+for\\s+you\\b|\\b(?:i|we)${WILL}\\s+be\\s+waiting\\s+for\\s+you\\b`,
  // Regret foretold: "you will live to regret this", "you're going to be sorry". Regret for the
  // business lost ("you'll regret losing a loyal customer") is a customer's fair warning.
  `\\byou${WILL}\\s+(?:\\w+\\s+){0,2}?(?:regret(?!\\s+(?:losing|letting\\s+(?:me|us|a)\\b))|be\\s+sorry|rue)\\b|\\blive\\s+to\\s+regret\\b`,
  // "Shame if something were to happen to that van", "it'd be a pity if your reviews tanked".
  `\\b(?:shame|pity|terrible|awful|tragic)\\s+if\\s+(?:something|anything|someone|anyone)\\s+(?:bad\\s+)?(?:were\\s+to|was\\s+to|should|happened|happens|happen)\\b(?!\\s+to\\s+(?:me|us|my|our)\\b)`,
  // "Close my ticket again and watch what happens", "watch what happens if you ignore me".
  '\\b(?:and|then)\\s+(?:just\\s+)?(?:watch|see)\\s+what\\s+(?:happens|will\\s+happen)\\b|\\bwatch\\s+what\\s+happens\\s+(?:if|next|now)\\b(?!\\s+(?:you|i)\\s+(?:click|tap|press|open|log|try\\s+to\\s+(?:pay|log)))|\\byou(?:' +
    A +
    'll|\\s+will)\\s+see\\s+what\\s+happens\\b',
  // Warnings addressed to the reader.
  `\\b(?:this\\s+is|consider\\s+this|that\\s+was|here${A}s|here\\s+is|take\\s+this\\s+as)\\s+(?:your|a|my)\\s+(?:last|final|only|one\\s+and\\s+only)\\s+warning\\b|\\b(?:last|final)\\s+warning(?=\\s*[.!]|\\s*$)|\\byou${A}ve\\s+had\\s+your\\s+warning\\b|\\b(?:don${A}t|do\\s+not)\\s+say\\s+i\\s+didn${A}?t\\s+warn\\s+you\\b`,
  // "Things could get ugly", "this won't end well for you".
  `\\b${IT}\\s+${MODAL}\\s+(?:\\w+\\s+)?(?:get|turn|become)\\s+(?:very\\s+|really\\s+|real\\s+)?(?:ugly|nasty|messy)\\b|\\b${IT}\\s+(?:won${A}t|will\\s+not|is\\s+not\\s+going\\s+to|isn${A}t\\s+going\\s+to)\\s+end\\s+well\\b|\\bend\\s+(?:badly|in\\s+tears)\\s+for\\s+(?:you|your)\\b`,
  // "You don't want to find out what I'll do", "don't push me", "you picked the wrong person to mess with".
  `\\byou\\s+(?:don${A}t|do\\s+not)\\s+want\\s+to\\s+(?:find\\s+out|know|see|learn)\\s+what\\s+(?:i|we|happens|will\\s+happen)\\b|\\b(?:don${A}t|do\\s+not)\\s+(?:push|test|try)\\s+me\\b|\\b(?:picked|chose|messed\\s+with)\\s+the\\s+wrong\\s+(?:person|customer|guy|woman|man|one|family)\\b`,
  // "I'd watch my step if I were you", "your driver should watch himself", "watch yourself".
  `\\bwatch\\s+(?:yourself|yourselves|himself|herself|themselves|your\\s+step|your\\s+mouth)\\b|\\b(?:i${A}d|i\\s+would)\\s+(?:watch|be\\s+careful)\\b[^.!?]{0,20}\\bif\\s+i\\s+were\\s+(?:you|them|him|her)\\b`,
  // "I know what car you drive", "I have your home address".
  `\\bi\\s+know\\s+(?:what|which)\\s+(?:car|van|train|bus)\\s+(?:you|he|she|they)\\b|\\bi\\s+(?:know|have|found|got)\\s+(?:your|his|her|their)\\s+home\\s+address\\b|\\bhope\\s+nothing\\s+(?:bad\\s+)?happens\\s+to\\s+(?:you|your)\\b`,
];

// The same kinds in Spanish, French, German and Portuguese.
const INTL = [
  // "Esto no va a quedar así", "ya veréis", "os vais a enterar", "estáis avisados", "no sabéis con quién estáis tratando".
  '\\b(?:esto|eso|la\\s+cosa)\\s+no\\s+(?:va\\s+a\\s+quedar|se\\s+va\\s+a\\s+quedar|quedará)\\s+así\\b|\\bya\\s+(?:verás|veréis|verán|verá|lo\\s+verás|lo\\s+veréis)\\b|\\b(?:os|te|se)\\s+(?:vais|vas|van)\\s+a\\s+enterar\\b|\\b(?:estáis|estás|están|quedáis|quedas|quedan)\\s+avisad[oa]s?\\b|\\b(?:último|ultimo)\\s+aviso\\b|\\bno\\s+sab(?:éis|es|en)\\s+con\\s+quién\\b|\\b(?:os|te|les?)\\s+va\\s+a\\s+salir\\s+(?:muy\\s+)?caro\\b',
  // "Vous êtes prévenus", "vous allez voir ce qui va se passer", "ça va mal finir", "vous ne savez pas à qui vous avez affaire".
  '\\b(?:vous\\s+êtes|tu\\s+es|vous\\s+voilà|te\\s+voilà)\\s+(?:prévenu|averti)e?s?\\b|\\b(?:vous\\s+allez|tu\\s+vas)\\s+voir\\s+ce\\s+qui\\b|\\b(?:ça|cela|ca)\\s+va\\s+(?:très\\s+)?mal\\s+(?:finir|se\\s+terminer)\\b|\\bdernier\\s+avertissement\\b|\\b(?:vous\\s+ne\\s+savez|tu\\s+ne\\s+sais)\\s+pas\\s+à\\s+qui\\b|\\b(?:ça|cela)\\s+va\\s+vous\\s+coûter\\s+cher\\b',
  // "Sie sind gewarnt", "das wird böse enden", "passen Sie bloß auf", "Sie werden schon sehen".
  '\\b(?:Sie\\s+sind|ihr\\s+seid|du\\s+bist|seien\\s+Sie)\\s+(?:hiermit\\s+)?gewarnt\\b|\\bdas\\s+wird\\s+(?:\\p{L}+\\s+)?(?:böse|übel|schlimm|bitter)\\s+enden\\b|\\b(?:passen\\s+Sie|pass|passt)\\s+(?:bloß|nur|ja|lieber|gut)\\s+auf\\b|\\b(?:Sie\\s+werden|ihr\\s+werdet|du\\s+wirst)\\s+schon\\s+sehen\\b|\\bletzte\\s+Warnung\\b|\\bwissen\\s+nicht,?\\s+mit\\s+wem\\b',
  // "Vocês foram avisados", "isso não vai ficar assim", "vocês vão ver o que acontece", "cuidado comigo".
  '\\b(?:vocês|você|vc|vcs)\\s+(?:foram|foi|estão|está)\\s+avisad[oa]s?\\b|\\b(?:isso|isto)\\s+não\\s+vai\\s+ficar\\s+assim\\b|\\b(?:vocês\\s+)?(?:vão|vai)\\s+ver\\s+(?:o\\s+que\\s+(?:acontece|vai\\s+acontecer)|só)\\b|\\bcuidado\\s+comigo\\b|\\bnão\\s+sab(?:em|e)\\s+com\\s+quem\\b|\\búltimo\\s+aviso\\b',
];

export const VEILED: RegExp[] = [...compile(EN), ...compile(INTL, true)];
