/*
 * The EPUB book as built, checked once per build: EPUBCheck's report, and what the book
 * holds read back from the zip (tests/e2e/epub.spec.ts and epub-sub-path.spec.ts).
 */
import { readFileSync, statSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { epubcheck } from "../support/epubcheck.ts";
import type { Build } from "./builds.ts";
import { CHAPTERS } from "./support.ts";

const EPUB = "downloads/learning-together.epub";

/** The book's files, by path in the zip. */
export function epubFiles(build: Build): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(readFileSync(`${build.dir}/${EPUB}`))).map(([name, data]) => [
      name,
      name.endsWith(".png") ? "" : strFromU8(data),
    ]),
  );
}

/** The tests every build's book gets. */
export function epubTests(build: Build): void {
  test(`EPUBCheck finds no error and no warning in the ${build.name} build's book`, () => {
    const report = epubcheck(`${build.dir}/${EPUB}`);
    expect(report.messages).toEqual([]);
    expect([report.fatals, report.errors, report.warnings]).toEqual([0, 0, 0]);
  });

  test(`the ${build.name} build's book holds every chapter with its parts, quiz and answers`, () => {
    const files = epubFiles(build);
    for (const { path, title } of CHAPTERS) {
      const slug = path.split("/")[2] ?? "";
      const chapter = files[`EPUB/chapter-${slug}.xhtml`] ?? "";
      expect(chapter, slug).toContain(`<h1 id="${slug}">`);
      for (const part of ["Learning outcomes", "Key points", "Reflect", "Check your understanding"])
        expect(chapter, `${slug}: ${part}`).toMatch(new RegExp(`<h2 [^>]*>\\s*${part}\\s*</h2>`));
      expect(chapter, slug).toContain(title.replaceAll("'", "&apos;").split(",")[0] ?? "");
      const answers = [...chapter.matchAll(/href="answers\.xhtml#([^"]+)"/g)].map((m) => m[1]);
      expect(answers.length, slug).toBeGreaterThanOrEqual(3);
      for (const id of answers) expect(files["EPUB/answers.xhtml"]).toContain(`<li id="${id}">`);
    }
    expect(files["EPUB/chapter-venepuncture.xhtml"]).toContain(
      '<aside aria-label="Not clinical guidance">',
    );
    expect(files["EPUB/references.xhtml"]).toMatch(/<a href="https:\/\/doi\.org\/10\./);
    const everything = Object.values(files).join("\n");
    expect(everything).not.toContain("localhost");
    expect(everything).not.toMatch(/<script|<form|<input|<button/);
  });
}

/** The link on /guide/ and /educators/: named with its size, which is the file's. */
export async function expectEpubLink(page: Page, build: Build, path: string): Promise<void> {
  const kb = Math.max(1, Math.round(statSync(`${build.dir}/${EPUB}`).size / 1024));
  await page.goto(path);
  const link = page.getByRole("link", {
    name: `The whole guide as an e-book (EPUB, ${kb} KB)`,
    exact: true,
  });
  await expect(link).toHaveAttribute("href", `${build.base}${EPUB}`);
  const response = await page.request.get(`${build.base}${EPUB}`);
  expect(response.status()).toBe(200);
}
