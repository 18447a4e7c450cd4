import { describe, expect, it } from "vitest";
import {
  countWords,
  readableText,
  readingMinutes,
  WORDS_PER_MINUTE,
} from "~/lib/content/reading-time.ts";

describe("readableText", () => {
  it("drops imports, components and heading ids but keeps the words", () => {
    const mdx = [
      'import Note from "~/components/mdx/Note.astro";',
      "",
      "<Note />",
      "",
      "## The setting \\{#the-setting}",
      "",
      "Read [the first chapter](/chapters/learning-together/) **now**.",
    ].join("\n");
    const text = readableText(mdx);
    expect(text).not.toMatch(/import|Note|#|\{|\/chapters/);
    expect(text.match(/[A-Za-z]+/g)).toEqual([
      "The",
      "setting",
      "Read",
      "the",
      "first",
      "chapter",
      "now",
    ]);
  });
});

describe("countWords", () => {
  it("counts words and ignores stray punctuation", () => {
    expect(countWords("One, two - three.  Four\nfive")).toBe(5);
    expect(countWords("")).toBe(0);
  });
});

describe("readingMinutes", () => {
  it("rounds to whole minutes at the study-reading pace", () => {
    const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");
    expect(readingMinutes(words(WORDS_PER_MINUTE * 3))).toBe(3);
    expect(readingMinutes(words(WORDS_PER_MINUTE * 2 + 120))).toBe(3);
    expect(readingMinutes(words(WORDS_PER_MINUTE * 2), WORDS_PER_MINUTE)).toBe(3);
  });

  it("never says less than one minute", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("A few words.")).toBe(1);
  });
});
