// Reports what each built page makes a reader download on a first visit: HTML, CSS and
// JavaScript, gzipped, and how many requests that takes (the favicon aside), and fails when
// a page goes over its budget (tests/bench/budgets.mjs), at the root or under a base path:
//   npm run bench
//   node tests/bench/bytes.mjs dist-subpath /learning-together/
// The same budgets are checked in Chromium by tests/e2e/budget.spec.ts. It also fails when a
// page uses a class that has a rule in one of the site's stylesheets but not in the ones the
// page loads: each kind of page has a stylesheet of its own (src/styles/), and a component
// missing from its kind's @source list would otherwise lose its styles without a sound.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { BUDGET, FIRST_VIEW, firstViewBudget, pageKind } from "./budgets.mjs";

const dist = process.argv[2] ?? "dist";
/** The base path the build was made for: addresses in its pages start with it. */
const base = process.argv[3] ?? "/";
if (!existsSync(dist)) {
  console.error(`No ${dist}/ folder: run \`npm run build\` first.`);
  process.exit(1);
}

/** The classes a stylesheet has rules for, unescaped (".lg\\:px-2" is "lg:px-2"). */
function styledClasses(css) {
  const classes = new Set();
  for (const [, name] of css.replace(/url\([^)]*\)|"[^"]*"/g, "").matchAll(/\.((?:\\.|[\w-])+)/g)) {
    classes.add(name.replace(/\\(.)/g, "$1"));
  }
  return classes;
}

const everyStyledClass = new Set(
  readdirSync(join(dist, "_astro"))
    .filter((name) => name.endsWith(".css"))
    .flatMap((name) => [...styledClasses(readFileSync(join(dist, "_astro", name), "utf8"))]),
);

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** A script and every module it imports statically, as paths in dist/. */
function withImports(src, seen = new Set()) {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(dist, src), "utf8");
  for (const [, spec] of code.matchAll(
    /(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["']([^"']+)["']/g,
  )) {
    if (spec.startsWith(".")) withImports(posix.join(posix.dirname(src), spec), seen);
  }
  return seen;
}

const rows = [];
const over = [];
for (const file of htmlFiles(dist).sort()) {
  const html = readFileSync(file);
  const text = html.toString("utf8");
  const local = (pattern) =>
    [...new Set([...text.matchAll(pattern)].map((m) => m[1]))].map((src) =>
      `/${src}`.startsWith(base) ? `/${src}`.slice(base.length) : src,
    );
  const css = local(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g);
  const scripts = new Set(
    local(/<script[^>]+src="\/([^"]+)"/g).flatMap((src) => [...withImports(src)]),
  );
  const inlineJs = [
    ...text.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].reduce((sum, m) => sum + gz(Buffer.from(m[1])), 0);
  const row = {
    page: "/" + relative(dist, file).replace(/index\.html$/, ""),
    html: gz(html),
    css: css.reduce((sum, src) => sum + gz(readFileSync(join(dist, src))), 0),
    js: [...scripts].reduce((sum, src) => sum + gz(readFileSync(join(dist, src))), 0),
    inlineJs,
    requests: 1 + css.length + scripts.size,
  };
  row.firstView = row.html + row.css + row.js;
  const styled = new Set(
    css.flatMap((src) => [...styledClasses(readFileSync(join(dist, src), "utf8"))]),
  );
  const unstyled = [
    ...new Set([...text.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/))),
  ].filter((name) => name && everyStyledClass.has(name) && !styled.has(name));
  if (unstyled.length > 0)
    over.push(
      `${row.page}: its stylesheet has no rule for ${unstyled.join(", ")}: add the component that ` +
        "uses them to the @source list of the page's stylesheet in src/styles/",
    );
  rows.push(row);
  const firstView = firstViewBudget(row.page);
  if (row.firstView > firstView)
    over.push(
      `${row.page}: first view ${kb(row.firstView)} is over the ${pageKind(row.page)} budget of ${kb(firstView)}`,
    );
  if (row.js + row.inlineJs > BUDGET.js)
    over.push(`${row.page}: JavaScript ${kb(row.js + row.inlineJs)} is over ${kb(BUDGET.js)}`);
  if (row.requests > BUDGET.requests)
    over.push(`${row.page}: ${row.requests} requests, more than ${BUDGET.requests}`);
}

console.log("Gzipped bytes of a first visit to each page (KB = 1,024 bytes; the CSS file and");
console.log("script files are cached for later pages; inline JS is part of the HTML):\n");
const columns = ["page", "html", "css", "js files", "inline js", "first view", "requests"];
console.log(columns.map((c, i) => (i === 0 ? c.padEnd(36) : c.padStart(11))).join(""));
for (const r of rows) {
  console.log(
    [
      r.page.padEnd(36),
      ...[r.html, r.css, r.js, r.inlineJs, r.firstView].map((n) => kb(n).padStart(11)),
      String(r.requests).padStart(11),
    ].join(""),
  );
}
const total = rows.reduce((sum, r) => sum + r.firstView, 0);
const largest = rows.reduce((a, b) => (b.firstView > a.firstView ? b : a));
console.log(
  `\nLargest first visit: ${largest.page} ${kb(largest.firstView)}; all pages together: ${kb(total)}`,
);
if (over.length > 0) {
  console.error(`\nOver budget, or missing styles:\n${over.join("\n")}`);
  process.exit(1);
}
const kinds = Object.entries(FIRST_VIEW).map(([kind, bytes]) => `${kind} ${kb(bytes)}`);
console.log(
  `All pages are within budget: first view ${kinds.join(", ")}; ` +
    `${kb(BUDGET.js)} JavaScript; ${BUDGET.requests} requests.`,
);
