import { test } from "@playwright/test";
import { BUILDS } from "./builds.ts";
import { expectPdfLink, pdfTests } from "./pdf.ts";

/* The root build's PDF: no public address, so it prints none and links only to DOIs. */
const build = BUILDS[0];

pdfTests(build);

for (const path of ["/guide/", "/educators/"]) {
  test(`${path} links the PDF with its size`, async ({ page }) => {
    await expectPdfLink(page, build, path);
  });
}
