import sharp from "sharp";
import type { AppIcon } from "./web-manifest.ts";

/** The favicon's background: a 32 × 32 rounded square, which the larger icons redraw. */
const BACKGROUND = /<rect width="32" height="32" rx="6" fill="(#[0-9a-f]{6})"\s*\/>/i;

/**
 * The favicon's SVG redrawn for one purpose. "any" keeps it as it is. The others fill the
 * whole square with its background colour (no transparent corners for a mask or iOS to
 * fill with black); "maskable" also widens the view so that the rings, about 25 units
 * across, fit the central circle of radius 40% that every mask keeps.
 */
export function iconSvg(favicon: string, purpose: AppIcon["purpose"]): string {
  if (purpose === "any") return favicon;
  const fill = BACKGROUND.exec(favicon)?.[1];
  if (!fill) {
    throw new Error(
      'public/favicon.svg no longer starts with <rect width="32" height="32" rx="6" fill="#…"/>: ' +
        "update src/lib/sharing/app-icons.ts, which draws the app icons from it",
    );
  }
  const [x, size] = purpose === "maskable" ? [-6, 44] : [0, 32];
  return favicon
    .replace(/viewBox="[^"]*"/, `viewBox="${x} ${x} ${size} ${size}"`)
    .replace(
      BACKGROUND,
      `<rect x="${x}" y="${x}" width="${size}" height="${size}" fill="${fill}"/>`,
    );
}

/** The icon as a PNG of `icon.size` pixels square, drawn from the favicon's SVG. */
export async function renderIcon(favicon: string, icon: AppIcon): Promise<Buffer> {
  const svg = Buffer.from(iconSvg(favicon, icon.purpose));
  // Rendered at the target size, not scaled up from 32 px, so the rings stay sharp.
  return sharp(svg, { density: (72 * icon.size) / 32 })
    .resize(icon.size, icon.size)
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}
