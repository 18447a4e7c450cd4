import { expect, test } from "@playwright/test";
import { BUILDS } from "./builds.ts";
import { epubFiles, epubTests, expectEpubLink } from "./epub.ts";

/* The root build's book: no public address, so no link to the live site. */
const build = BUILDS[0];

epubTests(build);

test("without a public address, the book links nowhere outside itself", () => {
  const chapters = Object.entries(epubFiles(build)).filter(([name]) => name.endsWith(".xhtml"));
  for (const [name, text] of chapters) {
    const outside = [...text.matchAll(/href="(https?:[^"]+)"/g)]
      .map((m) => m[1] ?? "")
      .filter((href) => !href.startsWith("https://doi.org/"));
    expect(outside, name).toEqual([]);
  }
});

for (const path of ["/guide/", "/educators/"]) {
  test(`${path} links the book with its size`, async ({ page }) => {
    await expectEpubLink(page, build, path);
  });
}
