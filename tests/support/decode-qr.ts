/*
 * Reads a QR code back from a picture of it (a browser's screenshot, a rendered SVG) with
 * jsQR, the decoder the tests trust: what a phone's camera would find there.
 */
import jsQR from "jsqr";
import sharp from "sharp";

/** The text of the QR code in an image (PNG, or SVG with its namespace), or null if none. */
export async function decodeQr(image: Buffer): Promise<string | null> {
  const { data, info } = await sharp(image, { density: 300 })
    // Paper is white: a transparent background must not read as black.
    .flatten({ background: "#ffffff" })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const code = jsQR(new Uint8ClampedArray(data), info.width, info.height, {
    inversionAttempts: "dontInvert",
  });
  return code?.data ?? null;
}
