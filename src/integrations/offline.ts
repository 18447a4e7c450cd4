import type { AstroIntegration } from "astro";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import {
  generateSW,
  getManifest,
  type GenerateSWOptions,
  type ManifestTransform,
} from "workbox-build";

/** The page a reader gets, offline, for an address the worker never saved. */
export const OFFLINE_PAGE = "offline/";

/** The service worker's file name, at the top of the base path (its scope). */
export const WORKER_FILE = "sw.js";

/**
 * Query parameters that do not change the page, dropped before looking a request up in
 * the cache. Workbox's own defaults come first (the list replaces them, so they are
 * repeated); then Pagefind's cache-buster on its metadata (`?ts=`), its module retry
 * (`?retry=`, site-search.ts), the words a search result marks (`?highlight=`), and the
 * search page's query and filter, which its script reads from the address.
 */
export const IGNORED_PARAMETERS: RegExp[] = [
  /^utm_/,
  /^fbclid$/,
  /^ts$/,
  /^retry$/,
  /^highlight$/,
  /^q$/,
  /^kind$/,
];

/**
 * What the precache leaves out: the host's files, Pagefind's UI bundles (the site calls
 * Pagefind's API and styles results itself; about 420 KB it never loads), the sharing
 * cards and app icons (only link previews and installing fetch them, online) and the quiz
 * files and course packages for learning platforms (an educator downloads them online, to
 * upload them anyway), and the EPUB book (downloaded once, to read in an e-reader).
 */
const NOT_PRECACHED = [
  "_headers",
  "robots.txt",
  "sitemap-*.xml",
  "og/**",
  "icons/**",
  "quiz/export/**",
  "course/**",
  "downloads/**",
  "pagefind/pagefind-ui.*",
  "pagefind/pagefind-modular-ui.*",
  "pagefind/pagefind-component-ui.*",
];

/**
 * Pagefind writes a WebAssembly file per language family it knows, and one for "unknown";
 * the browser loads only those its index names. The others (about 55 KB each) stay out.
 */
async function unusedPagefindWasm(dir: string): Promise<string[]> {
  const entry: unknown = JSON.parse(
    await readFile(join(dir, "pagefind", "pagefind-entry.json"), "utf8").catch(() => {
      throw new Error(
        `${dir}/pagefind/pagefind-entry.json is missing: list offline() after pagefindIndex() in astro.config.mjs`,
      );
    }),
  );
  const languages =
    typeof entry === "object" && entry !== null && "languages" in entry
      ? Object.values(entry.languages as Record<string, { wasm?: unknown }>)
      : [];
  const used = languages.map((language) => language.wasm).filter((w) => typeof w === "string");
  if (used.length === 0) throw new Error("pagefind-entry.json names no WebAssembly file");
  // A glob that matches every wasm file except the ones in use.
  return [`pagefind/wasm.!(${used.join("|")}).pagefind`];
}

/**
 * The largest file the offline copy saves, in bytes (before compression). A larger one is
 * left out, named in the build log, and fetched online like any page never saved: the
 * build never fails for it. No page comes near it (the largest, a part of the guide, is
 * under 100 KB), so a file over it is a new page gathering too much, or a large download.
 */
export const MAX_PRECACHED_FILE = 512 * 1024;

/**
 * The files under `dir` the offline copy would save (all but NOT_PRECACHED and `ignore`)
 * that are larger than `limit` bytes, as paths relative to `dir`.
 */
export async function filesOver(
  dir: string,
  ignore: string[] = [],
  limit = MAX_PRECACHED_FILE,
): Promise<string[]> {
  const { manifestEntries } = await getManifest({
    globDirectory: dir,
    globPatterns: ["**/*"],
    globIgnores: [...NOT_PRECACHED, ...ignore, WORKER_FILE],
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
  });
  const over: string[] = [];
  for (const { url } of manifestEntries ?? []) {
    if ((await stat(join(dir, url))).size > limit) over.push(url);
  }
  return over.sort();
}

/**
 * Saves each page under its address ("chapters/benefits/"), not its file
 * ("chapters/benefits/index.html"): that is what readers ask for, and some hosts
 * (Cloudflare Pages) answer the file's name with a redirect to the address.
 */
