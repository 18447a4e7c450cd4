import { describe, expect, it } from "vitest";
import {
  allWords,
  countKinds,
  FEW_FULL_MATCHES,
  leastHeld,
  mostWords,
  wantsMost,
} from "~/lib/search/results.ts";

const kindOf = new Map([
  ["chapter-1", "Chapters"],
  ["chapter-2", "Chapters"],
  ["glossary", "Glossary"],
  ["about", "About"],
]);

describe("mostWords", () => {
  const words = ["medical", "students", "learn", "nurses"];
  const perWord = [
    [{ id: "chapter-1", score: 1 }],
    [
      { id: "chapter-1", score: 1 },
      { id: "glossary", score: 5 },
      { id: "about", score: 1 },
    ],
    [
      { id: "chapter-2", score: 1 },
      { id: "glossary", score: 1 },
      { id: "chapter-1", score: 1 },
    ],
    [{ id: "chapter-2", score: 2 }],
  ];

  it("lists pages by how many words they hold, then by score", () => {
    const found = mostWords(words, perWord, kindOf, 2);
    expect(found.map((c) => [c.id, c.words])).toEqual([
      ["chapter-1", ["medical", "students", "learn"]],
      ["glossary", ["students", "learn"]],
      ["chapter-2", ["learn", "nurses"]],
    ]);
    expect(found.map((c) => c.kind)).toEqual(["Chapters", "Glossary", "Chapters"]);
  });
  it("leaves out pages holding too few of the words", () => {
    expect(mostWords(words, perWord, kindOf, 3).map((c) => c.id)).toEqual(["chapter-1"]);
  });
  it("needs most of the words, or one of two", () => {
    expect([1, 2, 3, 4, 5, 7].map(leastHeld)).toEqual([1, 1, 2, 3, 3, 4]);
  });
});

describe("wantsMost", () => {
  it("adds partial answers to a question with few full ones", () => {
    expect(wantsMost(4, 0)).toBe(true);
    expect(wantsMost(4, FEW_FULL_MATCHES - 1)).toBe(true);
    expect(wantsMost(4, FEW_FULL_MATCHES)).toBe(false);
  });
  it("adds them to two words only when no page holds both, and never to one word", () => {
    expect(wantsMost(2, 0)).toBe(true);
    expect(wantsMost(2, 1)).toBe(false);
    expect(wantsMost(1, 0)).toBe(false);
  });
});

describe("allWords", () => {
  it("gives every page every word and its kind, in Pagefind's order", () => {
    expect(
      allWords(
        ["team"],
        [
          { id: "about", score: 2 },
          { id: "x", score: 1 },
        ],
        kindOf,
      ),
    ).toEqual([
      { id: "about", kind: "About", words: ["team"], score: 2, full: true },
      { id: "x", kind: "", words: ["team"], score: 1, full: true },
    ]);
  });
});

describe("countKinds", () => {
  it("counts the results of each kind, and zero for a kind with none", () => {
    const found = allWords(
      ["x"],
      [
        { id: "chapter-1", score: 1 },
        { id: "chapter-2", score: 1 },
        { id: "glossary", score: 1 },
      ],
      kindOf,
    );
    expect(Object.fromEntries(countKinds(found, ["About", "Chapters", "Glossary"]))).toEqual({
      About: 0,
      Chapters: 2,
      Glossary: 1,
    });
  });
});
