import type { AstroIntegration } from "astro";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pagePolicy, policyFirst } from "../lib/site/csp.ts";

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/i;
/** Inline scripts the browser runs: no src, and not a data block such as JSON-LD. */
const INLINE_SCRIPT =
  /<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

/**
 * Gives each built page the Content Security Policy of its own inline scripts and styles
 * (see pagePolicy), and moves it first in <head>, before any script or style (see
 * policyFirst): GitHub Pages sends no CSP header, so there the meta tag is the only policy,
 * and it covers only what comes after it. Runs before the search index, the offline worker's file list and the
 * `_headers` file read the pages, so each of them sees the final HTML.
 */
export default function pageCsp(): AstroIntegration {
  return {
    name: "learning-together:page-csp",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries = await readdir(out, { withFileTypes: true, recursive: true });
        const pages = entries.filter((e) => e.isFile() && e.name.endsWith(".html"));
        for (const entry of pages) {
          const file = join(entry.parentPath, entry.name);
          const html = await readFile(file, "utf8");
          const meta = CSP_META.exec(html);
          if (!meta)
            throw new Error(`${file.slice(out.length)} has no Content-Security-Policy meta tag`);
          const inline = {
            scripts: [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1] ?? ""),
            styles: [...html.matchAll(INLINE_STYLE)].map((m) => m[1] ?? ""),
          };
          let policy: string;
          try {
            policy = pagePolicy(meta[2]?.replaceAll("&#39;", "'") ?? "", inline);
          } catch (error) {
            throw new Error(`${file.slice(out.length)}: ${(error as Error).message}`);
          }
          // Astro writes the policy with plain quotes inside the attribute's double quotes.
          const trimmed = html.replace(CSP_META, (_, open, __, close) => open + policy + close);
          await writeFile(file, policyFirst(trimmed, file.slice(out.length)));
        }
        logger.info(
          `Gave ${pages.length} pages a Content-Security-Policy of their own hashes, first in <head>`,
        );
      },
    },
  };
}
