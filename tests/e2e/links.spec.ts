import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { BUILDS, htmlFiles, type Build } from "./builds.ts";

/** Every page of a build with its ids and the addresses it links to or loads. */
function pagesOf(build: Build) {
  return new Map(
    htmlFiles(build).map((file) => {
      const html = readFileSync(join(build.dir, file), "utf8");
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ""));
      const links = [...html.matchAll(/\s(?:href|src|action)="([^"]+)"/g)].map((m) => m[1] ?? "");
      const newTabs = [...html.matchAll(/<a\s[^>]*target="_blank"[^>]*>/g)].map((m) => m[0]);
      return [file, { ids, links, newTabs }];
    }),
  );
}

/** The file in a build that serves a path under its base, as a static host would. */
function fileFor(build: Build, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname.slice(build.base.length));
  for (const candidate of [decoded, join(decoded, "index.html")]) {
    const path = join(build.dir, candidate);
    if (existsSync(path) && statSync(path).isFile()) return candidate;
  }
  return undefined;
}

for (const build of BUILDS) {
  test.describe(`the ${build.name} build (base ${build.base})`, () => {
    const pages = pagesOf(build);

    test("has the pages it should", () => {
      expect(pages.size).toBeGreaterThanOrEqual(10);
    });

    test("a link that opens a new tab keeps the new page from reaching back", () => {
      const unsafe = [...pages].flatMap(([file, { newTabs }]) =>
        newTabs
          .filter((tag) => !/rel="[^"]*noopener[^"]*"/.test(tag) || !/noreferrer/.test(tag))
          .map((tag) => `${file}: ${tag}`),
      );
      expect(unsafe).toEqual([]);
    });

    test("every internal link and fragment resolves inside the base path", () => {
      const broken: string[] = [];
      const publicOrigin = build.site ? new URL(build.site).origin : undefined;
      for (const [file, { links }] of pages) {
        const at = new URL(`${build.base}${file.replace(/index\.html$/, "")}`, "http://site.test");
        for (const link of links) {
          const url = new URL(link, at);
          // The public address (canonical, sharing tags) must point inside the base too.
          if (url.origin !== at.origin && url.origin !== publicOrigin) continue;
          if (!url.pathname.startsWith(build.base)) {
            broken.push(`${file}: ${link} (outside ${build.base})`);
            continue;
          }
          const target = fileFor(build, url.pathname);
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
  });
}
