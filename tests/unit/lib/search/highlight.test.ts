import { describe, expect, it } from "vitest";
import {
  highlightPattern,
  highlightTerms,
  withHighlight,
  withoutHighlight,
} from "../../../../src/lib/search/highlight.ts";

/** The words a pattern marks in a text. */
const marked = (terms: string[], text: string) => text.match(highlightPattern(terms) ?? /^$/g);

describe("highlightTerms", () => {
  it("reads every term, one parameter each, in order", () => {
    expect(highlightTerms("?highlight=speak&highlight=up")).toEqual(["speak", "up"]);
  });
  it("ignores empty terms and other parameters", () => {
    expect(highlightTerms("?q=x&highlight=&highlight=%20")).toEqual([]);
    expect(highlightTerms("")).toEqual([]);
  });
});

describe("withHighlight", () => {
  it("adds each word of the query, in lower case, before the section", () => {
    expect(withHighlight("/chapters/x/#tips", " Speak  up ")).toBe(
      "/chapters/x/?highlight=speak&highlight=up#tips",
    );
    expect(withHighlight("/references/", "Busari")).toBe("/references/?highlight=busari");
  });
  it("encodes what an address cannot hold, and keeps a query the address has", () => {
    expect(withHighlight("/a/?x=1", "Café")).toBe("/a/?x=1&highlight=caf%C3%A9");
  });
  it("carries the words search matched, not quotes or punctuation typed around them", () => {
    expect(withHighlight("/a/", '"raise concerns" & made-up')).toBe(
      "/a/?highlight=raise&highlight=concerns&highlight=made&highlight=up",
    );
    expect(withHighlight("/a/", '" & ++')).toBe("/a/");
  });
  it("leaves the address alone without words, as when only a filter is chosen", () => {
    expect(withHighlight("/chapters/x/", "  ")).toBe("/chapters/x/");
  });
  it("reads back as the same words", () => {
    const address = withHighlight("/a/#b", "speak up");
    expect(highlightTerms(new URL(address, "https://example.org").search)).toEqual(["speak", "up"]);
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

describe("highlightPattern", () => {
  it("marks whole words that start with a term, in any case", () => {
    expect(marked(["speak", "up"], "Speaking up, speakers and support groups")).toEqual([
      "Speaking",
      "up",
      "speakers",
    ]);
  });
  it("does not mark a term inside another word", () => {
    expect(marked(["ward"], "towards the ward")).toEqual(["ward"]);
  });
  it("treats characters with a meaning in patterns as text", () => {
    expect(marked(["c++", "(mdt)"], "c++ and (mdt) but not cxx")).toEqual(["c++", "(mdt)"]);
    expect(marked([".*"], "nothing here")).toBeNull();
  });
  it("knows letters beyond ASCII as parts of words", () => {
    expect(marked(["caf"], "café and décaf")).toEqual(["café"]);
  });
  it("has nothing to mark without terms", () => {
    expect(highlightPattern([])).toBeUndefined();
    expect(highlightPattern([""])).toBeUndefined();
  });
});
