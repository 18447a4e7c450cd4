import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { CARD, renderCard, type Card } from "~/lib/sharing/og-image.ts";

/** The card's pixels, and whether a band of them is all the background colour. */
async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => data.readUIntBE((y * info.width + x) * 3, 3);
  const background = at(0, 0);
  const blank = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) if (at(x, y) !== background) return false;
    return true;
  };
  return { info, blank };
}

// The widest letters at the longest lengths the chapter schema allows (80 and 160).
const LONGEST: Card = {
  kicker: "Chapter 12 of 12",
  title: "Wwww ".repeat(16).trim(),
  summary: "Mmmm ".repeat(32).trim(),
  siteName: "Learning Together",
};

describe("renderCard", () => {
  it("draws a 1200 × 630 PNG small enough for any chat to fetch", async () => {
    const png = await renderCard({
      kicker: "Chapter 3 of 6",
      title: "A first venepuncture, taught by a healthcare assistant",
      summary: "A worked example from the essay, about being taught by a colleague.",
      siteName: "Learning Together",
    });
    const { info } = await pixels(png);
    expect([info.width, info.height]).toEqual([CARD.width, CARD.height]);
    expect(png.byteLength).toBeLessThan(60_000);
  }, 20_000);

  it("keeps the longest title and summary inside the card's margins", async () => {
    const { blank } = await pixels(await renderCard(LONGEST));
    // Nothing drawn in the bottom 48 rows or the right-hand 64 columns, and a clear band
    // between the site's name at the top and the kicker (the text has not run up into it).
    expect(blank(0, CARD.height - 48, CARD.width, CARD.height)).toBe(true);
    expect(blank(0, 136, CARD.width, 148)).toBe(true);
    expect(blank(CARD.width - 64, 0, CARD.width, CARD.height)).toBe(true);
  }, 20_000);

  it("draws the same card byte for byte each time", async () => {
    expect((await renderCard(LONGEST)).equals(await renderCard(LONGEST))).toBe(true);
  }, 20_000);
});
