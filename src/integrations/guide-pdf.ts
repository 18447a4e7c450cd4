import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import {
  PDF_PATH,
  pdfBrowser,
  printedGuide,
  type PdfBrowserSettings,
  type PrintedGuideOptions,
} from "../lib/exports/pdf.ts";
import { fileSize, guideDownload, rewritePages, withSize } from "./downloads.ts";

/*
 * The whole guide as a PDF: headless Chromium prints /guide/ (all its parts, as one page:
 * see printedGuide) with the guide's own print styles, as a reader's "Save as PDF" does,
 * but tagged (a structure tree screen readers read, with the page's language) and with
 * bookmarks from its headings. The browser is served dist/ through Playwright's routing
 * at the site's public address, never a port, so the build clashes with no server and the
 * PDF's links to the site's pages are its public addresses. With no Chromium the PDF is
 * left out, the log says so, and the pages lose their link to it.
 */

/** The pages link the PDF in a paragraph marked so (PdfDownload.astro), its size in a mark. */
const LINK = /<p\b[^>]*\sdata-pdf-download[\s>][\s\S]*?<\/p>/g;
const SIZE_MARK = "data-pdf-size";

/** Takes the PDF's link out of a page. */
export const withoutPdfLink = (html: string) => html.replace(LINK, "");

/** The origin the guide is printed at when the site has no public address: one that never resolves. */
const NO_ADDRESS = "https://guide.invalid";

const HTML = "text/html; charset=utf-8";
const TYPES: Record<string, string> = {
  ".html": HTML,
  ".css": "text/css",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

/** The guide's pages' HTML in order: /guide/, then /guide/2/ and on when it is in parts. */
async function guideParts(dist: string): Promise<string[]> {
  const parts = (await readdir(join(dist, "guide")))
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(a) - Number(b));
  return Promise.all(
    ["", ...parts.map((n) => `${n}/`)].map((part) =>
      readFile(join(dist, "guide", part, "index.html"), "utf8"),
    ),
  );
}

/**
 * The PDF's dates are the guide's last review (the first date the guide shows), so the
 * same guide prints to the same bytes (Skia writes the time of printing otherwise).
 * The dates keep their length, so the file's cross-reference offsets stay right.
 */
function fixedDates(pdf: Buffer, guide: string): Buffer {
  const day = /<time datetime="(\d{4})-(\d{2})-(\d{2})"/.exec(guide);
  if (!day) return pdf;
  const date = `D:${day[1]}${day[2]}${day[3]}000000+00'00'`;
  const text = pdf
    .toString("latin1")
    .replace(/\/(CreationDate|ModDate) \(D:\d{14}\+00'00'\)/g, `/$1 (${date})`);
  return Buffer.from(text, "latin1");
}

/** How many pages a PDF has: its /Type /Page objects. */
const pageCount = (pdf: Buffer) =>
  pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

/**
 * Playwright, loaded by Node itself when the PDF is printed: the build's Vite module loader,
 * which loads this file, is closed by then. A build without the dev dependencies has none,
 * and makes no PDF.
 */
function playwright(): typeof import("@playwright/test") {
  return createRequire(import.meta.url)("@playwright/test") as typeof import("@playwright/test");
}

/** Prints the guide in the given Chromium; returns the PDF's bytes. */
async function printGuide(
  dist: string,
  executablePath: string,
  { base, site }: PrintedGuideOptions,
  logger: AstroIntegrationLogger,
): Promise<Buffer> {
  const { chromium } = playwright();
  const origin = site ? new URL(site).origin : NO_ADDRESS;
  const parts = await guideParts(dist);
  const guide = printedGuide(parts, { base, site });
  const browser = await chromium.launch({ executablePath });
  try {
    // The page's own policy would refuse the one style printedGuide adds.
    const context = await browser.newContext({ serviceWorkers: "block", bypassCSP: true });
    const outside = new Set<string>();
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin || !url.pathname.startsWith(base)) {
        outside.add(url.href);
        return route.abort();
      }
      let path = decodeURIComponent(url.pathname.slice(base.length));
      if (path === "guide/") return route.fulfill({ body: guide, contentType: HTML });
      if (path === "" || path.endsWith("/")) path += "index.html";
      const file = join(dist, path);
      if (!file.startsWith(dist) || !existsSync(file)) return route.fulfill({ status: 404 });
      return route.fulfill({
        body: await readFile(file),
        contentType: TYPES[extname(file)] ?? "application/octet-stream",
      });
    });
    const page = await context.newPage();
    await page.goto(`${origin}${base}guide/`, { waitUntil: "load", timeout: 300_000 });
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({
      format: "A4",
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
    });
    if (outside.size > 0) {
      logger.warn(`The guide asked for addresses outside the build: ${[...outside].join(", ")}`);
    }
    return fixedDates(pdf, parts[0] ?? "");
  } finally {
    await browser.close();
  }
}

/** The Playwright Chromium installed with the tests, where there is one. */
function bundledChromium(): string | undefined {
  try {
    return playwright().chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Writes the whole guide as a PDF after the build, when a Chromium is there to print it. */
export default function guidePdf({
  settings = process.env as PdfBrowserSettings,
}: { settings?: PdfBrowserSettings } = {}): AstroIntegration {
  return guideDownload("learning-together:guide-pdf", async ({ dist, base, site, logger }) => {
    const leftOut = async (why: string) => {
      await rewritePages(dist, withoutPdfLink);
      logger.warn(`Left out ${PDF_PATH.slice(1)} (${why}): no page links it`);
    };
    const browser = pdfBrowser(settings, existsSync, bundledChromium());
    if (browser.path === undefined) return leftOut(browser.reason);
    const started = performance.now();
    let pdf: Buffer;
    try {
      pdf = await printGuide(dist, browser.path, { base, site }, logger);
    } catch (error) {
      return leftOut(`${browser.path} could not print it: ${String(error).split("\n")[0]}`);
    }
    const out = join(dist, PDF_PATH.slice(1));
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, pdf);
    await rewritePages(dist, withSize(SIZE_MARK, pdf.length));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(
      `Wrote ${PDF_PATH.slice(1)}, ${fileSize(pdf.length)}, ${pageCount(pdf)} pages, in ${seconds} s (${browser.path})`,
    );
    if (!site) {
      logger.warn(
        "No public address: the PDF prints no addresses, and its links to the site's other pages are plain text",
      );
    }
  });
}
