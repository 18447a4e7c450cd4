import { splitWords } from "./words.ts";

/**
 * The query parameter a search result's address carries, once per search term, so the
 * page it opens can mark those terms (the parameter pagefind-highlight.js reads). A page's address
 * with it is still the same page: links copied or cited from it leave it out.
 */
export const HIGHLIGHT_PARAM = "highlight";

/**
 * A result's address with the search words added, one parameter per word, in lower case
 * and split into words as search matched them (quotes and hyphens dropped): "/chapters/x/#tips" and "speak up" give
 * "/chapters/x/?highlight=speak&highlight=up#tips". Done here rather than by Pagefind's own
 * `highlightParam`: Pagefind writes that into a fragment object it shares between searches,
 * so while the reader types, a result can keep the words of an earlier search.
 */
export function withHighlight(address: string, query: string): string {
  const terms = splitWords(query);
  if (terms.length === 0) return address;
  const at = address.indexOf("#");
  const [path, hash] = at < 0 ? [address, ""] : [address.slice(0, at), address.slice(at)];
  const params = new URLSearchParams(terms.map((term) => [HIGHLIGHT_PARAM, term]));
  return `${path}${path.includes("?") ? "&" : "?"}${params.toString()}${hash}`;
}

/** The search terms an address asks to be marked, or none. */
export function highlightTerms(search: string): string[] {
  return new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .map((term) => term.trim())
    .filter(Boolean);
}

/** An address without its highlight parameters, keeping every other part. */
export function withoutHighlight(address: string): string {
  const url = new URL(address);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  return url.href;
}

/**
 * What to mark for the search terms: each term where a word starts, through to the end of
 * that word. Search matches the start of words ("speak" finds "speaking"), so the whole
 * "speaking" is marked, and "up" is not marked inside "support".
 */
export function highlightPattern(terms: readonly string[]): RegExp | undefined {
  const escaped = terms
    .filter((term) => term.length > 0)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    // Longest first, so "speaking" is tried before "speak".
    .sort((a, b) => b.length - a.length);
  if (escaped.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})[\\p{L}\\p{N}]*`, "giu");
}
