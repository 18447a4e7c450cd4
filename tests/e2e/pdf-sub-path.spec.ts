import { test } from "@playwright/test";
import { BUILDS } from "./builds.ts";
import { expectPdfLink, pdfTests } from "./pdf.ts";

/* The sub-path build's PDF: its printed addresses and links are the public address. */
const build = BUILDS[1];

pdfTests(build);

for (const path of ["guide/", "educators/"]) {
  test(`${path} links the PDF under the base path with its size`, async ({ page }) => {
    await expectPdfLink(page, build, path);
  });
}
