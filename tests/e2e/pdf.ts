/*
 * The PDF of the whole guide as built, read back once per build with pdfjs-dist (one test
 * with soft expectations), and its link on /guide/ and /educators/ (pdf.spec.ts and
 * pdf-sub-path.spec.ts).
 */
import { readFileSync, statSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Build } from "./builds.ts";
import { halfEmptyPages, printedPages, printedText } from "./printed.ts";
import { CHAPTERS } from "./support.ts";

const PDF = "downloads/learning-together.pdf";

interface Bookmark {
  title: string;
  depth: number;
  /** The page it opens at, from 1. */
  page: number;
}

interface Link {
  url: string | undefined;
  /** Where an internal link goes: its page, from 1, or 0 when it leads nowhere. */
  page: number | undefined;
}

/** A destination's page number (from 1), or 0 when it names none. */
async function destinationPage(document: PDFDocumentProxy, dest: unknown): Promise<number> {
  const explicit = typeof dest === "string" ? await document.getDestination(dest) : dest;
  const ref = Array.isArray(explicit) ? (explicit[0] as unknown) : undefined;
  if (!ref || typeof ref !== "object") return 0;
  return (await document.getPageIndex(ref as Parameters<PDFDocumentProxy["getPageIndex"]>[0])) + 1;
}

interface OutlineItem {
  title: string;
  dest: unknown;
  items: OutlineItem[];
}

async function bookmarks(
  document: PDFDocumentProxy,
  items: OutlineItem[],
  depth = 0,
): Promise<Bookmark[]> {
  const found: Bookmark[] = [];
  for (const item of items) {
    found.push({ title: item.title, depth, page: await destinationPage(document, item.dest) });
    found.push(...(await bookmarks(document, item.items, depth + 1)));
  }
  return found;
}

/** The PDF, read back: what pdfinfo shows, the tags, the bookmarks, the links and the text. */
async function readPdf(build: Build) {
  const data = new Uint8Array(readFileSync(`${build.dir}/${PDF}`));
  const document = await getDocument({ data, verbosity: 0 }).promise;
  const { info } = (await document.getMetadata()) as unknown as {
    info: Record<string, unknown>;
  };
  const markInfo = await document.getMarkInfo();
  const firstPage = JSON.stringify(await (await document.getPage(1)).getStructTree());
  const outline = await bookmarks(document, (await document.getOutline()) as OutlineItem[]);
  const links: Link[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    for (const annotation of await (await document.getPage(number)).getAnnotations()) {
      if (annotation.subtype !== "Link") continue;
      const url = typeof annotation.url === "string" ? annotation.url : undefined;
      links.push({ url, page: url ? undefined : await destinationPage(document, annotation.dest) });
    }
  }
  const pages = await printedPages(document);
  await document.destroy();
  return { info, markInfo, firstPage, outline, links, pages, raw: Buffer.from(data) };
}

const squash = (text: string) => text.replace(/\s+/g, "");

/** The checks every build's PDF gets, in one test so the file is read once. */
export function pdfTests(build: Build): void {
  test(`the ${build.name} build's PDF is tagged, titled, bookmarked by chapter and full on every page`, async () => {
    const pdf = await readPdf(build);
    // What pdfinfo reports, and the catalog's language, from <html lang>.
    expect.soft(pdf.info["Title"]).toBe("The whole guide | Learning Together");
    expect.soft(pdf.info["Language"]).toBe("en-GB");
    // Tagged: the catalog marks it so and has a structure tree, which starts with the h1.
    expect.soft(pdf.markInfo?.Marked).toBe(true);
    expect.soft(pdf.firstPage).toMatch(/"role":"Document"/);
    expect.soft(pdf.firstPage).toMatch(/"role":"H1"/);
    // A bookmark for every chapter, by its title, in order, then the references.
    const chapters = CHAPTERS.map(({ title }) => pdf.outline.find((b) => b.title === title));
    expect.soft(chapters.map((b) => b?.title)).toEqual(CHAPTERS.map(({ title }) => title));
    const starts = chapters.map((b) => b?.page ?? 0);
    expect.soft(starts).toEqual([...starts].sort((a, b) => a - b));
    const references = pdf.outline.find((b) => b.title === "References")?.page ?? 0;
    expect.soft(references).toBeGreaterThan(starts.at(-1) ?? 0);
    // About three pages a chapter, and the front matter and references.
    const count = pdf.pages.length;
    expect.soft(count).toBeGreaterThanOrEqual(2 * CHAPTERS.length + 2);
    expect.soft(count).toBeLessThanOrEqual(5 * CHAPTERS.length + 4);
    // Each chapter (and the references) starts a page; only the page before may be short.
    for (const start of [...starts, references]) {
      const opening = squash(printedText([pdf.pages[start - 1] ?? { height: 0, lines: [] }]));
      expect.soft(opening, `page ${start}`).toMatch(/^(Chapter\d+|References)/);
    }
    expect
      .soft(
        halfEmptyPages(
          pdf.pages,
          [...starts, references].map((start) => start - 1),
        ),
      )
      .toEqual([]);
    // Links within the guide stay in the PDF, and land on a page.
    const internal = pdf.links.filter((link) => link.url === undefined);
    expect.soft(internal.length).toBeGreaterThanOrEqual(5 * CHAPTERS.length);
    expect.soft(internal.filter((link) => !link.page)).toEqual([]);
    // No address of the machine that printed it, anywhere.
    const text = printedText(pdf.pages);
    const urls = pdf.links.flatMap((link) => (link.url ? [link.url] : []));
    for (const local of ["localhost", "127.0.0.1", "guide.invalid"]) {
      expect.soft(text).not.toContain(local);
      expect.soft(urls.filter((url) => url.includes(local))).toEqual([]);
      expect.soft(pdf.raw.includes(local)).toBe(false);
    }
    expect.soft(urls.filter((url) => !/^https:\/\//.test(url))).toEqual([]);
    if (build.site) {
      // Printed addresses and links to the site's pages are its public address.
      const home = new URL(build.base, build.site).href;
      for (const { path } of CHAPTERS) {
        expect.soft(squash(text)).toContain(`${home}${path.slice(1)}`);
      }
      expect.soft(urls.filter((url) => url.startsWith(home)).length).toBeGreaterThan(0);
      expect
        .soft(urls.filter((url) => url.startsWith(build.site) && !url.startsWith(home)))
        .toEqual([]);
    } else {
      // No address to print: the text holds none but the references' DOIs.
      expect.soft(squash(text).match(/https?:\/\/(?!doi\.org\/)[^\s)]*/g) ?? []).toEqual([]);
      expect.soft(urls.filter((url) => !url.startsWith("https://doi.org/"))).toEqual([]);
    }
  });
}

/** The link on /guide/ and /educators/: named with its size, which is the file's. */
export async function expectPdfLink(page: Page, build: Build, path: string): Promise<void> {
  const kb = Math.max(1, Math.round(statSync(`${build.dir}/${PDF}`).size / 1024));
  await page.goto(path);
  const link = page.getByRole("link", {
    name: `The whole guide to print or keep (PDF, ${kb} KB)`,
    exact: true,
  });
  await expect(link).toHaveAttribute("href", `${build.base}${PDF}`);
  const response = await page.request.get(`${build.base}${PDF}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/pdf/);
}
