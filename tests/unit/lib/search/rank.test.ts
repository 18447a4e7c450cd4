import { describe, expect, it } from "vitest";
import { parseQuery } from "~/lib/search/query.ts";
import { isHeadingQuery, rankPages, rankSections } from "~/lib/search/rank.ts";
import { htmlWords as words } from "~/lib/search/words.ts";

type Section = ReturnType<typeof section>;
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
      parseQuery("speak up"),
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
      parseQuery("competencies"),
    );
    expect(ranked[0]?.title).toBe("Competencies and delegation");
  });

  it("keeps Pagefind's order when sections tie", () => {
    const ties = [section("A", "<mark>pillow</mark>"), section("B", "<mark>pillow</mark>")];
    expect(rankSections(ties, parseQuery("pillow")).map((s) => s.title)).toEqual(["A", "B"]);
  });
});

describe("rankPages", () => {
  const page = (url: string, kind: string, held: number, ...sub_results: Section[]) => ({
    url,
    kind,
    held,
    sub_results,
  });
  const urls = (pages: { url: string }[]) => pages.map((p) => p.url);

  it("puts the page whose best section holds the phrase first", () => {
    const pages = [
      page("/one/", "Chapters", 2, section("Intro", "made <mark>up</mark> of")),
      page("/two/", "Chapters", 2, section("Voice", "<mark>speak</mark> <mark>up</mark> early")),
    ];
    expect(urls(rankPages(pages, parseQuery("speak up")))).toEqual(["/two/", "/one/"]);
  });

  it("puts a quoted phrase above the same words apart", () => {
    const pages = [
      page(
        "/apart/",
        "Chapters",
        2,
        section("A", "<mark>concerns</mark> to <mark>raise</mark>", 90),
      ),
      page(
        "/phrase/",
        "Chapters",
        2,
        section("B", "free to <mark>raise</mark> <mark>concerns</mark>"),
      ),
    ];
    expect(urls(rankPages(pages, parseQuery('"raise concerns"')))).toEqual(["/phrase/", "/apart/"]);
  });

  it("puts pages holding more of the words first, whatever their sections", () => {
    const pages = [
      page("/two-words/", "Chapters", 2, section("Students", "<mark>medical</mark> students")),
      page("/three-words/", "Chapters", 3, section("Other", "text")),
    ];
    expect(urls(rankPages(pages, parseQuery("medical students learn nurses")))).toEqual([
      "/three-words/",
      "/two-words/",
    ]);
  });

  it("puts a chapter that teaches the words above the glossary entry that defines them", () => {
    const glossary = page(
      "/glossary/",
      "Glossary",
      3,
      section("Observation", "<mark>watching</mark> <mark>senior</mark> <mark>staff</mark>", 99),
    );
    const chapter = page("/chapters/observing/", "Chapters", 3, section("Range", "watching staff"));
    expect(urls(rankPages([glossary, chapter], parseQuery("watching senior staff")))).toEqual([
      "/chapters/observing/",
      "/glossary/",
    ]);
  });

  it("puts the chapters that teach above pages about the guide, even holding fewer words", () => {
    const educators = page("/educators/", "For educators", 4, section("Session", "students"));
    const chapter = page("/chapters/one/", "Chapters", 3, section("Who takes part", "students"));
    const query = parseQuery("why should medical students learn from nurses");
    expect(urls(rankPages([educators, chapter], query))).toEqual(["/chapters/one/", "/educators/"]);
    const session = page("/educators/", "For educators", 2, section("A 60-minute session", "x"));
    expect(urls(rankPages([chapter, session], parseQuery("60-minute session")))[0]).toBe(
      "/educators/",
    );
  });

  it("puts the glossary first when the query is one of its terms", () => {
    const glossary = page("/glossary/", "Glossary", 1, section("Hierarchy", "a ranking"));
    const chapter = page("/chapters/h/", "Chapters", 1, section("Hierarchy and speaking up", "x"));
    for (const query of ["hierarchy", "Hierarchies"]) {
      expect(urls(rankPages([chapter, glossary], parseQuery(query)))[0]).toBe("/glossary/");
    }
  });
});

describe("isHeadingQuery", () => {
  it("knows a term by its name or its abbreviation, in any form", () => {
    const hca = "Healthcare assistant (HCA)";
    expect(isHeadingQuery(hca, parseQuery("healthcare assistants"))).toBe(true);
    expect(isHeadingQuery(hca, parseQuery("HCA"))).toBe(true);
    expect(isHeadingQuery(hca, parseQuery("healthcare"))).toBe(false);
    expect(isHeadingQuery("Hierarchy", parseQuery("hierarchy and safety"))).toBe(false);
  });
});
