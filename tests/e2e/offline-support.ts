import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { writeServiceWorker } from "../../src/integrations/offline.ts";
import {
  answerByKeyboard,
  openQuiz,
  questionBox,
  questionsOf,
  reachQuiz,
  type YamlQuestion,
} from "./quiz-support.ts";
import { recordCspViolations } from "./support.ts";

/*
 * The offline checks, shared by the root build (offline.spec.ts) and the build under a base
 * path (offline-sub-path.spec.ts). Addresses are relative, so they resolve under the
 * project's baseURL.
 */

/**
 * Waits until a service worker controls the page: it has saved every file in its list
 * (install), taken over (activate) and claimed the pages already open.
 */
export async function waitForWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    () => navigator.serviceWorker.controller?.state === "activated",
    null,
    {
      timeout: 30_000,
    },
  );
}

/** The header's Search button, the dialog it opens and the dialog's results. */
function search(page: Page) {
  const dialog = page.getByRole("dialog", { name: "Search" });
  return {
    button: page.getByRole("banner").getByRole("button", { name: "Search" }),
    box: dialog.getByRole("searchbox", { name: "Search the chapters" }),
    results: dialog.getByRole("list", { name: "Search results" }),
  };
}

/** The site's styles applied: the header is laid out, not raw HTML. */
export async function expectStyled(page: Page): Promise<void> {
  await expect(page.getByRole("banner")).toHaveCSS("border-bottom-style", "solid");
}

/**
 * After one visit, with the connection off: another chapter, search (the dialog and the
 * search page, and a result opened with its words marked), a quiz answer kept over a
 * reload, and a never-saved address answered by the offline page. No CSP violation.
 */
