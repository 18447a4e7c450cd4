import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { systemChromium } from "./tests/support/chromium.mjs";

/**
 * The browser: an explicit CHROMIUM_PATH first, then Playwright's own Chromium where it is
 * installed (a developer's laptop), then Debian's (CI): its headless shell runs this suite in
 * half the time of the full browser (195 s against 397 s on 2 cores), which it falls back to.
 */
function chromiumPath(): string | undefined {
  if (process.env["CHROMIUM_PATH"]) return process.env["CHROMIUM_PATH"];
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return undefined;
  } catch {
    // Playwright's browser is not installed: fall through to the system one.
  }
  return systemChromium();
}

/**
 * `astro preview` serves the root build (dist/). E2E_PORT and E2E_HOST_PORT move both
 * servers, so two checkouts can run their browser tests side by side.
 */
const port = Number(process.env["E2E_PORT"] ?? 4321);
/**
 * A stand-in static host serves the sub-path build (dist-subpath/) under
 * /learning-together/, with its _headers applied, and the root build beside it at /, as
 * GitHub Pages serves a user site and a project site on one origin.
 */
const hostPort = Number(process.env["E2E_HOST_PORT"] ?? 4322);
const executablePath = chromiumPath();

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env["CI"],
  retries: 0,
  // Axe over the longest pages (every quiz on /quiz/) takes a while on a 2-core machine.
  timeout: 60_000,
  workers: 2,
  reporter: process.env["CI"] ? [["list"], ["json", { outputFile: "reports/e2e.json" }]] : "list",
  use: {
    ...devices["Desktop Chrome"],
    // Every page registers the offline worker, which then saves the whole site: in every
    // test's fresh browser that is 66 downloads nobody reads. The offline specs allow it.
    serviceWorkers: "block",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "root",
      testIgnore: /sub-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${port}` },
    },
    {
      name: "sub-path",
      testMatch: /sub-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${hostPort}/learning-together/` },
    },
  ],
  // Tests run against production builds, never the dev server. `npm test` builds both
  // first; the servers are started from node_modules/.bin and node so they are the real
  // processes Playwright stops at the end.
  webServer: [
    {
      command: `node_modules/.bin/astro preview --port ${port} --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env["CI"],
      timeout: 60_000,
    },
    {
      command: `node tests/support/static-server.mjs ${hostPort} /=dist /learning-together/=dist-subpath`,
      url: `http://127.0.0.1:${hostPort}/learning-together/`,
      reuseExistingServer: !process.env["CI"],
      timeout: 60_000,
    },
  ],
});
