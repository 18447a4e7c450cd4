import { describe, expect, it } from "vitest";
import { rankPages, rankSections } from "~/lib/search/rank.ts";
import { htmlWords as words } from "~/lib/search/words.ts";

const section = (title: string, excerpt: string, score = 0) => ({
  title,
  excerpt,
  weighted_locations: [{ balanced_score: score }],
});

describe("words", () => {
  it("reads the text of an excerpt, without its marks, in lower case", () => {
    expect(words("Hierarchy and <mark>speaking</mark> <mark>up.</mark> A &amp; B")).toEqual([
      "hierarchy",
      "and",
      "speaking",
      "up",
      "a",
      "b",
    ]);
  });
});

describe("rankSections", () => {
  it("puts a section with the whole phrase above one with only one of its words", () => {
    const ranked = rankSections(
      [
        section("Sharing the workload", "a team made <mark>up</mark> of staff", 50),
        section("Hierarchy and speaking up", "<mark>speaking</mark> <mark>up</mark> is hard", 5),
      ],
      "speak up",
    );
    expect(ranked.map((s) => s.title)).toEqual([
      "Hierarchy and speaking up",
      "Sharing the workload",
    ]);
  });

  it("counts a match in a heading above one in the text", () => {
    const ranked = rankSections(
      [
        section("Building an environment", "your <mark>competencies</mark> grow"),
        section("Competencies and delegation", "knowing each other's roles"),
      ],
      "competencies",
    );
    expect(ranked[0]?.title).toBe("Competencies and delegation");
  });

  it("keeps Pagefind's order when sections tie", () => {
    const ties = [section("A", "<mark>pillow</mark>"), section("B", "<mark>pillow</mark>")];
    expect(rankSections(ties, "pillow").map((s) => s.title)).toEqual(["A", "B"]);
  });
});

describe("rankPages", () => {
  it("puts the page whose best section holds the phrase first", () => {
    const pages = [
      { url: "/one/", sub_results: [section("Intro", "made <mark>up</mark> of")] },
      { url: "/two/", sub_results: [section("Voice", "<mark>speak</mark> <mark>up</mark> early")] },
    ];
    expect(rankPages(pages, "speak up").map((p) => p.url)).toEqual(["/two/", "/one/"]);
  });
});
