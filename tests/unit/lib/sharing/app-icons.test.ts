import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { iconSvg, renderIcon } from "~/lib/sharing/app-icons.ts";

const favicon = readFileSync("public/favicon.svg", "utf8");

/** The colour of one pixel of a PNG, as #rrggbb, and its alpha. */
async function pixel(png: Buffer, x: number, y: number) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * 4;
  const hex = [...data.subarray(at, at + 3)].map((v) => v.toString(16).padStart(2, "0")).join("");
  return { colour: `#${hex}`, alpha: data[at + 3] };
}

describe("app icons", () => {
  it("draws each icon at its own size", async () => {
    for (const size of [180, 192, 512]) {
      const png = await renderIcon(favicon, { name: "x.png", size, purpose: "any" });
      expect(await sharp(png).metadata()).toMatchObject({
        format: "png",
        width: size,
        height: size,
      });
    }
  });

  it("keeps the favicon's rounded corners for 'any', and fills them for a mask and iOS", async () => {
    const any = await renderIcon(favicon, { name: "a.png", size: 192, purpose: "any" });
    expect((await pixel(any, 0, 0)).alpha).toBe(0);
    for (const purpose of ["maskable", "touch"] as const) {
      const full = await renderIcon(favicon, { name: "m.png", size: 192, purpose });
      expect(await pixel(full, 0, 0)).toEqual({ colour: "#0b5d7a", alpha: 255 });
    }
  });

  it("keeps the rings of the maskable icon inside the circle every mask keeps", async () => {
    const size = 512;
    const png = await renderIcon(favicon, { name: "m.png", size, purpose: "maskable" });
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const channels = info.channels;
    // Any pixel unlike the background (a ring) lies within 40% of the size from the centre.
    let farthest = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const at = (y * size + x) * channels;
        const background = data[at] === 0x0b && data[at + 1] === 0x5d && data[at + 2] === 0x7a;
        if (!background) farthest = Math.max(farthest, Math.hypot(x - size / 2, y - size / 2));
      }
    }
    expect(farthest).toBeGreaterThan(0.25 * size);
    expect(farthest).toBeLessThanOrEqual(0.4 * size);
  });

  it("fails, naming the file, when the favicon's shape changes", () => {
    expect(() => iconSvg('<svg viewBox="0 0 32 32"><circle r="4"/></svg>', "maskable")).toThrow(
      /public\/favicon\.svg/,
    );
  });
});
