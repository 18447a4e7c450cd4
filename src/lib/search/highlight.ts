import { isStopWord, lightStem, splitWords } from "./words.ts";

/**
 * The query parameter a search result's address carries, once per search term, so the
 * page it opens can mark those terms (the parameter pagefind-highlight.js reads). A page's address
 * with it is still the same page: links copied or cited from it leave it out.
 */
export const HIGHLIGHT_PARAM = "highlight";

/**
 * A result's address with the terms to mark added, one parameter each: "/chapters/x/#tips"
 * and ["raise concerns", "team"] give
 * "/chapters/x/?highlight=raise+concerns&highlight=team#tips". The terms are the ones the
 * search found on that page (query.ts, highlightTermsOf). Done here rather than by Pagefind's own
 * `highlightParam`: Pagefind writes that into a fragment object it shares between searches,
 * so while the reader types, a result can keep the words of an earlier search.
 */
export function withHighlight(address: string, terms: readonly string[]): string {
  if (terms.length === 0) return address;
  const at = address.indexOf("#");
  const [path, hash] = at < 0 ? [address, ""] : [address.slice(0, at), address.slice(at)];
  const params = new URLSearchParams(terms.map((term) => [HIGHLIGHT_PARAM, term]));
  return `${path}${path.includes("?") ? "&" : "?"}${params.toString()}${hash}`;
}

/** Terms an address may ask to be marked, at most: a link is not a place to write a page. */
export const MAX_HIGHLIGHT_TERMS = 8;
/** Characters of one term, at most; anything longer is no word of this site. */
const MAX_TERM_CHARACTERS = 80;

/**
 * The search terms an address asks to be marked: each read into its words as search reads
 * them, stop words alone dropped, repeats and overlong terms left out, at most
 * MAX_HIGHLIGHT_TERMS.
 */
export function highlightTerms(search: string): string[] {
  const terms = new Set<string>();
  for (const raw of new URLSearchParams(search).getAll(HIGHLIGHT_PARAM)) {
    if (raw.length > MAX_TERM_CHARACTERS) continue;
    const words = splitWords(raw);
    if (words.length === 0 || (words.length === 1 && isStopWord(words[0] ?? ""))) continue;
    terms.add(words.join(" "));
    if (terms.size === MAX_HIGHLIGHT_TERMS) break;
  }
  return [...terms];
}

/** An address without its highlight parameters, keeping every other part. */
export function withoutHighlight(address: string): string {
  const url = new URL(address);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  return url.href;
}

/** Letters, digits and hyphens join a word: a term is never marked inside "made-up". */
const BEFORE = "(?<![\\p{L}\\p{M}\\p{N}\\-‐])";
const AFTER = "(?![\\p{L}\\p{M}\\p{N}\\-‐])";
/** The rest of a word after the part all its forms share, apostrophe endings included. */
const REST = "[\\p{L}\\p{M}'’]*";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What every form of a word starts with: its stem less a final "y" or "e" ("hierarch"). */
const sharedStart = (word: string) => lightStem(word).replace(/(?<=..)[ye]$/u, "");

/** Marks the forms of the search terms in a page: how search-highlight.ts finds them. */
export interface HighlightMatcher {
  /** Finds each candidate: a whole word, or run of words, starting as a term's forms do. */
  pattern: RegExp;
  /** The term a candidate is a form of ("Nursing" is of "nurses"), or undefined. */
  termOf(match: string): string | undefined;
}

/**
 * What to mark for the search terms: whole words that are a form of a term ("nurses"
 * marks nurse, nurses and nursing; "speak", speaking), and a phrase term's words in order
 * ("raise concerns"). Never a term inside a longer word ("the" in "their", "up" in
 * "made-up", "ward" in "towards"), and never a stop word alone (highlightTerms drops those).
 */
export function highlightMatcher(terms: readonly string[]): HighlightMatcher | undefined {
  const parsed = terms
    .map((term) => ({ term, words: splitWords(term) }))
    .filter(({ words }) => words.length > 0)
    // Longest first, so a phrase is tried before a word inside it.
    .sort((a, b) => b.words.length - a.words.length || b.term.length - a.term.length);
  if (parsed.length === 0) return undefined;
  const alternatives = parsed.map(({ words }) =>
    words.map((word) => `${escape(sharedStart(word))}${REST}`).join("[\\s\u00a0]+"),
  );
  const pattern = new RegExp(`${BEFORE}(?:${alternatives.join("|")})${AFTER}`, "giu");
  const stems = parsed.map(({ term, words }) => ({ term, stems: words.map(lightStem) }));
  return {
    pattern,
    termOf(match) {
      const found = splitWords(match).map(lightStem);
      return stems.find(
        ({ stems }) => stems.length === found.length && stems.every((stem, i) => stem === found[i]),
      )?.term;
    },
  };
}
