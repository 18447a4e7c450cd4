import { describe, expect, it } from "vitest";
import {
  bounded,
  PART_SIZE,
  partLabel,
  partParam,
  partPath,
  partRoutes,
  splitIntoParts,
} from "~/lib/content/parts.ts";

const chapters = (n: number) => Array.from({ length: n }, (_, i) => `chapter-${i + 1}`);

describe("splitIntoParts", () => {
  it("keeps six chapters on one page, as the guide has always been", () => {
    expect(PART_SIZE).toBe(6);
    const parts = splitIntoParts(chapters(6));
    expect(parts).toHaveLength(1);
    expect(parts[0]).toEqual({ number: 1, items: chapters(6), first: 1, last: 6 });
  });

  it("splits more chapters into parts of six, the last one shorter", () => {
    const parts = splitIntoParts(chapters(14));
    expect(parts.map((p) => [p.number, p.first, p.last])).toEqual([
      [1, 1, 6],
      [2, 7, 12],
      [3, 13, 14],
    ]);
    expect(parts[2]?.items).toEqual(["chapter-13", "chapter-14"]);
    // Nothing lost, nothing twice.
    expect(parts.flatMap((p) => p.items)).toEqual(chapters(14));
  });

  it("gives 600 chapters 100 parts of six", () => {
    const parts = splitIntoParts(chapters(600));
    expect(parts).toHaveLength(100);
    expect(parts.every((p) => p.items.length === 6)).toBe(true);
    expect(parts.at(-1)?.items.at(-1)).toBe("chapter-600");
  });

  it("gives an empty list one empty part, so the page keeps its address", () => {
    expect(splitIntoParts([])).toEqual([{ number: 1, items: [], first: 1, last: 0 }]);
  });

  it("refuses a part size that is not a whole number of at least one", () => {
    expect(() => splitIntoParts(chapters(3), 0)).toThrow("at least one item");
    expect(() => splitIntoParts(chapters(3), 1.5)).toThrow("at least one item");
  });
});

describe("partPath and partParam", () => {
  it("gives the first part the page's own address and numbers the others", () => {
    expect(partPath("/guide/", 1)).toBe("/guide/");
    expect(partPath("/guide/", 2)).toBe("/guide/2/");
    expect(partPath("/quiz/answers/", 10)).toBe("/quiz/answers/10/");
    expect(partParam(1)).toBeUndefined();
    expect(partParam(3)).toBe("3");
  });

  it("refuses a path that is not a page's, and a part that cannot exist", () => {
    expect(() => partPath("guide/", 2)).toThrow('"guide/" is not a page\'s site path');
    expect(() => partPath("/guide", 2)).toThrow("is not a page's site path");
    expect(() => partPath("/guide/", 0)).toThrow("There is no part 0");
  });
});

describe("partRoutes", () => {
  it("gives each part of the page its route and every part, for the parts' navigation", () => {
    const routes = partRoutes(chapters(13));
    expect(routes.map((r) => r.params.part)).toEqual([undefined, "2", "3"]);
    expect(routes.map((r) => r.props.part.items.length)).toEqual([6, 6, 1]);
    for (const route of routes) expect(route.props.parts).toHaveLength(3);
    expect(partRoutes(chapters(30), 24).map((r) => r.props.part.last)).toEqual([24, 30]);
  });
});

describe("partLabel", () => {
  it("names a part by its chapters' numbers", () => {
    expect(partLabel(7, 12)).toBe("Chapters 7 to 12");
    expect(partLabel(13, 13)).toBe("Chapter 13");
  });
});

describe("bounded", () => {
  it("shows the first items and counts the rest", () => {
    expect(bounded(chapters(8), 6)).toEqual({ shown: chapters(6), more: 2 });
    expect(bounded(chapters(3), 6)).toEqual({ shown: chapters(3), more: 0 });
  });
});
