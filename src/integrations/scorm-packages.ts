import type { AstroIntegration } from "astro";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { zipSync } from "fflate";
import {
  RUNTIME_FILE,
  SCO_PAGE,
  scormManifest,
  scormPage,
  scormPath,
} from "../lib/exports/scorm.ts";

/** Files in a package are dated this day, so the same build always gives the same bytes. */
const FIXED_TIME = new Date(2000, 0, 1);

/** The run-time script, bundled on its own for the packages (src/scripts/scorm-runtime.ts). */
async function runtime(base: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("../scripts/scorm-runtime.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    minify: true,
    write: false,
    target: "es2022",
    alias: { "~": fileURLToPath(new URL("..", import.meta.url)) },
    define: { "import.meta.env.BASE_URL": JSON.stringify(base) },
    legalComments: "none",
  });
  return result.outputFiles[0]?.text ?? "";
}

/** The build's files a page or script names (`_astro/…`), and what those import in turn. */
async function ownFiles(dist: string, page: string): Promise<string[]> {
  const found = new Set<string>();
  const visit = async (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    if (!file.endsWith(".js")) return;
    const code = await readFile(join(dist, file), "utf8");
    for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.\/[^"']+)["']/g)) {
      await visit(posix.join(posix.dirname(file), spec ?? ""));
    }
  };
  for (const [, file] of page.matchAll(/(?:src|href)="(_astro\/[^"]+)"/g)) await visit(file ?? "");
  return [...found].sort();
}

/**
 * Writes a SCORM 1.2 package for each chapter after the build, when the site has a public
 * address (links to the site's other pages use it): the chapter's page with its own files,
 * the run-time script and the manifest, the same bytes for the same build.
 */
export default function scormPackages(): AstroIntegration {
  let base = "/";
  let site: string | undefined;
  return {
    name: "learning-together:scorm-packages",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        site = config.site;
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!site) {
          logger.info("No public address: no SCORM packages (their links need it)");
          return;
        }
        const dist = fileURLToPath(dir);
        const chapters = join(dist, "chapters");
        const script = await runtime(base);
        let count = 0;
        for (const slug of (await readdir(chapters)).sort()) {
          const file = join(chapters, slug, "index.html");
          if (!existsSync(file)) continue;
          const built = await readFile(file, "utf8");
          const title = /<h1[^>]*>([\s\S]*?)<\/h1>/
            .exec(built)?.[1]
            ?.replace(/<[^>]+>/g, "")
            .trim();
          if (!built.includes("<quiz-set") || !title) continue;
          const page = scormPage(built, base, site);
          const files = await ownFiles(dist, page);
          const encode = (text: string) => new TextEncoder().encode(text);
          const zip: Record<string, Uint8Array> = {
            "imsmanifest.xml": encode(
              scormManifest({
                identifier: `learning-together-${slug}`,
                title,
                files: [SCO_PAGE, RUNTIME_FILE, ...files],
              }),
            ),
            [SCO_PAGE]: encode(page),
            [RUNTIME_FILE]: encode(script),
          };
          for (const own of files) zip[own] = new Uint8Array(await readFile(join(dist, own)));
          const out = join(dist, scormPath(slug).slice(1));
          await mkdir(dirname(out), { recursive: true });
          await writeFile(out, zipSync(zip, { mtime: FIXED_TIME, level: 9 }));
          count += 1;
        }
        logger.info(`Wrote ${count} SCORM 1.2 packages`);
      },
    },
  };
}
