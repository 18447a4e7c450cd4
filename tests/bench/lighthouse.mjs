// Lighthouse, mobile, on the pages the performance budget names: the four category scores,
// Cumulative Layout Shift and the main timings, from the median of RUNS runs per page (3
// unless set), as Lighthouse's own advice on variability suggests: on a two-core machine one
// run's Total Blocking Time swings by 100 ms. Reports only: timings vary with the machine,
// so they are never asserted (tests/e2e/budget.spec.ts checks bytes, requests and layout
// shift deterministically). Serves dist/ itself, so run it after `npm run build`:
//   npm run bench:lighthouse
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const PAGES = process.env["PAGES"]
  ? process.env["PAGES"].split(",")
  : ["/", "/chapters/venepuncture/", "/quiz/", "/references/", "/search/"];
const PORT = 4329;
const RUNS = Number(process.env["RUNS"] ?? 3);

if (!existsSync("dist")) {
  console.error("No dist/ folder: run `npm run build` first.");
  process.exit(1);
}
const chromePath =
  process.env["CHROME_PATH"] ?? process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

// The stand-in static host the browser tests use, so the CSP header applies as deployed.
const server = spawn("node", ["tests/support/static-server.mjs", String(PORT), "/=dist"], {
  stdio: "ignore",
});
await new Promise((resolve) => setTimeout(resolve, 500));

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const rows = [];
try {
  for (const path of PAGES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      runs.push(result.lhr);
    }
    // The run with the median performance score; the other categories do not vary.
    runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const { categories, audits } = runs[Math.floor(runs.length / 2)];
    rows.push({
      page: path,
      performance: categories.performance.score * 100,
      accessibility: categories.accessibility.score * 100,
      "best practices": categories["best-practices"].score * 100,
      seo: categories.seo.score * 100,
      CLS: audits["cumulative-layout-shift"].numericValue,
      "FCP ms": Math.round(audits["first-contentful-paint"].numericValue),
      "LCP ms": Math.round(audits["largest-contentful-paint"].numericValue),
      "TBT ms": Math.round(audits["total-blocking-time"].numericValue),
    });
  }
} finally {
  chrome.kill();
  server.kill();
}
console.log(
  `Lighthouse 12, mobile (simulated slow 4G and a mid-range phone), median of ${RUNS} runs:`,
);
console.table(rows);
