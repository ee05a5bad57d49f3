/**
 * Words for when something happened or is due, in English, Spanish, French and German, folded
 * like words.ts. Matched on whole tokens, longest first ("esta mañana" — this morning — before
 * "mañana" — tomorrow; "heute Morgen" before "morgen").
 */

export type DayPart = 'morning' | 'afternoon' | 'evening' | 'night';

/** Days counted from today, with the part of the day when the phrase says it. */
export const RELATIVE_DAYS: readonly (readonly [string, number, DayPart?])[] = [
  ['today', 0], ['earlier today', 0], ['hoy', 0], ["aujourd'hui", 0], ['heute', 0],
  ['yesterday', -1], ['ayer', -1], ['hier', -1], ['gestern', -1],
  ['day before yesterday', -2], ['the day before yesterday', -2], ['anteayer', -2], ['antier', -2], ['avant-hier', -2], ['vorgestern', -2],
  ['tomorrow', 1], ['manana', 1], ['demain', 1], ['morgen', 1],
  ['day after tomorrow', 2], ['the day after tomorrow', 2], ['pasado manana', 2], ['apres-demain', 2], ['ubermorgen', 2],
  ['this morning', 0, 'morning'], ['esta manana', 0, 'morning'], ['ce matin', 0, 'morning'], ['heute morgen', 0, 'morning'], ['heute fruh', 0, 'morning'], ['heute vormittag', 0, 'morning'],
  ['this afternoon', 0, 'afternoon'], ['esta tarde', 0, 'afternoon'], ['cet apres-midi', 0, 'afternoon'], ['heute nachmittag', 0, 'afternoon'],
  ['this evening', 0, 'evening'], ['tonight', 0, 'evening'], ['esta noche', 0, 'evening'], ['ce soir', 0, 'evening'], ['heute abend', 0, 'evening'],
  ['last night', -1, 'night'], ['anoche', -1, 'night'], ['hier soir', -1, 'evening'], ['gestern abend', -1, 'evening'],
  ['yesterday morning', -1, 'morning'], ['ayer por la manana', -1, 'morning'], ['hier matin', -1, 'morning'], ['gestern morgen', -1, 'morning'], ['gestern vormittag', -1, 'morning'], ['gestern fruh', -1, 'morning'],
  ['yesterday afternoon', -1, 'afternoon'], ['ayer por la tarde', -1, 'afternoon'], ['hier apres-midi', -1, 'afternoon'], ['gestern nachmittag', -1, 'afternoon'],
  ['yesterday evening', -1, 'evening'], ['ayer por la noche', -1, 'evening'],
  ['tomorrow morning', 1, 'morning'], ['manana por la manana', 1, 'morning'], ['demain matin', 1, 'morning'], ['morgen fruh', 1, 'morning'], ['morgen vormittag', 1, 'morning'],
  ['tomorrow afternoon', 1, 'afternoon'], ['manana por la tarde', 1, 'afternoon'], ['demain apres-midi', 1, 'afternoon'], ['morgen nachmittag', 1, 'afternoon'],
];

/** A part of the day said after a day ("Tuesday morning", "el martes por la tarde", "lundi matin"). */
export const PARTS_OF_DAY: readonly (readonly [string, DayPart])[] = [
  ['morning', 'morning'], ['in the morning', 'morning'], ['por la manana', 'morning'], ['matin', 'morning'], ['le matin', 'morning'], ['morgens', 'morning'], ['vormittag', 'morning'], ['vormittags', 'morning'], ['fruh', 'morning'],
  ['afternoon', 'afternoon'], ['in the afternoon', 'afternoon'], ['por la tarde', 'afternoon'], ['apres-midi', 'afternoon'], ["l'apres-midi", 'afternoon'], ['nachmittag', 'afternoon'], ['nachmittags', 'afternoon'],
  ['evening', 'evening'], ['in the evening', 'evening'], ['night', 'night'], ['por la noche', 'evening'], ['soir', 'evening'], ['le soir', 'evening'], ['abend', 'evening'], ['abends', 'evening'],
];

/** Clock hour a part of the day stands for when no time is given. */
export const PART_HOUR: Readonly<Record<DayPart, number>> = { morning: 9, afternoon: 15, evening: 19, night: 21 };

/**
 * Weekday names, 0 = Sunday as Date#getDay counts. `weak`: also an ordinary word ("mon" is French
 * for "my", "so" German for "so", "sat", "mar"): read as a day only after "by", "on", "bis"…
 */