export async function readsOfflineAfterOneVisit(page: Page, context: BrowserContext, base: string) {
  const violations = await recordCspViolations(page);
  await page.goto("chapters/learning-together/");
  await waitForWorker(page);
  await context.setOffline(true);

  await page.goto("chapters/benefits/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Why learning from specialists works",
  );
  await expectStyled(page);

  // Search from the header: the dialog reads the search page, its script and the index.
  const { button, box, results } = search(page);
  await button.click();
  await box.fill("pillow");
  const first = results.getByRole("link").first();
  await expect(first).toHaveAttribute("href", new RegExp(`^${base}chapters/venepuncture/`));
  // A result's address carries ?highlight=…, which the worker ignores when matching.
  await first.click();
  await expect(page).toHaveURL(/\/chapters\/venepuncture\/\?highlight=pillow/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "A first venepuncture, taught by a healthcare assistant",
  );
  await expect(page.locator("mark").first()).toHaveText(/^pillow/i);

  // The search page, with its query in the address.
  await page.goto("search/?q=delegate");
  await expect(
    page.getByRole("list", { name: "Search results" }).getByRole("link").first(),
  ).toHaveAttribute("href", new RegExp(`^${base}chapters/`));

  // A quiz answer is saved, and still there after a reload.
  const q = questionsOf("benefits").find((x) => x.type !== "order") as YamlQuestion;
  // The quiz's code, which loads as the reader nears the quiz, comes from the offline copy.
  await openQuiz(page, "chapters/benefits/");
  await answerByKeyboard(page, questionBox(page, q), q, true);
  await expect(questionBox(page, q).getByRole("status")).toContainText(/^Correct\./);
  await page.reload();
  await reachQuiz(page);
  await expect(questionBox(page, q).getByRole("status")).toContainText(/^Correct\./);

  // The references.
  await page.goto("references/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("References");

  // An address never saved: the offline page, with every chapter one link away.
  await page.goto("chapters/no-such-chapter/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're offline");
  await expect(page.getByText("this page was not saved for reading offline")).toBeVisible();
  await expectStyled(page);
  await page
    .getByRole("main")
    .getByRole("link", { name: "Building an environment for learning together" })
    .click();
  await expect(page).toHaveURL(new RegExp(`${base}chapters/learning-environment/$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Building an environment for learning together",
  );

  expect(violations).toEqual([]);
}

/** Online, with the worker in control, a missing page is still the site's real 404. */
export async function missingPageIs404Online(page: Page) {
  await page.goto("chapters/learning-together/");
  await waitForWorker(page);
  const response = await page.goto("no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
}

/** A free port on this machine, for a server the test owns. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** A copy of a build, served under `base` by the test's own static host. */
export interface Deployment {
  /** The copy's folder: change it, then `redeploy()`. */
  dir: string;
  /** The address of `path` (a site path without its leading "/") on the test's host. */
  url(path: string): string;
  /** Writes the service worker again for the changed copy, as a new build would. */
  redeploy(): Promise<void>;
  /** The site paths (with their queries) the host has been asked for, oldest first. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Copies the built site in `build` to a folder of its own and serves it under `base` (the
 * tests that read dist/ in parallel never see the change), with its `_headers` applied.
 */
export async function deployCopy(build: string, base: string): Promise<Deployment> {
  const root = await mkdtemp(join(tmpdir(), "offline-deploy-"));
  const dir = join(root, "site");
  await cp(build, dir, { recursive: true });
  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    ["tests/support/static-server.mjs", String(port), `${base}=${dir}`],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, STATIC_SERVER_LOG: "1" } },
  );
  const requests: string[] = [];
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    let pending = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith("Serving ")) resolve();
        else if (line.startsWith(`request ${base}`)) requests.push(line.slice(8 + base.length));
      }
    });
  });
  return {
    dir,
    url: (path) => `http://127.0.0.1:${port}${base}${path}`,
    redeploy: async () => void (await writeServiceWorker(dir)),
    requests,
    close: async () => {
      server.kill();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Replaces the first paragraph of a built page with `sentence`; returns the old text. */
export async function changeFirstParagraph(file: string, sentence: string): Promise<string> {
  const html = await readFile(file, "utf8");
  const match = /<p>([^<]{40,})<\/p>/.exec(html);
  if (!match?.[1]) throw new Error(`${file} has no plain paragraph to change`);
  await writeFile(file, html.replace(match[0], `<p>${sentence}</p>`));
  return match[1];
}

/**
 * Gives the stylesheet that `page` loads new content under a new name, as a deployment with
 * changed styles does, and points every page that loads it at the new name; the old file is
 * gone from the host.
 */
export async function changeStylesheet(
  dir: string,
  rule: string,
  page = "chapters/benefits/index.html",
): Promise<void> {
  const assets = join(dir, "_astro");
  // Each kind of page has its own stylesheet: change the one this page loads.
  const linked = /<link[^>]+rel="stylesheet"[^>]+href="[^"]*_astro\/([^"]+\.css)"/.exec(
    await readFile(join(dir, page), "utf8"),
  );
  const old = linked?.[1];
  if (!old) throw new Error(`${join(dir, page)} links no stylesheet in _astro/`);
  const renamed = old.replace(/\.css$/, "-next.css");
  await writeFile(join(assets, old), `${await readFile(join(assets, old), "utf8")}\n${rule}\n`);
  await rename(join(assets, old), join(assets, renamed));
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith(".html"))) {
    const file = join(entry.parentPath, entry.name);
    const html = await readFile(file, "utf8");
    if (html.includes(old)) await writeFile(file, html.replaceAll(old, renamed));
  }
}

/**
 * A new deployment reaches a reader who has the site saved: after one changed sentence,
 * the worker fetches that page and nothing else, and the next navigation after it takes
 * over shows the new sentence; after a changed stylesheet (a new name, the old one gone),
 * every page comes with the new styles, never unstyled. Then offline, the new text stays.
 */
export async function newDeploymentArrives(
  page: Page,
  context: BrowserContext,
  build: string,
  base: string,
) {
  // It copies a build and writes a new worker with Workbox, twice the work of a usual test:
  // under a loaded two-core machine that has passed the default minute.
  test.slow();
  const site = await deployCopy(build, base);
  try {
    const violations = await recordCspViolations(page);
    // A count the test can wait on: how many times a worker has taken over a page of this
    // tab. Kept in sessionStorage, because the browser may check for the new worker while
    // the previous page is still open (a check it scheduled on that page's visit), and
    // then the takeover happens there, before the next navigation.
    await page.addInitScript(() => {
      navigator.serviceWorker.addEventListener("controllerchange", () => {
        const count = Number(sessionStorage.getItem("test-worker-takeovers") ?? "0");
        sessionStorage.setItem("test-worker-takeovers", String(count + 1));
      });
    });
    const takeovers = () =>
      page.evaluate(() => Number(sessionStorage.getItem("test-worker-takeovers") ?? "0"));
    const nextWorker = async (before: number) => {
      await expect.poll(takeovers, { timeout: 30_000 }).toBeGreaterThan(before);
    };
    await page.goto(site.url("chapters/benefits/"));
    await waitForWorker(page);
    const chapter = join(site.dir, "chapters", "benefits", "index.html");

    // A new deployment changes one sentence of one chapter.
    const sentence = "This sentence arrived with the second deployment.";
    let before = await takeovers();
    site.requests.length = 0;
    const old = await changeFirstParagraph(chapter, sentence);
    await site.redeploy();
    // The reader moves on; on each navigation the browser checks for a new worker.
    await page.goto(site.url("chapters/learning-together/"));
    await nextWorker(before);
    await page.goto(site.url("chapters/benefits/"));
    await expect(page.getByText(sentence)).toBeVisible();
    await expect(page.getByText(old)).toHaveCount(0);
    await expectStyled(page);
    // Only the worker itself and the changed page came over the network.
    expect(
      site.requests.filter((path) => path !== "sw.js").map((path) => path.split("?")[0]),
    ).toEqual(["chapters/benefits/"]);

    // A deployment with new styles: the chapters' stylesheet under a new name in every page
    // that loads it, the old file gone.
    before = await takeovers();
    site.requests.length = 0;
    await changeStylesheet(site.dir, "header { border-bottom-style: dashed; }");
    await site.redeploy();
    await page.goto(site.url("references/"));
    await nextWorker(before);
    // Every chapter loads the changed stylesheet; the home page has its own, unchanged.
    for (const path of ["chapters/benefits/", "chapters/venepuncture/"]) {
      await page.goto(site.url(path));
      await expect(page.getByRole("banner")).toHaveCSS("border-bottom-style", "dashed");
    }
    await page.goto(site.url(""));
    await expectStyled(page);
    const fetched = site.requests.map((path) => path.split("?")[0] ?? "");
    expect(fetched.filter((path) => path.endsWith(".css"))).toEqual([
      expect.stringMatching(/-next\.css$/),
    ]);
    // The scripts and the search index did not change, so they were not fetched again.
    expect(fetched.filter((path) => path.endsWith(".js") && path !== "sw.js")).toEqual([]);
    expect(fetched.filter((path) => path.startsWith("pagefind/"))).toEqual([]);

    // Offline, the saved copy is the new one.
    await context.setOffline(true);
    await page.goto(site.url("chapters/benefits/"));
    await expect(page.getByText(sentence)).toBeVisible();
    await expect(page.getByRole("banner")).toHaveCSS("border-bottom-style", "dashed");
    expect(violations).toEqual([]);
  } finally {
    await context.setOffline(false);
    await site.close();
  }
}

/** A PNG's width and height, read from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = "89504e470d0a1a0a";
  if (
    bytes.subarray(0, 8).toString("hex") !== signature ||
    bytes.toString("latin1", 12, 16) !== "IHDR"
  ) {
    throw new Error("not a PNG");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The site can be installed: the home page links a manifest, served as one, whose start
 * address and scope are the base path, with PNG icons of the sizes it names (192 and 512,
 * and a maskable 512), and Chromium finds nothing in the way of installing it.
 */
export async function installs(page: Page, context: BrowserContext, base: string) {
  await page.goto("");
  const link = page.locator('link[rel="manifest"]');
  await expect(link).toHaveAttribute("href", `${base}manifest.webmanifest`);
  const response = await page.request.get(`${base}manifest.webmanifest`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({
    name: "Learning Together",
    display: "standalone",
    start_url: base,
    scope: base,
    theme_color: "#0b5d7a",
    background_color: "#ffffff",
  });
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  const icons = [];
  for (const icon of manifest.icons) {
    expect(icon.src.startsWith(base), icon.src).toBe(true);
    const image = await page.request.get(icon.src);
    expect(image.headers()["content-type"]).toBe("image/png");
    const { width, height } = pngSize(await image.body());
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    icons.push(`${icon.sizes} ${icon.purpose}`);
  }
  expect(icons.sort()).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);

  // iOS reads its home screen icon from a link of its own.
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  expect(touch?.startsWith(base)).toBe(true);
  expect(pngSize(await (await page.request.get(touch ?? "")).body())).toEqual({
    width: 180,
    height: 180,
  });
  // The browser's bars follow the reader's colour scheme.
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);

  // What Chromium itself checks before it offers to install the site. Every test runs in
  // a private (incognito) context, where Chromium never installs: that one reason aside.
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(
    installabilityErrors.map((error) => error.errorId).filter((id) => id !== "in-incognito"),
  ).toEqual([]);
}
