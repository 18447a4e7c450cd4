// Reports what each built page makes a reader download on a first visit: HTML, CSS and
// JavaScript, gzipped, and how many requests that takes (the favicon aside), and fails when
// a page goes over its budget. Run after `npm run build`:
//   npm run bench
// The same budgets are checked in Chromium by tests/e2e/budget.spec.ts. Another build can
// be measured against them too, for information (it does not fail):
//   node tests/bench/bytes.mjs dist-subpath /learning-together/
import { existsSync } from "node:fs";
import { BUDGET, firstViewBudget } from "./budgets.mjs";
import { htmlFiles, kb, measurePage } from "./page-weight.mjs";

const dist = process.argv[2] ?? "dist";
/** The base path the build was made for: addresses in its pages start with it. */
const base = process.argv[3] ?? "/";
/** The budget holds for the site at the root, as it was set; other builds are reported. */
const enforce = process.argv[2] === undefined;
if (!existsSync(dist)) {
  console.error(`No ${dist}/ folder: run \`npm run build\` first.`);
  process.exit(1);
}

const rows = [];
const over = [];
for (const file of htmlFiles(dist).sort()) {
  const row = measurePage(dist, file, base);
  rows.push(row);
  const firstView = firstViewBudget(row.page);
  if (row.firstView > firstView)
    over.push(`${row.page}: first view ${kb(row.firstView)} is over ${kb(firstView)}`);
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
  console.error(`\nOver budget${enforce ? "" : " (reported only)"}:\n${over.join("\n")}`);
  if (enforce) process.exit(1);
} else
  console.log(
    `All pages are within budget (${kb(BUDGET.firstView)} first view, ${kb(BUDGET.js)} JavaScript, ${BUDGET.requests} requests).`,
  );
