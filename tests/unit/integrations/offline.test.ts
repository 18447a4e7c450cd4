import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  IGNORED_PARAMETERS,
  MAX_PRECACHED_FILE,
  writeServiceWorker,
} from "~/integrations/offline.ts";

/** A built site in miniature: the kinds of file dist/ holds. */
const SITE: Record<string, string> = {
  "index.html": "<h1>Home</h1>",
  "404.html": "<h1>Page not found</h1>",
  "offline/index.html": "<h1>You're offline</h1>",
  "chapters/benefits/index.html": "<p>First text.</p>",
  "chapters/venepuncture/index.html": "<p>Other text.</p>",
  "_astro/index.AbC123.css": "body{}",
  "_astro/page.XyZ789.js": "1",
  "search-words.json": "{}",
  "manifest.webmanifest": "{}",
  "pagefind/pagefind-entry.json": JSON.stringify({
    version: "1.6.0",
    languages: { "en-gb": { hash: "en-gb_1", wasm: "en-gb", page_count: 2 } },
  }),
  "pagefind/pagefind.js": "1",
  "pagefind/pagefind-worker.js": "1",
  "pagefind/pagefind-highlight.js": "1",
  "pagefind/wasm.en-gb.pagefind": "1",
  "pagefind/wasm.unknown.pagefind": "1",
  "pagefind/pagefind-ui.js": "1",
  "pagefind/pagefind-ui.css": "1",
  "pagefind/pagefind-modular-ui.js": "1",
  "pagefind/pagefind-component-ui.js": "1",
  "pagefind/fragment/en-gb_1.pf_fragment": "1",
  "og/home.png": "1",
  "icons/icon-512.png": "1",
  "quiz/export/all-chapters.canvas-qti.zip": "1",
  _headers: "/*\n  X: y\n",
  "robots.txt": "",
  "sitemap-0.xml": "",
};

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "offline-unit-"));
  for (const [path, text] of Object.entries(SITE)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The precache list in the written sw.js: address → revision (null for hashed names). */
async function precached(): Promise<Map<string, string | null>> {
  const worker = await readFile(join(dir, "sw.js"), "utf8");
  const entries = [...worker.matchAll(/\{url:"([^"]+)",revision:(null|"[^"]+")\}/g)];
  return new Map(entries.map(([, url, revision]) => [url ?? "", JSON.parse(revision ?? "null")]));
}

describe("writeServiceWorker", () => {
  it("saves every page by its address, and what pages load, but not the unused files", async () => {
    const { count, tooLarge } = await writeServiceWorker(dir);
    expect(tooLarge).toEqual([]);
    const urls = [...(await precached()).keys()].sort();
    expect(urls).toEqual([
      "./",
      "404.html",
      "_astro/index.AbC123.css",
      "_astro/page.XyZ789.js",
      "chapters/benefits/",
      "chapters/venepuncture/",
      "manifest.webmanifest",
      "offline/",
      "pagefind/fragment/en-gb_1.pf_fragment",
      "pagefind/pagefind-entry.json",
      "pagefind/pagefind-highlight.js",
      "pagefind/pagefind-worker.js",
      "pagefind/pagefind.js",
      "pagefind/wasm.en-gb.pagefind",
      "search-words.json",
    ]);
    expect(count).toBe(urls.length);
  });

  it("after a change to one page, gives only that page a new revision", async () => {
    await writeServiceWorker(dir);
    const before = await precached();
    await writeFile(join(dir, "chapters/benefits/index.html"), "<p>New text.</p>");
    await writeServiceWorker(dir);
    const after = await precached();
    const changed = [...after].filter(([url, revision]) => before.get(url) !== revision);
    expect(changed.map(([url]) => url)).toEqual(["chapters/benefits/"]);
    // Hashed names need no revision: a new file has a new name.
    expect(after.get("_astro/index.AbC123.css")).toBeNull();
  });

  it("leaves out a file over the size limit and names it, instead of failing the build", async () => {
    const big = "x".repeat(MAX_PRECACHED_FILE + 1);
    await mkdir(join(dir, "guide"), { recursive: true });
    await writeFile(join(dir, "guide/index.html"), big);
    // A file at the limit is still saved; one already left out is not named again.
    await writeFile(join(dir, "chapters/benefits/index.html"), "x".repeat(MAX_PRECACHED_FILE));
    await writeFile(join(dir, "quiz/export/all-chapters.canvas-qti.zip"), big);
    const { tooLarge, count } = await writeServiceWorker(dir);
    expect(tooLarge).toEqual(["guide/index.html"]);
    const urls = [...(await precached()).keys()];
    expect(urls).not.toContain("guide/");
    expect(urls).toContain("chapters/benefits/");
    expect(count).toBe(urls.length);
  });

  it("answers a failed navigation with the offline page, and takes over at once", async () => {
    await writeServiceWorker(dir);
    const worker = await readFile(join(dir, "sw.js"), "utf8");
    expect(worker).toContain('fallbackURL:"offline/"');
    expect(worker).toMatch(/skipWaiting\(\)/);
    expect(worker).toMatch(/clients\.claim\(\)/);
    // One file: nothing imported that the CSP would have to allow.
    expect(worker).not.toContain("importScripts");
  });
});

describe("IGNORED_PARAMETERS", () => {
  const ignored = (name: string) => IGNORED_PARAMETERS.some((pattern) => pattern.test(name));

  it("keeps Workbox's defaults and adds Pagefind's and the site's own", () => {
    for (const name of ["utm_source", "fbclid", "ts", "retry", "highlight", "q", "kind"]) {
      expect(ignored(name), name).toBe(true);
    }
  });

  it("leaves other parameters alone", () => {
    for (const name of ["page", "tsx", "highlights", "query"])
      expect(ignored(name), name).toBe(false);
  });
});
