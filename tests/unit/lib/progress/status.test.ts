import { describe, expect, it } from "vitest";
import { chapterStatus, continueWith } from "~/lib/progress/status.ts";

describe("chapterStatus", () => {
  it("says a quiz not begun is not started", () => {
    expect(chapterStatus(false, { answered: 0, correct: 0, total: 4 })).toBe("Quiz: not started");
  });
  it("says how many are answered while a quiz is under way, so one wrong answer is not 0/4", () => {
    expect(chapterStatus(false, { answered: 1, correct: 0, total: 4 })).toBe(
      "Quiz: 1 of 4 answered, 0 right",
    );
  });
  it("gives the score once every question is answered", () => {
    expect(chapterStatus(false, { answered: 4, correct: 3, total: 4 })).toBe("Quiz: 3/4 right");
  });
  it("puts Read first for a chapter read to the end", () => {
    expect(chapterStatus(true, { answered: 0, correct: 0, total: 4 })).toBe(
      "Read · Quiz: not started",
    );
  });
});

describe("continueWith", () => {
  const chapters = [{ slug: "one" }, { slug: "two" }, { slug: "three" }];
  it("offers nothing before any chapter is read", () => {
    expect(continueWith(chapters, [])).toBeUndefined();
  });
  it("offers the first chapter in reading order not yet read", () => {
    expect(continueWith(chapters, ["one"])).toEqual({ slug: "two" });
    expect(continueWith(chapters, ["two"])).toEqual({ slug: "one" });
    expect(continueWith(chapters, ["one", "three"])).toEqual({ slug: "two" });
  });
  it("offers nothing once every chapter is read, and ignores chapters that no longer exist", () => {
    expect(continueWith(chapters, ["three", "one", "two"])).toBeUndefined();
    expect(continueWith(chapters, ["gone"])).toBeUndefined();
  });
});
