import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestWord, distance, suggestQuery } from "~/lib/search/suggest.ts";
import { unknownWords } from "~/lib/search/vocabulary.ts";
import { splitWords } from "~/lib/search/words.ts";
import { WORD_LIST as list } from "./suggest.fixture.ts";

/** The whole optimal string alignment table, with no shortcuts, to check the fast one. */
function fullDistance(a: string, b: string): number {
  const width = b.length + 1;
  const d: number[] = [];
  const at = (i: number, j: number) => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      let best = Math.max(i, j);
      if (i > 0 && j > 0) {
        best = Math.min(
          at(i - 1, j) + 1,
          at(i, j - 1) + 1,
          at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
      }
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

describe("splitWords", () => {
  it("splits on anything but letters, hyphens and digits included, in lower case", () => {
    expect(splitWords("Inter-professional learning, 2022: A&E")).toEqual([
      "inter",
      "professional",
      "learning",
      "a",
      "e",
    ]);
  });

  it("drops a possessive and joins a contraction, as Pagefind does", () => {
    expect(splitWords("the essay’s aims; patients' rights; don't")).toEqual([
      "the",
      "essay",
      "aims",
      "patients",
      "rights",
      "dont",
    ]);
  });

  it("keeps letters of any script, accents included", () => {
    expect(splitWords("Café naïve Ärztin — пациент")).toEqual([
      "café",
      "naïve",
      "ärztin",
      "пациент",
    ]);
    // A decomposed accent (e + combining acute) reads the same as the composed letter.
    expect(splitWords("Cafe\u0301")).toEqual(["café"]);
  });
});

describe("distance", () => {
  it("counts insertions, deletions, substitutions and swaps of neighbours", () => {
    expect(distance("kitten", "sitting")).toBe(3);
    expect(distance("delegatoin", "delegation")).toBe(1);
    expect(distance("hierachy", "hierarchy")).toBe(1);
    expect(distance("", "abc")).toBe(3);
    // Optimal string alignment: a swapped pair is not edited again.
    expect(distance("ca", "abc")).toBe(3);
  });

  it("gives up past the limit, without changing any distance within it", () => {
    expect(distance("abcdef", "uvwxyz", 1)).toBeGreaterThan(1);
    expect(distance("a", "abcdef", 2)).toBeGreaterThan(2);
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const exact = fullDistance(a, b);
        expect(distance(a, b)).toBe(exact);
        const bounded = distance(a, b, limit);
        if (exact <= limit) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(limit);
      }),
    );
  });
});

describe("closestWord", () => {
  it("finds the word a slip away", () => {
    expect(closestWord("hierachy", list)).toBe("hierarchy");
    expect(closestWord("Delegatoin", list)).toBe("delegation");
    expect(closestWord("pilow", list)).toBe("pillow");
  });

  it("allows one slip in a word of up to four letters, two in a longer one", () => {
    expect(closestWord("taem", list)).toBe("team");
    expect(closestWord("tmae", list)).toBeUndefined();
    expect(closestWord("delgatoin", list)).toBe("delegation");
    expect(closestWord("dlgatoin", list)).toBeUndefined();
  });

  it("prefers the closer word, then the more frequent one", () => {
    expect(closestWord("speakng", list)).toBe("speaking");
    expect(closestWord("speek", ["speak", "seek"])).toBe("speak");
    expect(closestWord("speek", ["seek", "speak"])).toBe("seek");
  });

  it("has nothing to offer for a known word or a far one", () => {
    expect(closestWord("hierarchy", list)).toBeUndefined();
    expect(closestWord("HIERARCHY", list)).toBeUndefined();
    expect(closestWord("zebrafish", list)).toBeUndefined();
    expect(closestWord("anything", [])).toBeUndefined();
  });
});

describe("suggestQuery", () => {
  it("corrects each misspelt word", () => {
    expect(suggestQuery("hierachy", list)).toBe("hierarchy");
    expect(suggestQuery("delegatoin", list)).toBe("delegation");
    expect(suggestQuery("Hierachy and delegatoin", list)).toBe("hierarchy and delegation");
  });

  it("keeps short words and the start of a known word, which Pagefind finds", () => {
    expect(suggestQuery("speek up", list)).toBe("speak up");
    expect(suggestQuery("venepunc pilow", list)).toBe("venepunc pillow");
  });

  it("has nothing to suggest when every word is known", () => {
    expect(suggestQuery("hierarchy", list)).toBeUndefined();
    expect(suggestQuery("speak up", list)).toBeUndefined();
    expect(suggestQuery("collab", list)).toBeUndefined();
    expect(suggestQuery("", list)).toBeUndefined();
    expect(suggestQuery("2022", list)).toBeUndefined();
  });

  it("suggests nothing when some word has no close match", () => {
    expect(suggestQuery("zebrafish", list)).toBeUndefined();
    expect(suggestQuery("hierachy zebrafish", list)).toBeUndefined();
  });
});

describe("unknownWords", () => {
  const site = [...list, "teamwork", "role", "nurse", "nurses"];

  it("knows a word the site holds, the start of one, or another form of one", () => {
    expect(unknownWords(["team", "teamw", "roles", "nursing", "hierarchies", "up"], site)).toEqual(
      [],
    );
  });
  it("does not know a word Pagefind would match only by a fragment of it", () => {
    // Pagefind finds "teamwrok" by "team", the longest indexed word that starts it.
    expect(unknownWords(["teamwrok", "team", "hierachy"], site)).toEqual(["teamwrok", "hierachy"]);
    expect(suggestQuery("teamwrok", site)).toBe("teamwork");
  });
  it("ignores case", () => {
    expect(unknownWords(["Hierarchy", "TEAMWROK"], site)).toEqual(["TEAMWROK"]);
  });
});
