// Reports what each built page makes a reader download on a first visit: HTML, CSS and
// JavaScript, gzipped, and how many requests that takes (the favicon aside), and fails when
// a page goes over its budget (tests/bench/budgets.mjs), at the root or under a base path:
//   npm run bench
//   node tests/bench/bytes.mjs dist-subpath /learning-together/
// The same budgets are checked in Chromium by tests/e2e/budget.spec.ts. It also fails when a
// page uses a class that has a rule in one of the site's stylesheets but not in the ones the
// page loads: each kind of page has a stylesheet of its own (src/styles/), and a component
// missing from its kind's @source list would otherwise lose its styles without a sound.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { BUDGET, FIRST_VIEW, JS } from "./budgets.mjs";
import { htmlFiles, kb, measurePage, overBudget, styledClasses } from "./page-weight.mjs";

const dist = process.argv[2] ?? "dist";
/** The base path the build was made for: addresses in its pages start with it. */
const base = process.argv[3] ?? "/";
if (!existsSync(dist)) {
  console.error(`No ${dist}/ folder: run \`npm run build\` first.`);
  process.exit(1);
}

const stylesheets = new Map(
  readdirSync(join(dist, "_astro"))
    .filter((name) => name.endsWith(".css"))
    .map((name) => [
      `_astro/${name}`,
      styledClasses(readFileSync(join(dist, "_astro", name), "utf8")),
    ]),
);
const everyStyledClass = new Set([...stylesheets.values()].flatMap((classes) => [...classes]));

const rows = [];
const over = [];
const cache = new Map();
for (const file of htmlFiles(dist).sort()) {
  const text = readFileSync(file, "utf8");
  const row = measurePage(dist, file, base, cache, text);
  rows.push(row);
  over.push(...overBudget(row));
  const styled = new Set(
    [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="[^"]*?(_astro\/[^"]+\.css)"/g)].flatMap(
      (m) => [...(stylesheets.get(m[1]) ?? [])],
    ),
  );
  const unstyled = [
    ...new Set([...text.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/))),
  ].filter((name) => name && everyStyledClass.has(name) && !styled.has(name));
  if (unstyled.length > 0)
    over.push(
      `${row.page}: its stylesheet has no rule for ${unstyled.join(", ")}: add the component that ` +
        "uses them to the @source list of the page's stylesheet in src/styles/",
    );
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
    `${kb(BUDGET.js)} JavaScript (search page ${kb(JS.search)}); ${BUDGET.requests} requests.`,
);
