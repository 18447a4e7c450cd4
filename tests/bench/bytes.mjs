// Reports what each built page makes a reader download: HTML, CSS and JavaScript, raw and
// gzipped, and fails when a page goes over its budget. Run after `npm run build`:
//   npm run bench
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

/** Gzipped bytes a page may ship, by kind. JavaScript is for enhancement only. */
const BUDGET = { html: 14_000, css: 12_000, js: 6_000 };

const dist = "dist";
if (!existsSync(dist)) {
  console.error("No dist/ folder: run `npm run build` first.");
  process.exit(1);
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const rows = [];
const over = [];
for (const file of htmlFiles(dist).sort()) {
  const html = readFileSync(file);
  const text = html.toString("utf8");
  const assets = (pattern) =>
    [...new Set([...text.matchAll(pattern)].map((m) => m[1]))].map((src) =>
      readFileSync(join(dist, src)),
    );
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g);
  const js = assets(/<script[^>]+src="(\/[^"]+)"/g);
  const inlineJs = [
    ...text.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map((m) => Buffer.from(m[1]));
  const row = {
    page: "/" + relative(dist, file).replace(/index\.html$/, ""),
    html: gz(html),
    css: css.reduce((sum, b) => sum + gz(b), 0),
    js: [...js, ...inlineJs].reduce((sum, b) => sum + gz(b), 0),
    jsFiles: js.length,
  };
  rows.push(row);
  for (const kind of ["html", "css", "js"]) {
    if (row[kind] > BUDGET[kind])
      over.push(
        `${row.page}: ${kind} ${kind === "js" ? "" : ""}${kb(row[kind])} is over the ${kb(BUDGET[kind])} budget`,
      );
  }
}

console.log("Gzipped bytes per page (CSS and JS files are cached across pages):\n");
console.log(
  [
    "page".padEnd(36),
    "html".padStart(9),
    "css".padStart(9),
    "js".padStart(9),
    "js files".padStart(9),
  ].join(""),
);
for (const r of rows) {
  console.log(
    [
      r.page.padEnd(36),
      kb(r.html).padStart(9),
      kb(r.css).padStart(9),
      kb(r.js).padStart(9),
      String(r.jsFiles).padStart(9),
    ].join(""),
  );
}
const total = rows.reduce((sum, r) => sum + r.html + r.css + r.js, 0);
console.log(
  `\nLargest first visit: ${kb(Math.max(...rows.map((r) => r.html + r.css + r.js)))}; all pages together: ${kb(total)}`,
);
if (over.length > 0) {
  console.error(`\nOver budget:\n${over.join("\n")}`);
  process.exit(1);
}
console.log("All pages are within budget.");
