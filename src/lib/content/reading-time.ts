/** Words a minute for study reading: slower than skimming, since readers take notes. */
export const WORDS_PER_MINUTE = 200;

/** The words a reader reads in an MDX body: no imports, components, ids or markup. */
export function readableText(mdx: string): string {
  return mdx
    .replace(/^(import|export)\s.*$/gm, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\\?\{#[^}]*\}/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#*_>`~|-]+/g, " ");
}

/** Counts the words in a piece of text. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Estimated reading time in whole minutes, never less than one. */
export function readingMinutes(mdx: string, extraWords = 0): number {
  const words = countWords(readableText(mdx)) + extraWords;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
