// @ts-check
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { rehypeSectionLinks } from "./src/lib/rehype-section-links.ts";
import { remarkCitations } from "./src/lib/remark-citations.ts";
import { remarkHeadingIds } from "./src/lib/remark-heading-ids.ts";

// The no-flash theme script must run inline, so the CSP needs its hash. Hash the same
// file the layout inlines, so the two can never drift apart.
const themeInit = readFileSync(new URL("./src/scripts/theme-init.js", import.meta.url), "utf8");
const themeInitHash = `sha256-${createHash("sha256").update(themeInit).digest("base64")}`;

// Canonical and Open Graph URLs need an absolute origin. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? "http://localhost:4321";
if (!process.env.SITE_URL && process.argv.includes("build")) {
  console.warn(
    `SITE_URL is not set: canonical links, sharing tags and "Cite this page" will use ${site}. ` +
      "Set SITE_URL to the public address when building for deployment.",
  );
}

// Tests point CONTENT_DIR at fixtures; <Cite> keys are checked against that bibliography.
const contentDir = process.env["CONTENT_DIR"] ?? "./content";

export default defineConfig({
  site,
  // Tests that build fixture content use their own cache, so they never touch the real one.
  ...(process.env["ASTRO_CACHE_DIR"] ? { cacheDir: process.env["ASTRO_CACHE_DIR"] } : {}),
  trailingSlash: "always",
  integrations: [mdx(), sitemap()],
  markdown: {
    remarkPlugins: [
      remarkHeadingIds,
      [remarkCitations, { referencesFile: `${contentDir}/references.json` }],
    ],
    rehypePlugins: [rehypeSectionLinks],
  },
  vite: {
    plugins: [tailwindcss()],
  },
  server: { port: 4321, host: "127.0.0.1" },
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [/** @type {`sha256-${string}`} */ (themeInitHash)] },
    },
  },
});
