// What a first visit to one built page downloads: its HTML, stylesheets and scripts (with
// every module they import), gzipped, and the requests that takes (the favicon aside).
// `npm run bench` (bytes.mjs) reports it for every page of a build; the scale curve
// (scale.mjs) checks it for every page at each size against the same budgets.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { BUDGET, firstViewBudget, jsBudget, pageKind } from "./budgets.mjs";

/** Gzipped bytes at level 9, as a server compressing once would send them. */
export const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** KB as these benchmarks count them: 1,024 bytes, one decimal. */
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Every HTML file of the build in `dist`, Pagefind's folder aside. */
export function htmlFiles(dist) {
  return readdirSync(dist).flatMap((name) => {
    const path = join(dist, name);
    if (statSync(path).isDirectory()) return name === "pagefind" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** A script and every module it imports statically, as paths in dist/. */
function withImports(dist, src, seen = new Set()) {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(dist, src), "utf8");
  for (const [, spec] of code.matchAll(
    /(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["']([^"']+)["']/g,
  )) {
    if (spec.startsWith(".")) withImports(dist, posix.join(posix.dirname(src), spec), seen);
  }
  return seen;
}

/**
 * The first view of the page in `file`, a build for the base path `base`: its site path
 * ("/guide/"), gzipped HTML, CSS and JavaScript files, inline JavaScript (counted in the
 * HTML too), their sum and the number of requests. `cache` keeps a file's gzipped size
 * between pages, which share their stylesheet and scripts. `text` is the page's HTML, for a
 * caller that has read it already.
 */
export function measurePage(
  dist,
  file,
  base = "/",
  cache = new Map(),
  text = readFileSync(file, "utf8"),
) {
  const html = Buffer.from(text);
  const local = (pattern) =>
    [...new Set([...text.matchAll(pattern)].map((m) => m[1]))].map((src) =>
      `/${src}`.startsWith(base) ? `/${src}`.slice(base.length) : src,
    );
  const size = (src) => {
    if (!cache.has(src)) cache.set(src, gz(readFileSync(join(dist, src))));
    return cache.get(src);
  };
  const css = local(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g);
  const scripts = new Set(
    local(/<script[^>]+src="\/([^"]+)"/g).flatMap((src) => [...withImports(dist, src)]),
  );
  const inlineJs = [
    ...text.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].reduce((sum, m) => sum + gz(Buffer.from(m[1])), 0);
  const row = {
    page: `/${relative(dist, file).split(sep).join("/")}`.replace(/index\.html$/, ""),
    html: gz(html),
    css: css.reduce((sum, src) => sum + size(src), 0),
    js: [...scripts].reduce((sum, src) => sum + size(src), 0),
    inlineJs,
    requests: 1 + css.length + scripts.size,
  };
  return { ...row, firstView: row.html + row.css + row.js };
}

/** The classes a stylesheet has rules for, unescaped (".lg\\:px-2" is "lg:px-2"). */
export function styledClasses(css) {
  const classes = new Set();
  for (const [, name] of css.replace(/url\([^)]*\)|"[^"]*"/g, "").matchAll(/\.((?:\\.|[\w-])+)/g)) {
    classes.add(name.replace(/\\(.)/g, "$1"));
  }
  return classes;
}

/** What is over budget on a measured page (measurePage), one sentence each; empty if none. */
export function overBudget(row) {
  const over = [];
  const firstView = firstViewBudget(row.page);
  if (row.firstView > firstView)
    over.push(
      `${row.page}: first view ${kb(row.firstView)} is over the ${pageKind(row.page)} budget of ${kb(firstView)}`,
    );
  if (row.js + row.inlineJs > jsBudget(row.page))
    over.push(
      `${row.page}: JavaScript ${kb(row.js + row.inlineJs)} is over ${kb(jsBudget(row.page))}`,
    );
  if (row.requests > BUDGET.requests)
    over.push(`${row.page}: ${row.requests} requests, more than ${BUDGET.requests}`);
  return over;
}
