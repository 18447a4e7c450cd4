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
