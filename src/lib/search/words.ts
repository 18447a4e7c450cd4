/**
 * The one tokeniser search uses: the build's word list, "Did you mean", result ranking and
 * highlighting all split text into words here, so a query's words are the words they are
 * matched against.
 */

/** A possessive ’s at the end of a word: "the essay’s aims" are about the essay. */
const POSSESSIVE = /(?<=\p{L})['’]s(?!\p{L})/gu;
/** An apostrophe inside a word, which Pagefind drops: it indexes "don’t" as "dont". */
const INNER_APOSTROPHE = /(?<=\p{L})['’](?=\p{L})/gu;
/** Anything but a letter (or the accent of one) ends a word, hyphens and digits included. */
const NOT_LETTER = /[^\p{L}\p{M}]+/u;

/** The entities an excerpt's HTML may hold, as Pagefind escapes text. */
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  nbsp: " ",
};

/** The lower-case words of letters in a text. */
export function splitWords(text: string): string[] {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(POSSESSIVE, "")
    .replace(INNER_APOSTROPHE, "")
    .split(NOT_LETTER)
    .filter(Boolean);
}

/** The words of an HTML excerpt (tags such as Pagefind's <mark> dropped, entities read). */
export function htmlWords(html: string): string[] {
  return splitWords(
    html
      .replace(/<[^>]*>/g, " ")
      .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? " "),
  );
}

/**
 * Words too common to search for or mark on their own: they are on nearly every page, or
 * only shape a question ("what does it mean", "why do roles matter"), so they neither
 * narrow a search nor show a reader where the answer is. Inside a quoted
 * phrase they count ("speak up to the team"). Marked pure, so a script that takes only
 * something else from this module does not carry the list.
 */
// prettier-ignore
export const STOP_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "could", "did", "do", "does",
  "for", "from", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its",
  "matter", "me", "mean", "means", "my", "no", "not", "of", "on", "or", "our", "should", "so",
  "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
  "to", "too", "us", "was", "we", "were", "what", "when", "where", "which", "who", "whom", "why",
  "will", "with", "would", "you", "your",
]);

/** True for a word that is searched and marked only as part of a phrase (STOP_WORDS). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * A word without its commonest English endings, so the forms of one word compare equal:
 * "nurse", "nurses" and "nursing" give "nurs"; "hierarchy" and "hierarchies" give
 * "hierarchy"; "learned", "learning" and "learns" give "learn". Lighter than the Snowball
 * stemmer Pagefind indexes with, and only ever used to ask whether two words are forms of
 * one another: never to find pages, which is Pagefind's job.
 */
export function lightStem(word: string): string {
  let stem = word.replace(/['’]s$/u, "");
  const strip = (suffix: string, replacement = "") => {
    if (!stem.endsWith(suffix) || [...stem].length - suffix.length < 3) return false;
    stem = stem.slice(0, -suffix.length) + replacement;
    return true;
  };
  const stripped =
    strip("ies", "y") ||
    strip("ied", "y") ||
    strip("ing") ||
    strip("ed") ||
    (/(?:ss|x|z|ch|sh)es$/u.test(stem) && strip("es")) ||
    (/[^su]s$/u.test(stem) && strip("s"));
  // "planning" and "planned" to "plan"; never "pass" or "fall", whose pairs are the word's.
  if (stripped && /([^aeiouylsz])\1$/u.test(stem)) stem = stem.slice(0, -1);
  // The silent e that endings take away: "nurse" to "nurs", as "nursing" becomes.
  return /[^aeiou]e$/u.test(stem) && [...stem].length > 3 ? stem.slice(0, -1) : stem;
}
