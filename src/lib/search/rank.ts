/**
 * Puts the answer first. Pagefind finds the pages and scores its matches; this orders them
 * as a reader would: a chapter that teaches the words above a page that only defines or
 * lists them, then pages holding more of the words, then sections holding the whole phrase above
 * sections holding one of its words, a match in a heading above one in the text. Wherever
 * two results tie, Pagefind's order stands.
 */
import type { SearchQuery } from "./query.ts";
import { htmlWords, isStopWord, lightStem, splitWords } from "./words.ts";

/** A section of a page as Pagefind returns it (a "sub result"). */
export interface RankedSection {
  title: string;
  /** HTML with <mark> around matches. */
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}

/** A page of results, with what the search knows about it. */
export interface RankedPage {
  sub_results: RankedSection[];
  /** The kind of page it is (its Pagefind "kind" filter): "Chapters", "Glossary", ... */
  kind: string;
  /** How many of the query's keywords it holds: all of them, unless no page held them all. */
  held: number;
}

/**
 * The kind of page that teaches: the chapters. For a query that is not one of their own
 * headings, other pages (the glossary that defines the words, the references, the pages
 * about the site and for educators) come after the chapters that teach them.
 */
export const TEACHING_KIND = "Chapters";

/** The words of a text and their stems, each stemmed once. */
interface Text {
  words: string[];
  stems: string[];
}
const textOf = (words: string[]): Text => ({ words, stems: words.map(lightStem) });

/** Word `at` of a text matches a query word when it is a form of it ("speaking" of "speak"). */
const matches = (text: Text, at: number, word: string) =>
  (text.words[at] ?? "").startsWith(word) || text.stems[at] === lightStem(word);

/** True when the words of `phrase` appear in `text` in order, next to each other. */
function hasPhrase(text: Text, phrase: readonly string[]): boolean {
  if (phrase.length < 2) return false;
  return text.words.some((_, at) => phrase.every((word, i) => matches(text, at + i, word)));
}

function matched(text: Text, words: readonly string[]): number {
  return words.filter((word) => text.words.some((_, at) => matches(text, at, word))).length;
}

/** The phrases a section is checked for: those in quotes, or else the keywords in order. */
const phrasesOf = (query: SearchQuery) =>
  query.phrases.length > 0 ? query.phrases : [query.keywords];

/** How well a section answers the query: the phrase, then how many words, headings first. */
export function sectionScore(section: RankedSection, query: SearchQuery): number {
  const title = textOf(htmlWords(section.title));
  const body = textOf(htmlWords(section.excerpt));
  const phrases = phrasesOf(query);
  const pagefind = (section.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  return (
    (phrases.some((phrase) => hasPhrase(title, phrase)) ? 4000 : 0) +
    (phrases.some((phrase) => hasPhrase(body, phrase)) ? 2000 : 0) +
    matched(title, query.keywords) * 200 +
    matched(body, query.keywords) * 100 +
    Math.min(pagefind, 99)
  );
}

/** The sections, best first; ties keep Pagefind's order. */
export function rankSections<T extends RankedSection>(sections: T[], query: SearchQuery): T[] {
  return sections
    .map((section, i) => ({ section, i, score: sectionScore(section, query) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ section }) => section);
}

/**
 * True when a heading is the query itself, stop words aside: "Hierarchy" for "hierarchy" or
 * "hierarchies", "Healthcare assistant (HCA)" for "healthcare assistant" or "HCA".
 */
export function isHeadingQuery(title: string, query: SearchQuery): boolean {
  // Stop words aside: "A 60-minute session" is the heading for "60-minute session".
  const stems = (words: string[]) =>
    words
      .filter((word) => !isStopWord(word))
      .map(lightStem)
      .join(" ");
  const wanted = stems(query.words);
  const short = /\(([^)]*)\)/u.exec(title)?.[1] ?? "";
  return [title.replace(/\([^)]*\)/gu, ""), short]
    .map((name) => stems(splitWords(name)))
    .some((name) => name !== "" && name === wanted);
}

/**
 * Pages in the order to show them: a page that is not a chapter but has the query as a
 * heading first (the glossary's entry for "hierarchy"); then the chapters; then the other
 * pages. Within each, more of the query's keywords first, then by their best section
 * (sectionScore); ties keep Pagefind's order.
 */
export function rankPages<T extends RankedPage>(pages: T[], query: SearchQuery): T[] {
  const best = (page: T) => Math.max(0, ...page.sub_results.map((s) => sectionScore(s, query)));
  const tier = (page: T) =>
    page.kind === TEACHING_KIND
      ? 1
      : page.sub_results.some((s) => isHeadingQuery(s.title, query))
        ? 0
        : 2;
  return pages
    .map((page, i) => ({ page, i, held: page.held, tier: tier(page), score: best(page) }))
    .sort((a, b) => a.tier - b.tier || b.held - a.held || b.score - a.score || a.i - b.i)
    .map(({ page }) => page);
}