export const WEEKDAYS: readonly (readonly [string, number, boolean?])[] = [
  ['sunday', 0], ['sun', 0, true], ['monday', 1], ['mon', 1, true], ['tuesday', 2], ['tue', 2, true], ['tues', 2], ['wednesday', 3], ['wed', 3, true],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6, true],
  ['domingo', 0], ['lunes', 1], ['martes', 2], ['miercoles', 3], ['jueves', 4], ['viernes', 5], ['sabado', 6],
  ['dom', 0, true], ['lun', 1, true], ['mar', 2, true], ['mie', 3, true], ['jue', 4, true], ['vie', 5, true], ['sab', 6, true],
  ['dimanche', 0], ['lundi', 1], ['mardi', 2], ['mercredi', 3], ['jeudi', 4], ['vendredi', 5], ['samedi', 6],
  ['dim', 0, true], ['mer', 3, true], ['jeu', 4, true], ['ven', 5, true], ['sam', 6, true],
  ['sonntag', 0], ['montag', 1], ['dienstag', 2], ['mittwoch', 3], ['donnerstag', 4], ['freitag', 5], ['samstag', 6], ['sonnabend', 6],
  ['so', 0, true], ['mo', 1, true], ['di', 2, true], ['mi', 3, true], ['do', 4, true], ['fr', 5, true], ['sa', 6, true],
];

export type WeekdayShift = 'next' | 'last' | 'this';

/** Before a weekday: "next Friday", "el próximo viernes", "ce vendredi", "letzten Montag". */
export const WEEKDAY_BEFORE: readonly (readonly [string, WeekdayShift])[] = [
  ['next', 'next'], ['this coming', 'next'], ['coming', 'next'], ['last', 'last'], ['this', 'this'], ['this past', 'last'], ['past', 'last'],
  ['el proximo', 'next'], ['proximo', 'next'], ['el pasado', 'last'], ['este', 'this'],
  ['ce', 'this'], ['prochain', 'next'],
  ['nachsten', 'next'], ['kommenden', 'next'], ['am nachsten', 'next'], ['am kommenden', 'next'], ['letzten', 'last'], ['am letzten', 'last'], ['vergangenen', 'last'], ['am vergangenen', 'last'], ['diesen', 'this'], ['diesem', 'this'],
];

/** After a weekday: "el martes pasado", "mardi dernier", "vendredi prochain", "el lunes que viene". */
export const WEEKDAY_AFTER: readonly (readonly [string, WeekdayShift])[] = [
  ['pasado', 'last'], ['que viene', 'next'], ['proximo', 'next'], ['dernier', 'last'], ['prochain', 'next'], ['last week', 'last'], ['next week', 'next'],
];

export const MONTHS: readonly (readonly [string, number])[] = [
  ['january', 0], ['jan', 0], ['february', 1], ['feb', 1], ['march', 2], ['mar', 2], ['april', 3], ['apr', 3], ['may', 4], ['june', 5], ['jun', 5],
  ['july', 6], ['jul', 6], ['august', 7], ['aug', 7], ['september', 8], ['sep', 8], ['sept', 8], ['october', 9], ['oct', 9], ['november', 10], ['nov', 10],
  ['december', 11], ['dec', 11],
  ['enero', 0], ['febrero', 1], ['marzo', 2], ['abril', 3], ['mayo', 4], ['junio', 5], ['julio', 6], ['agosto', 7], ['septiembre', 8], ['setiembre', 8],
  ['octubre', 9], ['noviembre', 10], ['diciembre', 11], ['ene', 0], ['abr', 3], ['ago', 7], ['dic', 11],
  ['janvier', 0], ['janv', 0], ['fevrier', 1], ['fevr', 1], ['fev', 1], ['mars', 2], ['avril', 3], ['avr', 3], ['mai', 4], ['juin', 5], ['juillet', 6], ['juil', 6],
  ['aout', 7], ['septembre', 8], ['octobre', 9], ['novembre', 10], ['decembre', 11], ['dec', 11],
  ['januar', 0], ['janner', 0], ['februar', 1], ['marz', 2], ['mai', 4], ['juni', 5], ['juli', 6], ['oktober', 9], ['okt', 9], ['dezember', 11], ['dez', 11],
];

