/**
 * The words the site holds (the list written at build time, src/integrations/search-words.ts)
 * and whether a searched word is one of them, for every query; suggest.ts finds the closest
 * word to one that is not.
 */
import { lightStem } from "./words.ts";

/** Shorter words are too common to suggest, and too short to tell a typing slip from another word. */
export const MIN_WORD_LETTERS = 3;

/** Letters in a word, counting a letter outside the Basic Multilingual Plane once. */
export function letterCount(word: string): number {
  return [...word].length;
}

/** A word as the list holds it: composed characters, lower case. */
export const lowerCase = (text: string) => text.normalize("NFC").toLowerCase();

/** A word list read for lookups: each word in lower case, and its stem. */
export interface Vocabulary {
  lower: string[];
  stems: string[];
}

/** The lists already read: search asks about one list on every key press. */
const read = new WeakMap<readonly string[], Vocabulary>();

/** The list in lower case and stemmed, read once per list. */
export function readVocabulary(words: readonly string[]): Vocabulary {
  let vocabulary = read.get(words);
  if (!vocabulary) {
    const lower = words.map(lowerCase);
    vocabulary = { lower, stems: lower.map(lightStem) };
    read.set(words, vocabulary);
  }
  return vocabulary;
}

/**
 * True when the site holds the word (lower case), or a form of it: it starts a word in the
 * list ("speak" and "speaking"), or its stem starts a word's stem ("roles" and "role"), or
 * it is too short to judge. Pagefind also matches a word it does not hold by the longest
 * word it does that starts it ("teamwrok" by "team"), which finds pages that never say
 * "teamwrok": a word that is not known is treated as not found.
 */
export function isKnown(word: string, { lower, stems }: Vocabulary): boolean {
  if (letterCount(word) < MIN_WORD_LETTERS || lower.some((known) => known.startsWith(word))) {
    return true;
  }
  const stem = lightStem(word);
  return stems.some((known) => known.startsWith(stem));
}

/** The words of a query that the vocabulary does not hold in any form (isKnown). */
export function unknownWords(words: readonly string[], vocabulary: readonly string[]): string[] {
  const read = readVocabulary(vocabulary);
  return words.filter((word) => !isKnown(lowerCase(word), read));
}
