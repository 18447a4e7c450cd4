import { describe, expect, it } from "vitest";
import {
  containsRun,
  highlightTermsOf,
  MAX_QUERY_WORDS,
  parseQuery,
  shownQuery,
} from "~/lib/search/query.ts";

describe("parseQuery", () => {
  it("reads words, quoted phrases and the words that count alone", () => {
    expect(parseQuery('How to "raise concerns" safely')).toEqual({
      words: ["how", "to", "raise", "concerns", "safely"],
      phrases: [["raise", "concerns"]],
      keywords: ["raise", "concerns", "safely"],
      dropped: 0,
    });
  });
  it("reads curly quotes as quotes", () => {
    expect(parseQuery("“speak up” hierarchy").phrases).toEqual([["speak", "up"]]);
  });
  it("treats a stray quote as nothing at all", () => {
    for (const text of ['raise "concerns', '"raise concerns', 'raise concerns"', '"']) {
      const query = parseQuery(text);
      expect(query.phrases).toEqual([]);
      expect(query.words).toEqual(text === '"' ? [] : ["raise", "concerns"]);
    }
  });
  it("keeps a phrase of one word as a word", () => {
    expect(parseQuery('"hierarchy"')).toMatchObject({ phrases: [], keywords: ["hierarchy"] });
  });
  it("keeps stop words in a phrase, and searches stop words alone only when nothing else", () => {
    expect(parseQuery('"speak up to the team"').phrases).toEqual([
      ["speak", "up", "to", "the", "team"],
    ]);
    expect(parseQuery("the").keywords).toEqual(["the"]);
    expect(parseQuery("why should students learn from nurses").keywords).toEqual([
      "students",
      "learn",
      "nurses",
    ]);
  });
  it("searches a long query's first words and says how many it left out", () => {
    const query = parseQuery(Array.from({ length: 40 }, (_, i) => `w${"ab"[i % 2]}x`).join(" "));
    expect(query.words).toHaveLength(MAX_QUERY_WORDS);
    expect(query.dropped).toBe(40 - MAX_QUERY_WORDS);
  });
  it("drops a phrase the word limit cut in two", () => {
    const filler = Array.from({ length: MAX_QUERY_WORDS - 1 }, () => "team").join(" ");
    expect(parseQuery(`${filler} "raise concerns"`).phrases).toEqual([]);
  });
});

describe("containsRun", () => {
  it("finds consecutive words only", () => {
    expect(containsRun(["a", "raise", "concerns"], ["raise", "concerns"])).toBe(true);
    expect(containsRun(["raise", "a", "concerns"], ["raise", "concerns"])).toBe(false);
    expect(containsRun([], [])).toBe(true);
  });
});

describe("highlightTermsOf", () => {
  it("gives each phrase whole, then the keywords outside it, never a stop word alone", () => {
    expect(highlightTermsOf(parseQuery('"raise concerns" in a team'))).toEqual([
      "raise concerns",
      "team",
    ]);
    expect(highlightTermsOf(parseQuery("the"))).toEqual([]);
  });
});

describe("shownQuery", () => {
  it("repeats a short query as typed, spaces collapsed", () => {
    expect(shownQuery("  speak   up ")).toBe("speak up");
  });
  it("shortens a long one with an ellipsis", () => {
    const shown = shownQuery("x".repeat(5000));
    expect([...shown]).toHaveLength(60);
    expect(shown.endsWith("…")).toBe(true);
    expect([...shownQuery("😀".repeat(100), 10)]).toHaveLength(10);
  });
});
