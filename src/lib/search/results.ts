/**
 * From Pagefind's answers to the list a reader sees: which pages, how many of the words each
 * holds, and how many results each kind of page has. Pure, so the rules are tested here and
 * the browser script (src/scripts/site-search.ts) only asks Pagefind and draws.
 */

/** A page Pagefind found: its id and its score for the words asked. */
export interface Hit {
  id: string;
  score: number;
}

/** A page in the results, before its details are fetched. */
export interface Candidate {
  id: string;
  /** Its kind of page ("Chapters"), or "" if it declares none. */
  kind: string;
  /** The keywords it holds. */
  words: string[];
  /** Pagefind's score, summed over the searches that found it. */
  score: number;
  /** True when it holds every keyword and every quoted phrase. */
  full: boolean;
}

/** Fewer pages than this holding every word of a question, and wantsMost says yes. */
export const FEW_FULL_MATCHES = 3;

/**
 * The least number of a query's keywords a page must hold to be listed when it does not
 * hold them all: most of them (more than half), or one of two.
 */
export function leastHeld(keywords: number): number {
  return keywords <= 2 ? 1 : Math.floor(keywords / 2) + 1;
}

/**
 * Whether to list the pages holding most of the keywords after the `full` pages holding
 * them all: for a question (three keywords or more) with few full answers, whose best
 * answer may not use every word of it; for two words, only when no page holds both.
 */
export function wantsMost(keywords: number, full: number): boolean {
  if (keywords < 2) return false;
  return keywords === 2 ? full === 0 : full < FEW_FULL_MATCHES;
}

/**
 * Pages holding most of the keywords, when no page holds every one: `perWord` is
 * Pagefind's answer for each keyword searched alone, in the order of `words`. Pages holding
 * fewer than `least` keywords are left out. Best first: more keywords, then the higher
 * summed score, then the order Pagefind found them in.
 */
export function mostWords(
  words: readonly string[],
  perWord: readonly (readonly Hit[])[],
  kindOf: ReadonlyMap<string, string>,
  least: number,
): Candidate[] {
  const pages = new Map<string, Candidate & { first: number }>();
  let seen = 0;
  perWord.forEach((hits, w) => {
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? {
        id: hit.id,
        kind: kindOf.get(hit.id) ?? "",
        words: [],
        score: 0,
        full: false,
        first: seen++,
      };
      const word = words[w];
      if (word !== undefined && !page.words.includes(word)) page.words.push(word);
      page.score += hit.score;
      pages.set(hit.id, page);
    }
  });
  return [...pages.values()]
    .filter((page) => page.words.length >= least)
    .sort((a, b) => b.words.length - a.words.length || b.score - a.score || a.first - b.first)
    .map(({ first: _, ...page }) => page);
}

/** Pagefind's pages for the whole query, each holding every keyword. */
export function allWords(
  words: readonly string[],
  hits: readonly Hit[],
  kindOf: ReadonlyMap<string, string>,
): Candidate[] {
  return hits.map((hit) => ({
    id: hit.id,
    kind: kindOf.get(hit.id) ?? "",
    words: [...words],
    score: hit.score,
    full: true,
  }));
}

/** How many of the results are of each kind, for the filters' labels ("Chapters (3)"). */
export function countKinds(
  candidates: readonly Candidate[],
  kinds: readonly string[],
): Map<string, number> {
  const counts = new Map(kinds.map((kind) => [kind, 0]));
  for (const { kind } of candidates) {
    if (counts.has(kind)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}
