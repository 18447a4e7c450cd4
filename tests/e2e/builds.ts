import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * The two builds `npm test` makes: the site at the root (served by `astro preview`) and
 * the same site built for a folder, as on a GitHub Pages project site (served by
 * tests/support/static-server.mjs, which also applies the build's _headers file). The
 * root build is given no public address (no SITE_URL), so it has none; the sub-path build
 * has SITE_URL=https://example.github.io.
 */
export const BUILDS = [
  { name: "root", dir: "dist", base: "/", site: undefined },
  {
    name: "sub-path",
    dir: "dist-subpath",
    base: "/learning-together/",
    site: "https://example.github.io",
  },
] as const;

export type Build = (typeof BUILDS)[number];

/** Every HTML file in a build, as a path relative to its folder. */
export function htmlFiles(build: Build, dir: string = build.dir): string[] {
  if (!existsSync(build.dir))
    throw new Error(`${build.dir}/ is missing: run \`npm test\`, which builds it`);
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(build, path);
    return name.endsWith(".html") ? [relative(build.dir, path)] : [];
  });
}