/** Numbers written as words, for "two days ago", "media hora", "dans deux jours", "vor zwei Tagen". */
export const NUMBER_WORDS: readonly (readonly [string, number])[] = [
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['thirty', 30], ['forty', 40], ['forty-five', 45], ['fifty', 50], ['sixty', 60], ['ninety', 90],
  ['un', 1], ['una', 1], ['uno', 1], ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8], ['nueve', 9], ['diez', 10],
  ['doce', 12], ['quince', 15], ['veinte', 20], ['treinta', 30], ['cuarenta', 40], ['cuarenta y cinco', 45], ['cincuenta', 50], ['sesenta', 60], ['noventa', 90],
  ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['sept', 7], ['huit', 8], ['dix', 10], ['douze', 12], ['quinze', 15], ['vingt', 20],
  ['trente', 30], ['quarante', 40], ['quarante-cinq', 45], ['cinquante', 50], ['soixante', 60], ['quatre-vingt-dix', 90],
  ['ein', 1], ['eine', 1], ['einer', 1], ['einem', 1], ['einen', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['funf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8],
  ['neun', 9], ['zehn', 10], ['zwolf', 12], ['funfzehn', 15], ['zwanzig', 20], ['dreissig', 30], ['dreißig', 30], ['vierzig', 40], ['funfundvierzig', 45],
  ['funfzig', 50], ['sechzig', 60], ['neunzig', 90],
];

export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'businessDay';

export const UNITS: readonly (readonly [string, Unit])[] = [
  ['min', 'minute'], ['mins', 'minute'], ['minute', 'minute'], ['minutes', 'minute'], ['minuto', 'minute'], ['minutos', 'minute'], ['minuten', 'minute'], ['mn', 'minute'], ['mnt', 'minute'],
  ['h', 'hour'], ['hr', 'hour'], ['hrs', 'hour'], ['hour', 'hour'], ['hours', 'hour'], ['hora', 'hour'], ['horas', 'hour'], ['heure', 'hour'], ['heures', 'hour'],
  ['stunde', 'hour'], ['stunden', 'hour'], ['std', 'hour'],
  ['day', 'day'], ['days', 'day'], ['dia', 'day'], ['dias', 'day'], ['jour', 'day'], ['jours', 'day'], ['tag', 'day'], ['tage', 'day'], ['tagen', 'day'],
  ['week', 'week'], ['weeks', 'week'], ['semana', 'week'], ['semanas', 'week'], ['semaine', 'week'], ['semaines', 'week'], ['woche', 'week'], ['wochen', 'week'],
  ['month', 'month'], ['months', 'month'], ['mes', 'month'], ['meses', 'month'], ['mois', 'month'], ['monat', 'month'], ['monate', 'month'], ['monaten', 'month'],
  ['business day', 'businessDay'], ['business days', 'businessDay'], ['working day', 'businessDay'], ['working days', 'businessDay'],
  ['dia habil', 'businessDay'], ['dias habiles', 'businessDay'], ['dias laborables', 'businessDay'], ['jour ouvre', 'businessDay'], ['jours ouvres', 'businessDay'],
  ['jours ouvrables', 'businessDay'], ['werktag', 'businessDay'], ['werktage', 'businessDay'], ['werktagen', 'businessDay'], ['arbeitstage', 'businessDay'],
  ['arbeitstagen', 'businessDay'],
];

/** "half an hour", "una hora y media", "eine halbe Stunde": durations that are whole phrases. */
export const DURATION_PHRASES: readonly (readonly [string, number])[] = [
  ['half an hour', 30], ['half hour', 30], ['an hour and a half', 90], ['hour and a half', 90], ['one and a half hours', 90], ['a quarter of an hour', 15], ['quarter of an hour', 15],
  ['media hora', 30], ['una hora y media', 90], ['hora y media', 90], ['un cuarto de hora', 15],
  ['une demi-heure', 30], ['demi-heure', 30], ['une heure et demie', 90], ['heure et demie', 90], ["un quart d'heure", 15], ["quart d'heure", 15],
  ['eine halbe stunde', 30], ['halbe stunde', 30], ['anderthalb stunden', 90], ['eineinhalb stunden', 90], ['eine viertelstunde', 15], ['viertelstunde', 15],
];

/** Time spent on hold, said next to a length: "30 min on hold", "1h d'attente", "50 Minuten Warteschleife". */
export const HOLD_WORDS: readonly string[] = [
  'on hold', 'hold', 'held', 'holding', 'in the queue', 'queue', 'queued', 'waited', 'waiting', 'wait', 'of hold', 'hold time',
  'en espera', 'de espera', 'esperando', 'espere', 'en cola',
  "d'attente", 'attente', 'en attente', 'attendu', "j'ai attendu",
  'warteschleife', 'in der warteschleife', 'gewartet', 'wartezeit', 'warten',
];

/** Before an offset counted back: "hace 2 días", "il y a 2 jours", "vor 2 Tagen". ("2 days ago" is AGO.) */
export const BACK_BEFORE: readonly string[] = ['hace', 'il y a', 'vor', 'vor etwa', 'hace unos', 'hace unas', 'il y a environ'];
export const AGO: readonly string[] = ['ago', 'before', 'earlier'];

/** Before an offset counted forward: "within 5 days", "en 48 horas", "sous 10 jours", "innerhalb von 48 Stunden". */
export const FORWARD_BEFORE: readonly string[] = [
  'in', 'within', 'in the next', 'within the next', 'en', 'en los proximos', 'en las proximas', 'dentro de', 'dans', 'sous', "d'ici", 'dans les',
  'in den nachsten', 'innerhalb', 'innerhalb von', 'innerhalb der nachsten', 'binnen',
];

/**
 * Before a day a promise is due: "by Friday", "para el viernes", "avant lundi", "bis Freitag". A
 * contact cannot happen "by" a day, so such a date is always a promise's.
 */
export const DUE_BEFORE: readonly string[] = [
  'by', 'before', 'until', 'till', 'no later than', 'para', 'antes de', 'antes del', 'hasta', 'como tarde',
  'pour', 'avant', "d'ici", "jusqu'a", "jusqu'au", 'au plus tard', 'bis', 'bis spatestens', 'spatestens', 'vor',
];

/**
 * Before a day, deciding nothing: "on 3 March", "el martes", "le 2 juin", "am Montag". After one
 * of these (an article, in effect) a plain number is a day of the month: "le 15", "am 15.".
 */
export const DAY_BEFORE: readonly string[] = ['on', 'on the', 'the', 'for', 'for the', 'el', 'el dia', 'del', 'le', 'am', 'den', 'zum', 'dem'];

/** Before a clock time: "at 3pm", "a las 5", "à 15h", "um 15 Uhr". */
export const TIME_BEFORE: readonly string[] = ['at', 'around', 'at around', 'about', 'a las', 'a la', 'sobre las', 'hacia las', 'a', 'vers', 'um', 'gegen', 'ca', 'ab', 'from'];

/** After an hour: which half of the day. */
export const HALF_DAY_AFTER: readonly (readonly [string, 'am' | 'pm'])[] = [
  ['am', 'am'], ['a.m', 'am'], ['pm', 'pm'], ['p.m', 'pm'], ['in the morning', 'am'], ['in the afternoon', 'pm'], ['in the evening', 'pm'], ['at night', 'pm'],
  ['de la manana', 'am'], ['de la tarde', 'pm'], ['de la noche', 'pm'], ['du matin', 'am'], ["de l'apres-midi", 'pm'], ['du soir', 'pm'],
  ['morgens', 'am'], ['fruh', 'am'], ['vormittags', 'am'], ['nachmittags', 'pm'], ['abends', 'pm'],
];

/** "by the end of the week", "fin de mes", "Monatsende". */
export const END_OF: readonly (readonly [string, 'week' | 'month'])[] = [
  ['end of the week', 'week'], ['end of week', 'week'], ['the end of the week', 'week'], ['end of this week', 'week'], ['fin de la semana', 'week'],
  ['fin de semaine', 'week'], ['fin de la semaine', 'week'], ['ende der woche', 'week'], ['ende dieser woche', 'week'],
  ['end of the month', 'month'], ['end of month', 'month'], ['the end of the month', 'month'], ['end of this month', 'month'], ['fin de mes', 'month'],
  ['fin del mes', 'month'], ['fin du mois', 'month'], ['la fin du mois', 'month'], ['fin de mois', 'month'], ['el fin de mes', 'month'], ['la fin de la semaine', 'week'], ['final de mes', 'month'], ['final del mes', 'month'], ['ende des monats', 'month'], ['monatsende', 'month'], ['ende monat', 'month'],
];
