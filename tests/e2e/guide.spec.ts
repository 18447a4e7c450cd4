import { expect, test } from "@playwright/test";
import {
  headingLines,
  headingsAtFoot,
  printedHeadings,
  printedText,
  printToPages,
} from "./printed.ts";
import { CHAPTERS } from "./support.ts";

const GUIDE = "/guide/";

test("the chapters page leads to the whole guide", async ({ page }) => {
  await page.goto("/chapters/");
  await page.getByRole("link", { name: "Every chapter on one page" }).click();
  await expect(page).toHaveURL(GUIDE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The whole guide");
});

test("the guide holds every chapter in order under its own heading, then the references", async ({
  page,
}) => {
  await page.goto(GUIDE);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "Contents",
    ...CHAPTERS.map((chapter) => chapter.title),
    "References",
  ]);
  const venepuncture = page.getByRole("article", { name: CHAPTERS[2].title });
  await expect(venepuncture.getByRole("heading", { level: 3, name: "Key points" })).toBeVisible();
  await expect(
    venepuncture.getByRole("complementary", { name: "Not clinical guidance" }),
  ).toBeVisible();
  // A section of a chapter sits one level under the chapter's heading.
  await expect(
    venepuncture.getByRole("heading", { level: 4, name: "Three tips for the patient’s comfort" }),
  ).toBeVisible();
});

test("the contents list opens each section of the guide", async ({ page }) => {
  await page.goto(GUIDE);
  const contents = page.getByRole("navigation", { name: "Contents" });
  await contents.getByRole("link", { name: "Understanding each other’s roles" }).click();
  await expect(page).toHaveURL(`${GUIDE}#benefits-understanding-roles`);
  await expect(
    page.getByRole("heading", { level: 3, name: "Understanding each other’s roles" }),
  ).toBeInViewport();
  await contents.getByRole("link", { name: `3. ${CHAPTERS[2].title}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: CHAPTERS[2].title })).toBeInViewport();
});

test("links between chapters and to references stay in the guide", async ({ page }) => {
  await page.goto(GUIDE);
  const benefits = page.getByRole("article", { name: CHAPTERS[1].title });
  await benefits.getByRole("link", { name: CHAPTERS[3].title }).first().click();
  await expect(page).toHaveURL(`${GUIDE}#hierarchy-and-safety`);
  // A citation marker leads to the one reference list at the end, and back.
  await benefits.getByRole("link", { name: "Reference 1" }).click();
  await expect(page).toHaveURL(`${GUIDE}#garnweidner-holme-2022`);
  const references = page.getByRole("region", { name: "References" });
  await expect(references.getByRole("listitem").first()).toBeInViewport();
  await references.getByRole("link", { name: /^Why learning from specialists works:/ }).click();
  await expect(benefits.getByRole("link", { name: "Reference 1" })).toBeInViewport();
});

test("on paper, each chapter starts a new page and no heading ends one", async ({ page }) => {
  await page.goto(GUIDE);
  const headings = await printedHeadings(page);
  const pages = await printToPages(page);
  const opening = pages.map((sheet) =>
    sheet.lines
      .slice(0, 4)
      .map((line) => line.text)
      .join(" "),
  );
  for (const [index, chapter] of CHAPTERS.entries()) {
    const squashed = `Chapter${index + 1}${chapter.title}`.replace(/\s+/g, "");
    expect(opening.some((text) => text.replace(/\s+/g, "").startsWith(squashed))).toBe(true);
  }
  expect(headingLines(pages, headings)).toBeGreaterThanOrEqual(headings.length);
  expect(headingsAtFoot(pages, headings)).toEqual([]);
  const text = printedText(pages);
  expect(text).not.toContain("Skip to");
  expect(text).not.toMatch(/\(\/[a-z]/);
});
