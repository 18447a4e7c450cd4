import type { AstroIntegration } from "astro";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { policyFirst } from "../lib/site/csp.ts";

/**
 * Moves each built page's Content-Security-Policy meta tag to the start of <head>, before
 * any script or style (see policyFirst): GitHub Pages sends no CSP header, so there the
 * meta tag is the only policy, and it must come before what it governs.
 */
export default function cspMetaFirst(): AstroIntegration {
  return {
    name: "learning-together:csp-meta-first",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        const out = fileURLToPath(dir);
        const entries = await readdir(out, { withFileTypes: true, recursive: true });
        for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith(".html"))) {
          const file = join(entry.parentPath, entry.name);
          const html = await readFile(file, "utf8");
          const moved = policyFirst(html, file.slice(out.length));
          if (moved !== html) await writeFile(file, moved);
        }
      },
    },
  };
}
