import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeQuote, locateQuote, QUOTE_CONTEXT } from "~/lib/notes/anchor.ts";

const CHAPTER =
  "The HCA showed the student how to support the arm. The student then explained to each " +
  "patient why their bloods were taken. Later the HCA showed the student how to label the " +
  "tubes, and the student thanked the HCA.";

/** The span of the `n`th (from 0) appearance of `words` in `text`. */
function spanOf(text: string, words: string, n = 0) {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(words, at + 1);
  if (at === -1) throw new Error(`"${words}" is not in the text`);
  return { start: at, end: at + words.length };
}

describe("a highlight's place, as a text quote", () => {
  it("keeps the exact text and a little context either side", () => {
    const quote = describeQuote(CHAPTER, spanOf(CHAPTER, "explained to each patient"));
    expect(quote.exact).toBe("explained to each patient");
    expect(quote.prefix).toBe("pport the arm. The student then ");
    expect(quote.prefix.length).toBe(QUOTE_CONTEXT);
    expect(quote.suffix.startsWith(" why their bloods")).toBe(true);
    // At the very start, there is no text before it.
    expect(describeQuote(CHAPTER, spanOf(CHAPTER, "The HCA")).prefix).toBe("");
  });

  it("finds any selection again in the same text", () => {
    fc.assert(
      fc.property(fc.nat(CHAPTER.length - 1), fc.integer({ min: 1, max: 40 }), (start, length) => {
        const span = { start, end: Math.min(CHAPTER.length, start + length) };
        if (CHAPTER.slice(span.start, span.end).trim() === "") return;
        const found = locateQuote(CHAPTER, describeQuote(CHAPTER, span));
        expect(found && CHAPTER.slice(found.start, found.end).trim()).toBe(
          CHAPTER.slice(span.start, span.end).trim(),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("tells repeated words apart by their context", () => {
    // "showed the student how to" appears twice: the second is the one highlighted.
    const span = spanOf(CHAPTER, "showed the student how to", 1);
    expect(locateQuote(CHAPTER, describeQuote(CHAPTER, span))).toEqual(span);
  });

  it("re-attaches after the chapter is edited around it", () => {
    const span = spanOf(CHAPTER, "showed the student how to", 1);
    const quote = describeQuote(CHAPTER, span);
    const edited = `A new opening paragraph.\n\n${CHAPTER.replace("thanked", "warmly thanked")}`;
    const found = locateQuote(edited, quote);
    expect(found).toEqual(spanOf(edited, "showed the student how to", 1));
  });

  it("ignores differences of white space and line breaks", () => {
    const quote = describeQuote(CHAPTER, spanOf(CHAPTER, "why their bloods were taken"));
    const reflowed = CHAPTER.replaceAll(" ", "\n  ");
    const found = locateQuote(reflowed, quote);
    expect(found && reflowed.slice(found.start, found.end).replace(/\s+/g, " ")).toBe(
      "why their bloods were taken",
    );
  });

  it("is detached, not moved elsewhere, when its text is gone", () => {
    const quote = describeQuote(CHAPTER, spanOf(CHAPTER, "label the tubes"));
    expect(locateQuote(CHAPTER.replace("label the tubes", "check the forms"), quote)).toBe(
      undefined,
    );
    expect(locateQuote(CHAPTER, { exact: "  ", prefix: "", suffix: "" })).toBeUndefined();
  });
});
