import { expect, type Page } from "@playwright/test";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

/** One line of printed text: its words, its type size in points, its height on the page. */
export interface PrintedLine {
  text: string;
  size: number;
  /** Distance of the line's baseline from the bottom of the page, in points. */
  y: number;
}

/** One printed page: its height and its lines, top to bottom. */
export interface PrintedPage {
  height: number;
  lines: PrintedLine[];
}

/** A heading as it prints: its text and its type size in points. */
export interface PrintedHeading {
  text: string;
  size: number;
}

/**
 * Prints the page as Chromium's "Save as PDF" does (A4, the site's own @page margins)
 * and reads the PDF back, so a test can check what lands on each sheet of paper.
 */
export async function printToPages(page: Page): Promise<PrintedPage[]> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages = await printedPages(document);
  await document.destroy();
  return pages;
}

/** What each page of a PDF prints, line by line. */
export async function printedPages(document: PDFDocumentProxy): Promise<PrintedPage[]> {
  const pages: PrintedPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const sheet = await document.getPage(number);
    const { items } = await sheet.getTextContent();
    // Text runs on one baseline, put in reading order by their position across the page
    // (a PDF may draw a line's runs in any order).
    const byBaseline = new Map<number, { x: number; text: string; size: number }[]>();
    for (const item of items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const [, , c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
      const y = Math.round(f);
      byBaseline.set(y, [
        ...(byBaseline.get(y) ?? []),
        { x: e, text: item.str, size: Math.hypot(c, d) },
      ]);
    }
    const lines = [...byBaseline.entries()].map(([y, runs]) => ({
      y,
      text: runs
        .sort((a, b) => a.x - b.x)
        .map((run) => run.text)
        .join(""),
      size: Math.max(...runs.map((run) => run.size)),
    }));
    pages.push({ height: sheet.view[3] ?? 0, lines: lines.sort((a, b) => b.y - a.y) });
  }
  return pages;
}

/** Every heading the page prints, with its printed size (CSS pixels are 0.75 points). */
export async function printedHeadings(page: Page): Promise<PrintedHeading[]> {
  await page.emulateMedia({ media: "print" });
  return page.locator("h1, h2, h3, h4, h5").evaluateAll((headings) =>
    headings
      .filter((h) => h.checkVisibility())
      .map((h) => ({
        text: (h as HTMLElement).innerText,
        size: parseFloat(getComputedStyle(h).fontSize) * 0.75,
      })),
  );
}

const squash = (text: string) => text.replace(/\s+/g, "");

/**
 * Whether a printed line is (part of) a heading. Matched by its words and its type size,
 * so a contents entry with a heading's words is not mistaken for the heading.
 */
function isHeading(line: PrintedLine, headings: PrintedHeading[]): boolean {
  return headings.some(
    (heading) =>
      Math.abs(heading.size - line.size) < 0.75 && squash(heading.text).includes(squash(line.text)),
  );
}

/**
 * How many printed lines are headings: a check that the matching in headingsAtFoot works
 * at all (were the sizes to stop matching, it would find nothing and pass).
 */
export function headingLines(pages: PrintedPage[], headings: PrintedHeading[]): number {
  return pages.flatMap((sheet) => sheet.lines).filter((line) => isHeading(line, headings)).length;
}

/** The pages whose last line is (part of) a heading, stranded away from what it introduces. */
export function headingsAtFoot(pages: PrintedPage[], headings: PrintedHeading[]): string[] {
  return pages.slice(0, -1).flatMap((sheet, index) => {
    const last = sheet.lines.at(-1);
    return last && isHeading(last, headings) ? [`page ${index + 1}: "${last.text}"`] : [];
  });
}

/**
 * The pages, bar the last and those numbered in `ends` (a chapter's last page, say), whose
 * text stops above the middle of the sheet.
 */
export function halfEmptyPages(pages: PrintedPage[], ends: readonly number[] = []): string[] {
  return pages.slice(0, -1).flatMap((sheet, index) => {
    const lowest = sheet.lines.at(-1);
    return lowest && !ends.includes(index + 1) && lowest.y > sheet.height / 2
      ? [`page ${index + 1} stops at "${lowest.text}"`]
      : [];
  });
}

/** All the printed text, one line per line, for what must or must not be on paper. */
export function printedText(pages: PrintedPage[]): string {
  return pages.flatMap((sheet) => sheet.lines.map((line) => line.text)).join("\n");
}

/**
 * Prints the page once and checks what the print rules promise: no page but the last ends
 * with (a line of) a heading, stranded from what it introduces. Every heading must be found
 * on paper, or the check would pass by finding none. Returns the sheets for other checks.
 */
export async function printKeepingHeadings(page: Page): Promise<PrintedPage[]> {
  const headings = await printedHeadings(page);
  const pages = await printToPages(page);
  expect(headingLines(pages, headings)).toBeGreaterThanOrEqual(headings.length);
  expect(headingsAtFoot(pages, headings)).toEqual([]);
  return pages;
}
