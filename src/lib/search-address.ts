/**
 * The query parameter a search result's address carries, once per search term, so the
 * page it opens can mark those terms (Pagefind's `highlightParam`). A page's address
 * with it is still the same page: links copied or cited from it leave it out.
 */
export const HIGHLIGHT_PARAM = "highlight";

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
