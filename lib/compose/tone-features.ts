/**
 * The features the tone model reads from a sentence: words, word pairs, word stems and letter
 * sequences, after folding case and accents. Letter sequences and stems let it recognise a word it
 * was never shown in that exact form ("menacé", "amenazarte", "smashed"); word pairs give it a
 * little of the order ("watch your", "your back"). Handles, links and digits are folded to one
 * token each, so no invented name or number is learnt.
 */
export function toneFeatures(sentence: string): string[] {
  const folded = sentence
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/https?:\/\/\S+|www\.\S+/gu, ' url ')
    .replace(/@[\p{L}\p{N}_.@-]+/gu, ' @h ')
    .replace(/\p{N}/gu, '0');
  const words = folded.match(/[\p{L}0']+/gu) ?? [];
  const features = new Set<string>();
  words.forEach((word, i) => {
    features.add(`w:${word}`);
    if (word.length > STEM) features.add(`p:${word.slice(0, STEM)}`);
    if (i > 0) features.add(`b:${words[i - 1]}_${word}`);
  });
  const joined = ` ${words.join(' ')} `;
  for (let i = 0; i + GRAM <= joined.length; i++) features.add(`c:${joined.slice(i, i + GRAM)}`);
  return [...features];
}

const STEM = 5;
const GRAM = 4;
