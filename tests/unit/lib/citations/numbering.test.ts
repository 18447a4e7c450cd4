import { describe, expect, it } from "vitest";
import { numberReferences, shortLabel } from "~/lib/citations/numbering.ts";

describe("numberReferences", () => {
  it("numbers references by their first citation in reading order, not by file order", () => {
    const numbers = numberReferences(["a", "b", "c"], ["c", "a", "c", "b", "a"]);
    expect([...numbers]).toEqual([
      ["c", 1],
      ["a", 2],
      ["b", 3],
    ]);
  });

  it("fails on a reference no chapter cites, naming it and the fix", () => {
    expect(() => numberReferences(["a", "b"], ["a"])).toThrow(
      'content/references.json: "b" is cited in no chapter. Cite it where the essay does, with <Cite id="b" />, or remove it.',
    );
  });
});

describe("shortLabel", () => {
  const year = { "date-parts": [[2017]] as [[number]] };
  const people = (...family: string[]) => family.map((f) => ({ family: f, given: "A." }));

  it("names one, two or three authors, and the first with et al. beyond that", () => {
    expect(shortLabel({ author: people("Busari"), issued: year })).toBe("Busari (2017)");
    expect(shortLabel({ author: people("Busari", "Moll"), issued: year })).toBe(
      "Busari and Moll (2017)",
    );
    expect(shortLabel({ author: people("Busari", "Moll", "Duits"), issued: year })).toBe(
      "Busari, Moll and Duits (2017)",
    );
    expect(shortLabel({ author: people("A", "B", "C", "D"), issued: year })).toBe(
      "A et al. (2017)",
    );
  });
});
