/**
 * Puts the answer first: orders search results so that sections holding the whole phrase
 * come before sections holding one of its words, and a match in a section's heading counts
 * for more than one in its text. Pagefind finds and scores the matches; this only reorders
 * them, keeping Pagefind's order wherever two results tie.
 */
import { htmlWords, splitWords } from "./words.ts";

/** A section of a page as Pagefind returns it (a "sub result"). */
export interface RankedSection {
  title: string;
  /** HTML with <mark> around matches. */
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}

/** True when the query's words appear in order, each at the start of a word ("speak up" in "speaking up"). */
function hasPhrase(text: string[], query: string[]): boolean {
  if (query.length < 2) return false;
  return text.some((_, at) => query.every((word, i) => text[at + i]?.startsWith(word)));
}

function matched(text: string[], query: string[]): number {
  return query.filter((word) => text.some((t) => t.startsWith(word))).length;
}

/** How well a section answers the query: the phrase, then how many words, headings first. */
export function sectionScore(section: RankedSection, query: string): number {
  const q = splitWords(query);
  const title = htmlWords(section.title);
  const body = htmlWords(section.excerpt);
  const pagefind = (section.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  return (
    (hasPhrase(title, q) ? 4000 : 0) +
    (hasPhrase(body, q) ? 2000 : 0) +
    matched(title, q) * 200 +
    matched(body, q) * 100 +
    Math.min(pagefind, 99)
  );
}

/** The sections, best first; ties keep Pagefind's order. */
export function rankSections<T extends RankedSection>(sections: T[], query: string): T[] {
  return sections
    .map((section, i) => ({ section, i, score: sectionScore(section, query) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ section }) => section);
}

/** Pages ordered by their best section, then as Pagefind ranked them. */
export function rankPages<T extends { sub_results: RankedSection[] }>(
  pages: T[],
  query: string,
): T[] {
  const best = (page: T) => Math.max(0, ...page.sub_results.map((s) => sectionScore(s, query)));
  return pages
    .map((page, i) => ({ page, i, score: best(page) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ page }) => page);
}
