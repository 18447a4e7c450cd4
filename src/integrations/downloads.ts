import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/*
 * The guide's downloads (the EPUB book, the PDF) are written after the pages, which link
 * them with an empty mark for their size: these fill it in, or take a link out.
 */

/** A file's size for a link's label: "54 KB", or "3.1 MB" from a megabyte (1,024 KB). */
export function fileSize(bytes: number): string {
  const kb = bytes / 1024;
  return kb < 1024 ? `${Math.max(1, Math.round(kb))} KB` : `${(kb / 1024).toFixed(1)} MB`;
}

/** Rewrites every built page that `change` alters; returns how many it changed. */
export async function rewritePages(
  dist: string,
  change: (html: string) => string,
): Promise<number> {
  const entries = await readdir(dist, { recursive: true });
  let changed = 0;
  for (const name of entries.filter((entry) => entry.endsWith(".html"))) {
    const file = join(dist, name);
    const html = await readFile(file, "utf8");
    const next = change(html);
    if (next === html) continue;
    await writeFile(file, next);
    changed++;
  }
  return changed;
}

/** Puts a file's size into its link's mark: `<span data-x-size></span>` gets ", 54 KB". */
export const withSize = (mark: string, bytes: number) => (html: string) =>
  html.replaceAll(`<span ${mark}></span>`, `<span ${mark}>, ${fileSize(bytes)}</span>`);

/** What a download's writer is given: the built site, where it will live, and the log. */
export interface GuideBuild {
  /** The built folder, dist/. */
  dist: string;
  /** The base path, ending in "/". */
  base: string;
  /** The public origin, if the build has one. */
  site: string | undefined;
  logger: AstroIntegrationLogger;
}

/** A build step that writes one of the guide's downloads once the pages are built. */
export function guideDownload(
  name: string,
  write: (build: GuideBuild) => Promise<void>,
): AstroIntegration {
  let base = "/";
  let site: string | undefined;
  return {
    name,
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        site = config.site;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // A fixture build without the guide has nothing to write from.
        if (!existsSync(join(dist, "guide", "index.html"))) return;
        await write({ dist, base, site, logger });
      },
    },
  };
}
