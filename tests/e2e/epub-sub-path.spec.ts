import { expect, test } from "@playwright/test";
import { BUILDS } from "./builds.ts";
import { epubFiles, epubTests, expectEpubLink } from "./epub.ts";
import { CHAPTERS } from "./support.ts";

/* The sub-path build's book: each quiz links to its chapter's quiz at the public address. */
const build = BUILDS[1];

epubTests(build);

test("each quiz in the book links to the live chapter's quiz", () => {
  const files = epubFiles(build);
  for (const { path } of CHAPTERS) {
    const slug = path.split("/")[2] ?? "";
    expect(files[`EPUB/chapter-${slug}.xhtml`]).toContain(
      `href="https://example.github.io/learning-together/chapters/${slug}/#quiz"`,
    );
  }
});

test("/guide/ links the book under the base path with its size", async ({ page }) => {
  await expectEpubLink(page, build, "guide/");
});
