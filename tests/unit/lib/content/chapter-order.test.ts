import { describe, expect, it } from "vitest";
import { chapterWindow, neighbours, sortChapters } from "~/lib/content/chapter-order.ts";

const chapter = (filePath: string, order: number, slug: string) => ({ filePath, order, slug });

describe("sortChapters", () => {
  it("puts chapters in reading order", () => {
    const sorted = sortChapters([
      chapter("content/chapters/03-c.mdx", 3, "c"),
      chapter("content/chapters/01-a.mdx", 1, "a"),
      chapter("content/chapters/02-b.mdx", 2, "b"),
    ]);
    expect(sorted.map((c) => c.slug)).toEqual(["a", "b", "c"]);
  });

  it("fails on a shared order number, naming both files and the fix", () => {
    expect(() =>
      sortChapters([
        chapter("content/chapters/01-a.mdx", 1, "a"),
        chapter("content/chapters/02-b.mdx", 1, "b"),
      ]),
    ).toThrow(
      'content/chapters/02-b.mdx: "order: 1" is already used by content/chapters/01-a.mdx. Give each chapter its own order number.',
    );
  });

  it("fails on a shared slug, naming both files", () => {
    expect(() =>
      sortChapters([
        chapter("content/chapters/01-a.mdx", 1, "same"),
        chapter("content/chapters/02-b.mdx", 2, "same"),
      ]),
    ).toThrow(
      /content\/chapters\/02-b\.mdx: "slug: same" is already used by content\/chapters\/01-a\.mdx/,
    );
  });
});

describe("neighbours", () => {
  const ordered = [{ slug: "a" }, { slug: "b" }, { slug: "c" }];

  it("gives the chapters either side", () => {
    expect(neighbours(ordered, "b")).toEqual({ previous: { slug: "a" }, next: { slug: "c" } });
  });

  it("has no previous for the first and no next for the last", () => {
    expect(neighbours(ordered, "a").previous).toBeUndefined();
    expect(neighbours(ordered, "c").next).toBeUndefined();
  });

  it("has neither for an unknown slug", () => {
    expect(neighbours(ordered, "missing")).toEqual({ previous: undefined, next: undefined });
  });
});

describe("sortChapters blames the same file whatever order it is given", () => {
  it("names the later file as the one to fix", () => {
    const a = chapter("content/chapters/01-a.mdx", 1, "a");
    const b = chapter("content/chapters/02-b.mdx", 1, "b");
    for (const input of [
      [a, b],
      [b, a],
    ]) {
      expect(() => sortChapters(input)).toThrow(
        /^content\/chapters\/02-b\.mdx: "order: 1" is already used by content\/chapters\/01-a\.mdx/,
      );
    }
  });
});

describe("chapterWindow", () => {
  const chapters = Array.from({ length: 20 }, (_, i) => i + 1);

  it("shows every chapter while there are few", () => {
    expect(chapterWindow([1, 2, 3, 4, 5, 6], 1)).toEqual({ shown: [1, 2, 3, 4, 5, 6], all: true });
    expect(chapterWindow([1, 2, 3, 4, 5, 6, 7], 6).all).toBe(true);
  });

  it("shows the current chapter with three either side when there are many", () => {
    expect(chapterWindow(chapters, 9)).toEqual({ shown: [7, 8, 9, 10, 11, 12, 13], all: false });
  });

  it("keeps the same number of chapters at either end", () => {
    expect(chapterWindow(chapters, 0).shown).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(chapterWindow(chapters, 19).shown).toEqual([14, 15, 16, 17, 18, 19, 20]);
  });

  it("lists a bounded number of chapters however many there are", () => {
    const many = Array.from({ length: 600 }, (_, i) => i);
    expect(chapterWindow(many, 300).shown).toHaveLength(7);
  });
});
