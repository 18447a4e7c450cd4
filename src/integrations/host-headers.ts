import type { AstroIntegration } from "astro";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { frameAncestors, headerPolicy } from "../lib/site/csp.ts";
import { joinBase } from "../lib/address/paths.ts";

/** Features the site never uses, turned off for every page and anything it embeds. */
const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** Cloudflare Pages' limit on one line of `_headers`; longer lines are ignored. */
const MAX_LINE = 2000;

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The `_headers` file for a site built under `base`, from its pages' own policies, letting
 * `ancestors` frame the pages (frameAncestors()).
 */
export function headersFile(
  base: string,
  pagePolicies: string[],
  ancestors: string[] = ["*"],
): string {
  const rules: [string, string[]][] = [
    [
      joinBase(base, "/*"),
      [
        `Content-Security-Policy: ${headerPolicy(pagePolicies, ancestors)}`,
        "X-Content-Type-Options: nosniff",
        "Referrer-Policy: strict-origin-when-cross-origin",
        `Permissions-Policy: ${PERMISSIONS_POLICY}`,
      ],
    ],
    // Astro names these files by their content's hash, so a changed file gets a new name.
    [joinBase(base, "/_astro/*"), ["Cache-Control: public, max-age=31536000, immutable"]],
    // The offline worker (offline.ts): a cached copy would keep readers on an old
    // deployment's list of files, so the browser must ask for it every time it checks.
    [joinBase(base, "/sw.js"), ["Cache-Control: no-cache"]],
    // Hosts guess `application/octet-stream` for the extension; browsers want this type.
    [joinBase(base, "/manifest.webmanifest"), ["Content-Type: application/manifest+json"]],
  ];
  const text = rules
    .map(([path, headers]) => [path, ...headers.map((header) => `  ${header}`)].join("\n"))
    .join("\n\n")
    .concat("\n");
  const long = text.split("\n").find((line) => line.length > MAX_LINE);
  if (long) {
    throw new Error(
      `_headers: "${long.trim().split(":")[0]}" is ${long.length} characters long, and Cloudflare ` +
        `Pages ignores lines over ${MAX_LINE}. Each distinct inline script or style adds a hash ` +
        "to the policy: bundle or merge them so fewer are needed.",
    );
  }
  return text;
}

/**
 * Writes `_headers` (read by Netlify and Cloudflare Pages) after the build: the CSP as an
 * HTTP header, merged from the pages' meta tags, and the other security and caching
 * headers. Hosts that ignore the file, such as GitHub Pages, still have the meta tags.
 */
export default function hostHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "learning-together:host-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(out)) {
          const policy = CSP_META.exec(await readFile(file, "utf8"))?.[1];
          if (!policy) throw new Error(`${file} has no Content-Security-Policy meta tag`);
          policies.push(policy.replaceAll("&#39;", "'").replaceAll("&quot;", '"'));
        }
        const ancestors = frameAncestors(process.env["FRAME_ANCESTORS"]);
        await writeFile(join(out, "_headers"), headersFile(base, policies, ancestors));
        logger.info(`Wrote _headers for ${policies.length} pages`);
      },
    },
  };
}