const pageAddresses: ManifestTransform = (manifest) => ({
  manifest: manifest.map((entry) => ({
    ...entry,
    url: entry.url === "index.html" ? "./" : entry.url.replace(/(^|\/)index\.html$/, "$1"),
  })),
  warnings: [],
});

/**
 * Workbox's generateSW options for the built site in `dir`, with `ignore` left out of the
 * precache besides the usual files.
 */
export function workerOptions(dir: string, ignore: string[] = []): GenerateSWOptions {
  return {
    globDirectory: dir,
    globPatterns: ["**/*"],
    globIgnores: [...NOT_PRECACHED, ...ignore, WORKER_FILE],
    swDest: join(dir, WORKER_FILE),
    // Entries stay relative ("chapters/benefits/"): the worker resolves them against its
    // own address, so one list works at the root and under any base path.
    manifestTransforms: [pageAddresses],
    directoryIndex: "index.html",
    ignoreURLParametersMatching: IGNORED_PARAMETERS,
    // Astro names these by their content's hash: the name is the revision.
    dontCacheBustURLsMatching: /^_astro\//,
    // Files over it are left out before this (filesOver), so Workbox never has to.
    maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE,
    // A new deployment's worker takes over as soon as it has saved the changed files, and
    // removes the files the deployment no longer has. Every page comes from one list, so
    // no page mixes old text with new styles.
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // One file, no importScripts: nothing for the CSP to allow beyond 'self'.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: "production",
    // An address not saved (a new page, a typo): ask the network, so online it gets the
    // site's real 404; only when that fails, the saved offline page.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === "navigate",
        handler: "NetworkOnly",
        options: { precacheFallback: { fallbackURL: OFFLINE_PAGE } },
      },
    ],
  };
}

/**
 * What the worker saves: the number of files and their bytes, raw and gzipped, and the
 * files left out for their size (MAX_PRECACHED_FILE), relative to the site's folder.
 */
export interface PrecacheSize {
  count: number;
  bytes: number;
  gzipBytes: number;
  tooLarge: string[];
}

/**
 * Writes `sw.js` into the built site in `dir`: a Workbox worker that saves every page and
 * the files they need, and on a new deployment fetches only the files whose content
 * changed. The build and the browser tests' "new deployment" both call this, so the tests
 * exercise the real path. A file over MAX_PRECACHED_FILE is left out, not an error: it
 * is returned, for the build log. Returns what the worker saves.
 */
export async function writeServiceWorker(dir: string): Promise<PrecacheSize> {
  let files: string[] = [];
  const unused = await unusedPagefindWasm(dir);
  const tooLarge = await filesOver(dir, unused);
  const options = workerOptions(dir, [...unused, ...tooLarge]);
  const { count, size, warnings } = await generateSW({
    ...options,
    // Not a change to the list: a note of it, to report its gzipped size.
    manifestTransforms: [
      ...(options.manifestTransforms ?? []),
      (manifest) => {
        files = manifest.map((entry) => entry.url);
        return { manifest, warnings: [] };
      },
    ],
  });
  // Files too large were left out above, so a warning is something unforeseen: say so.
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join("\n")}`);
  let gzipBytes = 0;
  for (const url of files) {
    const file = url.endsWith("/") ? `${url}index.html` : url;
    gzipBytes += gzipSync(await readFile(join(dir, file))).length;
  }
  return { count, bytes: size, gzipBytes, tooLarge };
}

/**
 * Writes the service worker for offline reading after the build. Must come after the
 * Pagefind and search-words integrations, so their files are in the list.
 */
export default function offline(): AstroIntegration {
  return {
    name: "learning-together:offline",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { count, gzipBytes, tooLarge } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(
          `Wrote ${WORKER_FILE}: ${count} files saved for offline reading, ${(gzipBytes / 1024).toFixed(0)} KB gzip`,
        );
        if (tooLarge.length > 0) {
          logger.warn(
            `Left out of the offline copy, each over ${MAX_PRECACHED_FILE / 1024} KB (readers fetch them online): ${tooLarge.join(", ")}`,
          );
        }
      },
    },
  };
}
