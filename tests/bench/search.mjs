// What search costs the reader who uses it: the gzipped bytes and requests of opening the
// search dialog on a chapter and running a first query, measured in Chromium against the
// built site (nothing of search may load before that: tests/e2e/search-dialog.spec.ts).
// Fails over the budget. Run after `npm run build`:
//   npm run bench
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { systemChromium } from "../support/chromium.mjs";
import { SEARCH_BUDGET as BUDGET } from "./budgets.mjs";

const QUERY = "pillow";
const dist = process.argv[2] ?? "dist";
/** The base path the build was made for (`dist-subpath /learning-together/`). */
const base = process.argv[3] ?? "/";

if (!existsSync(dist)) {
  console.error(`No ${dist}/ folder: run \`npm run build\` first.`);
  process.exit(1);
}

/** A port nothing listens on, so the benchmark can run beside the tests' own servers. */
async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === "object" && address ? address.port : 4331;
}

const PORT = Number(process.env["SEARCH_BENCH_PORT"] ?? (await freePort()));
const server = spawn("node", ["tests/support/static-server.mjs", String(PORT), `${base}=${dist}`], {
  stdio: "ignore",
});
await new Promise((resolve) => setTimeout(resolve, 500));
const executablePath = process.env["CHROMIUM_PATH"] ?? systemChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ["--disable-background-networking"],
});
const loads = [];
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}${base}chapters/benefits/`, {
    waitUntil: "networkidle",
  });
  page.on("response", async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    loads.push({
      path: new URL(response.url()).pathname,
      bytes: gzipSync(body, { level: 9 }).length,
    });
  });
  await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
  await page.getByRole("dialog", { name: "Search" }).getByRole("searchbox").focus();
  await page.keyboard.type(QUERY);
  await page
    .getByRole("dialog", { name: "Search" })
    .getByRole("status")
    .filter({ hasText: /match/ })
    .waitFor();
  await page.waitForLoadState("networkidle");
} finally {
  await browser.close();
  server.kill();
}
const total = loads.reduce((sum, load) => sum + load.bytes, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\nOpening search on a chapter of ${dist}/ and searching for "${QUERY}" (gzipped):\n`);
for (const load of loads) console.log(`${kb(load.bytes).padStart(9)}  ${load.path}`);
console.log(`${kb(total).padStart(9)}  in ${loads.length} requests (budget ${kb(BUDGET)})`);
if (total > BUDGET) {
  console.error(`Over budget: search costs ${kb(total)}, more than ${kb(BUDGET)}.`);
  process.exit(1);
}
