import { describe, expect, it } from "vitest";
import { suggestQuery } from "~/lib/search/suggest.ts";
import { WORD_LIST as list } from "./suggest.fixture.ts";

// A file of its own so that the mutation run (vitest.mutation.config.ts) can leave it out:
// Stryker's instrumented code runs about ten times slower, which says nothing about the
// code a reader's browser runs. `npm run test:unit` runs it.

describe("suggestQuery", () => {
  it("answers quickly from a list of 5,000 words", () => {
    // Worst case: every word is about as long as the query's, so none is skipped on length.
    const letters = "qwzxjkvbnm";
    const big = Array.from(
      { length: 5000 },
      (_, i) => `${list[i % list.length]}${[...String(i)].map((d) => letters[Number(d)]).join("")}`,
    );
    suggestQuery("hierachy delegatoin speek", big);
    const start = performance.now();
    for (let i = 0; i < 10; i++) suggestQuery("hierachy delegatoin speek", big);
    // Far below this on a laptop; the margin is for a busy test machine, not a goal.
    expect((performance.now() - start) / 10).toBeLessThan(100);
  });
});
