// @ts-check
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig, envField } from "astro/config";
import hostHeaders from "./src/integrations/host-headers.ts";
import epubBook from "./src/integrations/epub-book.ts";
import guidePdf from "./src/integrations/guide-pdf.ts";
import offline from "./src/integrations/offline.ts";
import oneScriptPerPage from "./src/integrations/one-script-per-page.ts";
import pageCsp from "./src/integrations/page-csp.ts";
import pagefindIndex from "./src/integrations/pagefind.ts";
import scormPackages from "./src/integrations/scorm-packages.ts";
import searchWords from "./src/integrations/search-words.ts";
import { CSP_DIRECTIVES, frameAncestors, FrameAncestorsError } from "./src/lib/site/csp.ts";
import { compactScript } from "./src/lib/site/inline-script.ts";
import { joinBase } from "./src/lib/address/paths.ts";
import { rehypeBaseLinks } from "./src/lib/markdown/rehype-base-links.ts";
import { rehypeSectionLinks } from "./src/lib/markdown/rehype-section-links.ts";
import { remarkCitations } from "./src/lib/markdown/remark-citations.ts";
import { remarkGlossary } from "./src/lib/markdown/remark-glossary.ts";
import { remarkHeadingIds } from "./src/lib/markdown/remark-heading-ids.ts";
import { repositoryLinks, RepositoryError } from "./src/lib/address/repository.ts";
import { quizAttempts, QuizAttemptsError } from "./src/lib/exports/types.ts";
import {
  addressReport,
  resolveSiteAddress,
  SiteAddressError,
} from "./src/lib/address/site-address.ts";

// The no-flash theme script must run inline, so the CSP needs its hash. Hash the same
// file the layout inlines, so the two can never drift apart.
const themeInit = compactScript(
  readFileSync(new URL("./src/scripts/theme-init.js", import.meta.url), "utf8"),
);
const themeInitHash = `sha256-${createHash("sha256").update(themeInit).digest("base64")}`;

// Where the site is published: SITE_URL, or else the host's own variable (Netlify,
// Cloudflare Pages, Vercel), for its origin, and BASE_PATH for the folder under it.
// Canonical links, sharing tags, the sitemap and "Cite this page" need the real address;
// without one they are left out, never filled with an invented one.
// A wrong setting stops the build here, with a message saying what to set instead.
let address;
try {
  const { REPO_URL, REPO_BRANCH } = process.env;
  // SITE_URL, BASE_PATH and the hosts' variables (listed in AddressSettings).
  address = resolveSiteAddress(
    /** @type {import("./src/lib/address/site-address.ts").AddressSettings} */ (process.env),
  );
  // REPO_URL is optional ("Edit this page", "Report a problem"); checked now, read by pages
  // through astro:env.
  repositoryLinks({ REPO_URL, REPO_BRANCH });
  // QUIZ_ATTEMPTS is optional (attempts allowed by the quizzes in the platform packages).
  quizAttempts(process.env["QUIZ_ATTEMPTS"]);
  // FRAME_ANCESTORS is optional (who may frame the pages, in _headers).
  frameAncestors(process.env["FRAME_ANCESTORS"]);
} catch (error) {
  if (!(
    error instanceof SiteAddressError ||
    error instanceof RepositoryError ||
    error instanceof QuizAttemptsError ||
    error instanceof FrameAncestorsError
  ))
    throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
if (process.argv.includes("build")) {
  const { level, message } = addressReport(address);
  console[level](level === "warn" ? `\n${message}\n` : message);
}

// Tests point CONTENT_DIR at fixtures; <Cite> keys are checked against that bibliography.
const contentDir = process.env["CONTENT_DIR"] ?? "./content";

export default defineConfig({
  // Undefined without a public address: Astro.site is then undefined, and pages leave out
  // what needs it (see LEFT_OUT_WITHOUT_ADDRESS in src/lib/address/site-address.ts).
  ...(address.site ? { site: address.site } : {}),
  base: address.base,
  // Tests that build fixture content use their own cache, so they never touch the real one.
  ...(process.env["ASTRO_CACHE_DIR"] ? { cacheDir: process.env["ASTRO_CACHE_DIR"] } : {}),
  trailingSlash: "always",
  // In build order: each page's policy is trimmed to its own hashes and moved first in
  // <head> before anything reads the pages; the search index is written before its word
  // list is read from it, both before the service worker lists the files to save, and all
  // before the headers file looks at dist/.
  integrations: [
    mdx(),
    // A sitemap lists absolute addresses, so a build without one writes none.
    // The offline page is not a page to find: it answers only when the network does not.
    ...(address.site
      ? [
          sitemap({
            filter: (page) => new URL(page).pathname !== joinBase(address.base, "/offline/"),
          }),
        ]
      : []),
    oneScriptPerPage(),
    pageCsp(),
    // Before the offline copy lists the pages: it gives the guide's and educators' links its size.
    epubBook({ contentDir }),
    // Prints /guide/ to a PDF when a Chromium is installed; else takes its links out.
    guidePdf(),
    pagefindIndex(),
    searchWords(),
    scormPackages(),
    offline(),
    hostHeaders(),
  ],
  markdown: {
    remarkPlugins: [
      remarkHeadingIds,
      [remarkCitations, { referencesFile: `${contentDir}/references.json` }],
      [remarkGlossary, { glossaryFile: `${contentDir}/glossary.yaml` }],
    ],
    rehypePlugins: [
      rehypeSectionLinks,
      [rehypeBaseLinks, { base: address.base, site: address.site }],
    ],
  },
  vite: {
    plugins: [tailwindcss()],
    // Lightning CSS merges rules esbuild leaves apart, and Terser's second pass shrinks what
    // esbuild's one leaves: 0.3 KB less JavaScript on a chapter (README, Performance).
    build: {
      cssMinify: "lightningcss",
      minify: "terser",
      terserOptions: { compress: { passes: 2 } },
    },
  },
  server: { port: 4321, host: "127.0.0.1" },
  env: {
    schema: {
      REPO_URL: envField.string({ context: "server", access: "public", optional: true }),
      REPO_BRANCH: envField.string({ context: "server", access: "public", optional: true }),
      QUIZ_ATTEMPTS: envField.string({ context: "server", access: "public", optional: true }),
    },
  },
  experimental: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { hashes: [/** @type {`sha256-${string}`} */ (themeInitHash)] },
    },
  },
});
