/**
 * What a reader typed into search, read once: the words to look for, the phrases they put
 * in quotes, and how to repeat the query back to them. Quotes are never passed on: a
 * phrase is found as its words and then checked for as a phrase, and an unpaired quote is
 * only a character.
 */
import { isStopWord, splitWords } from "./words.ts";

/** Words searched for at most; the rest of a longer query is left out, and the reader told. */
export const MAX_QUERY_WORDS = 12;

/** Characters of a query repeated back in a message, before it is shortened with "…". */
export const MAX_SHOWN_CHARACTERS = 60;

export interface SearchQuery {
  /** Every word, lower case, in order, at most MAX_QUERY_WORDS: what Pagefind is given. */
  words: string[];
  /** Each phrase in quotes of two or more words, as its words. */
  phrases: string[][];
  /** The words that count on their own: not a stop word, unless the query is only those. */
  keywords: string[];
  /** How many words past MAX_QUERY_WORDS were left out. */
  dropped: number;
}

/** A pair of straight or curly double quotes around some text. */
const QUOTED = /["“”„]([^"“”„]*)["“”„]/gu;

/** Reads a query: its words, its quoted phrases and the words that count on their own. */
export function parseQuery(text: string): SearchQuery {
  const all = splitWords(text);
  const words = all.slice(0, MAX_QUERY_WORDS);
  const phrases = [...text.matchAll(QUOTED)]
    .map((match) => splitWords(match[1] ?? ""))
    .filter((phrase) => phrase.length > 1)
    // A phrase cut short by the word limit is no longer the reader's phrase.
    .filter((phrase) => containsRun(words, phrase));
  const content = words.filter((word) => !isStopWord(word));
  return {
    words,
    phrases,
    keywords: [...new Set(content.length > 0 ? content : words)],
    dropped: all.length - words.length,
  };
}

/** True when `words` holds `run` as consecutive words. */
export function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return true;
  return words.some((_, at) => run.every((word, i) => words[at + i] === word));
}

/**
 * The terms a page opened from a result marks (highlight.ts): each phrase whole, then each
 * keyword outside a phrase, in the reader's order. Stop words are marked only inside a phrase.
 */
export function highlightTermsOf(query: SearchQuery): string[] {
  const inPhrase = new Set(query.phrases.flat());
  return [
    ...query.phrases.map((phrase) => phrase.join(" ")),
    ...query.keywords.filter((word) => !inPhrase.has(word) && !isStopWord(word)),
  ];
}

/**
 * A query as a message repeats it: spaces collapsed, and cut at MAX_SHOWN_CHARACTERS
 * (counting a character outside the Basic Multilingual Plane once) with "…".
 */
export function shownQuery(text: string, max = MAX_SHOWN_CHARACTERS): string {
  const characters = [...text.replace(/\s+/gu, " ").trim()];
  return characters.length <= max
    ? characters.join("")
    : `${characters
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}
