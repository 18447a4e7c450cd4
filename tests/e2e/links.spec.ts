import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";

/** Every HTML file in the build, as a path relative to dist/. */
function htmlFiles(dir = "dist"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [relative("dist", path)] : [];
  });
}

const pages = new Map(
  htmlFiles().map((file) => {
    const html = readFileSync(join("dist", file), "utf8");
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ""));
    const links = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1] ?? "");
    return [file, { ids, links }];
  }),
);

/** The file in dist/ that serves a path, as the preview server would. */
function fileFor(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname).replace(/^\//, "");
  for (const candidate of [decoded, join(decoded, "index.html")]) {
    if (existsSync(join("dist", candidate)) && statSync(join("dist", candidate)).isFile())
      return candidate;
  }
  return undefined;
}

test("the build has the pages it should", () => {
  expect(pages.size).toBeGreaterThanOrEqual(10);
});

test("every internal link and fragment in dist/ resolves", () => {
  const broken: string[] = [];
  for (const [file, { links }] of pages) {
    const base = new URL(`/${file.replace(/index\.html$/, "")}`, "http://site.test");
    for (const link of links) {
      const url = new URL(link, base);
      if (url.origin !== base.origin) continue;
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${file}: ${link} (no such file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !pages.get(target)?.ids.has(fragment)) {
        broken.push(`${file}: ${link} (no element with id "${fragment}" in ${target})`);
      }
    }
  }
  expect(broken).toEqual([]);
});
