import { describe, expect, it } from "vitest";
import { buildToc } from "~/lib/content/toc.ts";

describe("buildToc", () => {
  it("nests each h3 under the h2 before it and leaves out other depths", () => {
    const toc = buildToc([
      { depth: 2, slug: "a", text: "A" },
      { depth: 3, slug: "a-1", text: "A one" },
      { depth: 4, slug: "deep", text: "Too deep" },
      { depth: 3, slug: "a-2", text: "A two" },
      { depth: 2, slug: "b", text: "B" },
    ]);
    expect(toc).toEqual([
      {
        slug: "a",
        text: "A",
        children: [
          { slug: "a-1", text: "A one", children: [] },
          { slug: "a-2", text: "A two", children: [] },
        ],
      },
      { slug: "b", text: "B", children: [] },
    ]);
  });

  it("keeps an h3 that comes before any h2 at the top level", () => {
    expect(buildToc([{ depth: 3, slug: "early", text: "Early" }])).toEqual([
      { slug: "early", text: "Early", children: [] },
    ]);
  });

  it("returns an empty list for a page without sections", () => {
    expect(buildToc([])).toEqual([]);
  });
});
