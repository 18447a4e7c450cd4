import { describe, expect, it } from "vitest";
import {
  highlightMatcher,
  highlightTerms,
  MAX_HIGHLIGHT_TERMS,
  withHighlight,
  withoutHighlight,
} from "~/lib/search/highlight.ts";

/** The words a matcher marks in a text, as search-highlight.ts has mark.js do. */
function marked(terms: string[], text: string): string[] {
  const matcher = highlightMatcher(terms);
  if (!matcher) return [];
  return [...text.matchAll(matcher.pattern)]
    .map((m) => m[0])
    .filter((match) => matcher.termOf(match) !== undefined);
}

describe("highlightTerms", () => {
  it("reads every term, one parameter each, in order", () => {
    expect(highlightTerms("?highlight=speak&highlight=up")).toEqual(["speak", "up"]);
    expect(highlightTerms("?highlight=raise+concerns")).toEqual(["raise concerns"]);
  });
  it("ignores empty terms, stop words alone and other parameters", () => {
    expect(highlightTerms("?q=x&highlight=&highlight=%20")).toEqual([]);
    expect(highlightTerms("?highlight=the&highlight=up")).toEqual(["up"]);
    expect(highlightTerms("")).toEqual([]);
  });
  it("reads words as search does: quotes and punctuation dropped, repeats once", () => {
    expect(highlightTerms('?highlight="Raise&highlight=raise&highlight=made-up')).toEqual([
      "raise",
      "made up",
    ]);
  });
  it("takes a few terms at most from a crafted address, and no overlong one", () => {
    const letter = (n: number) => String.fromCharCode(97 + (n % 26));
    const many = Array.from(
      { length: 60 },
      (_, i) => `highlight=word${letter(i)}${letter(i / 26)}`,
    );
    expect(highlightTerms(`?${many.join("&")}`)).toHaveLength(MAX_HIGHLIGHT_TERMS);
    expect(highlightTerms(`?highlight=${"a".repeat(500)}&highlight=team`)).toEqual(["team"]);
  });
});

describe("withHighlight", () => {
  it("adds each term before the section", () => {
    expect(withHighlight("/chapters/x/#tips", ["speak", "up"])).toBe(
      "/chapters/x/?highlight=speak&highlight=up#tips",
    );
    expect(withHighlight("/references/", ["busari"])).toBe("/references/?highlight=busari");
  });
  it("keeps a phrase as one term", () => {
    expect(withHighlight("/a/", ["raise concerns"])).toBe("/a/?highlight=raise+concerns");
  });
  it("encodes what an address cannot hold, and keeps a query the address has", () => {
    expect(withHighlight("/a/?x=1", ["café"])).toBe("/a/?x=1&highlight=caf%C3%A9");
  });
  it("leaves the address alone without terms, as when only a filter is chosen", () => {
    expect(withHighlight("/chapters/x/", [])).toBe("/chapters/x/");
  });
  it("reads back as the same terms", () => {
    const address = withHighlight("/a/#b", ["raise concerns", "team"]);
    expect(highlightTerms(new URL(address, "https://example.org").search)).toEqual([
      "raise concerns",
      "team",
    ]);
  });
});

describe("withoutHighlight", () => {
  it("keeps the path, other parameters and the section", () => {
    expect(
      withoutHighlight("https://example.org/a/b/?highlight=pillow&kind=Chapters#comfort-tips"),
    ).toBe("https://example.org/a/b/?kind=Chapters#comfort-tips");
  });
  it("leaves no bare ? behind", () => {
    expect(withoutHighlight("https://example.org/a/?highlight=x&highlight=y#s")).toBe(
      "https://example.org/a/#s",
    );
  });
});

describe("highlightMatcher", () => {
  it("marks the forms of a searched word, in any case", () => {
    expect(marked(["speak", "up"], "Speaking up, speaks, speakers and support groups")).toEqual([
      "Speaking",
      "up",
      "speaks",
    ]);
    expect(marked(["nurses"], "A nurse, two nurses, nursing and nursery")).toEqual([
      "nurse",
      "nurses",
      "nursing",
    ]);
    expect(marked(["hierarchy"], "Hierarchies and a hierarchy, hierarchical")).toEqual([
      "Hierarchies",
      "hierarchy",
    ]);
  });
  it("never marks a term inside another word, or after a hyphen", () => {
    expect(marked(["ward"], "towards the ward")).toEqual(["ward"]);
    expect(marked(["the"], "them, they, their and the")).toEqual(["the"]);
    expect(marked(["up"], "a made-up team that speaks up")).toEqual(["up"]);
  });
  it("marks a phrase as a whole, across a line break, and not its words apart", () => {
    expect(
      marked(["raise concerns"], "free to raise\nconcerns; a concern was raised, concerns"),
    ).toEqual(["raise\nconcerns"]);
  });
  it("marks a possessive with its word", () => {
    expect(marked(["hca"], "The HCA’s tips")).toEqual(["HCA’s"]);
  });
  it("knows letters beyond ASCII as parts of words", () => {
    expect(marked(["café"], "café and décafé")).toEqual(["café"]);
  });
  it("says which term a mark belongs to", () => {
    const matcher = highlightMatcher(["raise concerns", "team"]);
    expect(matcher?.termOf("Raise concerns")).toBe("raise concerns");
    expect(matcher?.termOf("teams")).toBe("team");
    expect(matcher?.termOf("teamwork")).toBeUndefined();
  });
  it("has nothing to mark without terms", () => {
    expect(highlightMatcher([])).toBeUndefined();
    expect(highlightMatcher(["", "&&"])).toBeUndefined();
  });
});
