/**
 * "Did you mean …?" for the site search. When a query finds nothing, it is usually a
 * misspelling ("hierachy"), so this offers the closest words the site actually contains,
 * taken from the word list written at build time (src/integrations/search-words.ts).
 * Pure functions, no DOM, split into words with the one tokeniser (words.ts), so a query is
 * read exactly as the list was.
 */
import { isKnown, letterCount, lowerCase, readVocabulary } from "./vocabulary.ts";
import { splitWords } from "./words.ts";

/** How far a word may be from a suggestion: one slip in a short word, two in a longer one. */
function allowance(word: string): number {
  return letterCount(word) <= 4 ? 1 : 2;
}

/** Three rows of the distance table: the one being filled and the two before it. */
type Rows = [Uint16Array, Uint16Array, Uint16Array];

function rowsFor(length: number): Rows {
  return [new Uint16Array(length + 1), new Uint16Array(length + 1), new Uint16Array(length + 1)];
}

/**
 * The optimal string alignment distance between two words (insertions, deletions,
 * substitutions and swaps of neighbouring letters, each costing 1), or any number above
 * `limit` once it is certain to exceed it. Runs for every word in the list on each
 * suggestion, on phones too, so it gives up as early as it can and reuses its rows. Counts
 * UTF-16 code units: the same as letters for every script in the Basic Multilingual Plane.
 */
function alignment(a: string, b: string, limit: number, rows: Rows): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let [beforeLast, last, row] = rows;
  for (let j = 0; j <= b.length; j++) last[j] = j;
  let lastMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const letter = a.charCodeAt(i - 1);
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const other = b.charCodeAt(j - 1);
      let d = Math.min(
        (last[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (last[j - 1] ?? 0) + (letter === other ? 0 : 1),
      );
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === other) {
        d = Math.min(d, (beforeLast[j - 2] ?? 0) + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every later row builds on this one (adding 0 or more) and on the one before it (adding
    // 1, for a swap), so once both are past the limit, so is the distance.
    if (rowMin > limit && lastMin >= limit) return limit + 1;
    lastMin = rowMin;
    [beforeLast, last, row] = [last, row, beforeLast];
  }
  return last[b.length] ?? 0;
}

/** The distance between two words, as closestWord measures it; above `limit` if past it. */
export function distance(a: string, b: string, limit = Infinity): number {
  return alignment(a, b, limit, rowsFor(b.length));
}

/** The index of the closest word in a lower-case vocabulary, as closestWord describes. */
function closestIndex(target: string, lower: readonly string[]): number | undefined {
  if (lower.includes(target)) return undefined;
  let best: number | undefined;
  // Only a strictly closer word can replace the best so far, so the limit shrinks with it.
  let limit = allowance(target);
  // Long enough for every word that passes the length test below.
  const rows = rowsFor(target.length + limit);
  for (const [index, candidate] of lower.entries()) {
    // The cheapest test first: most words differ too much in length alone.
    if (Math.abs(candidate.length - target.length) > limit) continue;
    const d = alignment(target, candidate, limit, rows);
    if (d <= limit) {
      best = index;
      // Distance 0 would be the word itself, already ruled out: nothing beats 1.
      if (d <= 1) break;
      limit = d - 1;
    }
  }
  return best;
}

/**
 * The vocabulary word closest to `word`: at most 1 slip away for words of up to 4 letters,
 * 2 for longer ones; of equally close words, the earlier (more frequent) one. Undefined when
 * the word is itself in the vocabulary, or nothing is close enough. Case is ignored.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const index = closestIndex(lowerCase(word), readVocabulary(vocabulary).lower);
  return index === undefined ? undefined : vocabulary[index];
}

/**
 * The query with each unknown word replaced by its closest word in the vocabulary, as
 * lower-case words joined by single spaces. Undefined when every word is already known
 * (so there is nothing to suggest) or when some word has no close match (so the suggestion
 * would find nothing either).
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const read = readVocabulary(vocabulary);
  const { lower } = read;
  let changed = false;
  const corrected: string[] = [];
  for (const word of splitWords(query)) {
    if (isKnown(word, read)) {
      corrected.push(word);
      continue;
    }
    const index = closestIndex(word, lower);
    const closest = index === undefined ? undefined : lower[index];
    if (closest === undefined) return undefined;
    corrected.push(closest);
    changed = true;
  }
  return changed ? corrected.join(" ") : undefined;
}
