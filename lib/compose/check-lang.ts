/**
 * A rough guess at the language a post is written in, from its commonest short words. Only used
 * to choose which countries' phone plans to read a national number in first; an unclear text
 * gets no guess and the browser's locale decides.
 */

export type Language = 'en' | 'es' | 'fr' | 'de' | 'pt';

const MARKERS: Record<Language, Set<string>> = {
  en: new Set('the and is my me you your to of it for with on at was have not this please thanks'.split(' ')),
  es: new Set(
    'el los las del que y es mi mis por para con una está llamé llamadme número gracias hola pero muy'.split(' '),
  ),
  fr: new Set('le les des du et est je mon ma mes vous pour avec une au pas numéro merci bonjour très'.split(' ')),
  de: new Set('der die das und ist nicht mit mein meine ich sie bitte danke hallo ein eine wir unter'.split(' ')),
  pt: new Set('o os do da que e em meu minha é não você vocês obrigado olá um uma com'.split(' ')),
};

export function guessLanguage(text: string): Language | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: Language | undefined;
  let bestScore = 0;
  let tie = false;
  for (const [lang, markers] of Object.entries(MARKERS) as [Language, Set<string>][]) {
    const score = words.reduce((n, w) => n + (markers.has(w) ? 1 : 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return bestScore >= 1 && !tie ? best : undefined;
}
