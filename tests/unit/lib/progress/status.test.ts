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
  const chapters = [{ slug: "one" }, { slug: "two" }, { slug: "three" }, { slug: "four" }];
  it("offers nothing before any chapter is opened or read", () => {
    expect(continueWith(chapters, [])).toBeUndefined();
  });
  it("offers the chapter after the one finished last, never an unopened first chapter", () => {
    expect(continueWith(chapters, ["one"])).toEqual({ slug: "two" });
    expect(continueWith(chapters, ["three"])).toEqual({ slug: "four" });
    expect(continueWith(chapters, ["one", "three"])).toEqual({ slug: "four" });
    // Finished in a different order: the last one finished counts, not the furthest.
    expect(continueWith(chapters, ["three", "one"])).toEqual({ slug: "two" });
  });
  it("skips chapters already read after it, and comes back to an earlier one at the end", () => {
    expect(continueWith(chapters, ["four", "two"])).toEqual({ slug: "three" });
    expect(continueWith(chapters, ["three", "four"])).toEqual({ slug: "one" });
  });
  it("offers the chapter opened and not finished before anything else", () => {
    expect(continueWith(chapters, [], "three")).toEqual({ slug: "three" });
    expect(continueWith(chapters, ["one"], "four")).toEqual({ slug: "four" });
    // Opened and then finished: on to the next.
    expect(continueWith(chapters, ["one", "two"], "two")).toEqual({ slug: "three" });
  });
  it("offers nothing once every chapter is read, and ignores chapters that no longer exist", () => {
    expect(continueWith(chapters, ["three", "one", "two", "four"], "two")).toBeUndefined();
    expect(continueWith(chapters, ["gone"], "gone-too")).toBeUndefined();
    expect(continueWith(chapters, ["one", "gone"])).toEqual({ slug: "two" });
  });
});
