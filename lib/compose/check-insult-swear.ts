import { t } from '../i18n';
import { saidOfPeople } from './check-insult-nouns';
import { wordAt, type Word } from './check-target';
import type { Finding } from './findings';

/**
 * A swear word used as a name for a person ("the manager is a connard", "sus operadores son unos
 * pendejos", "your agents are a bunch of assholes") insults that person: it is reported as an
 * insult, not as bad language. Swear words that intensify ("fucking useless", "bloody", "puto",
 * "verdammte") or judge a thing ("the app is crap", "what a shambles of a clusterf*ck") stay profanity.
 */
const INTENSIFIER =
  /(?:ing|in['’]?|ed)$|^(?:bloody|damn|damned|effing|scheiß\p{L}*|verdammt\p{L}*|put[oa]s?|pinche|maldit[oa]s?|crap|shit|shite|merde|mierda|merda|fuck|fck)$/iu;

// "What a load of crap": a heap of something, not a person.
const ABOUT_A_THING = /\b(?:load|lot|heap|pile|crock|sack|bag)\s+of\s*$/iu;
// "What a …!", "was für ein …", "quel …", "¿qué …?": an exclamation about the situation, unless a
// person follows as its subject ("what an arseh0le your agent was").
const EXCLAIMED = /(?:^|[^\p{L}])(?:what|was\s+für|quel|quelle|quels|quelles|qué|que)(?:\s+[\p{L}-]+){0,2}\s*$/iu;
// Swear words that only ever name a person: an exclamation with one of them is about someone.
const PERSON_NOUN =
  /(?:hole|bastard|wank|twat|prick|dick|cunt|bitch|jackass|douche|connard|connasse|salaud|salope|encul|pendej|cabr[oó]n|gilipollas|arschl|wichser|mistkerl|filhos?\s+da\s+puta|gobshite|deadshit)/iu;
const unmasked = (word: string) =>
  word
    .toLowerCase()
    .replace(/0/gu, 'o')
    .replace(/[1!]/gu, 'i')
    .replace(/@/gu, 'a')
    .replace(/\$/gu, 's')
    .replace(/3/gu, 'e');
const PERSON_AFTER =
  /^\s+(?:your|ur|the|that|this|his|her|their|tu|su|votre|ton|dein|ihr|o|a|seu|sua)\s+[\p{L}-]+\s+(?:was|is|were|are|es|era|est|était|ist|war|é|foi)\b/iu;

// A name for a person is a count noun: "a wanker", "un connard", "unos pendejos", "you prick".
// Without an article it is a verdict on quality ("the wifi is sh1te") and stays profanity.
const COUNTED =
  /(?:^|[^\p{L}])(?:a|an|un|una|unos|unas|une|des|ein|eine|einen|einer|um|uma|uns|umas|such|bunch\s+of|pack\s+of|gang\s+of|you|vous|tu|du|seu|sua|bande\s+de|bando\s+de|panda\s+de)(?:\s+[\p{L}-]+){0,2}\s*$/iu;
// Situations, not people: "a shitshow", "a clusterf*ck".
const SITUATION = /(?:show|storm|fest|f[\p{L}*#@!]*ck)$/iu;

/** Profanity findings whose word names a person become insults. */
export function swearsAtPeople(text: string, words: readonly Word[], found: readonly Finding[]): Finding[] {
  return found.map((f) => {
    const word = text.slice(f.start, f.end);
    if (!/\s/u.test(word) && INTENSIFIER.test(word)) return f;
    const before = text.slice(Math.max(0, f.start - 30), f.start);
    if (ABOUT_A_THING.test(before) || SITUATION.test(word)) return f;
    const person = PERSON_NOUN.test(unmasked(word)) || PERSON_AFTER.test(text.slice(f.end, f.end + 40));
    if (EXCLAIMED.test(before) && !person) return f;
    if (!COUNTED.test(before) && !/s$/iu.test(word)) return f;
    if (!saidOfPeople(words, wordAt(words, f.start))) return f;
    return { ...f, kind: 'insult', message: t('compose.check.insult') };
  });
}
