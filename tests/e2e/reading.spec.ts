import { expect, test } from "@playwright/test";
import { CHAPTERS } from "./support.ts";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every chapter can be read, and section links are plain links", async ({ page }) => {
    for (const chapter of CHAPTERS) {
      await page.goto(chapter.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(chapter.title);
      await expect(page.getByRole("region", { name: "Key points" })).toBeVisible();
    }
    await page.goto("/chapters/benefits/");
    await expect(
      page.getByRole("link", { name: "Link to section: Competencies and delegation" }),
    ).toHaveAttribute("href", "#delegation");
    // The theme control needs JavaScript, so it stays out of the way.
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveCount(0);
  });
});

test("a printed chapter has the text without navigation or buttons, in black on white", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/chapters/venepuncture/");
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Not clinical guidance" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Key points" })).toBeVisible();
  for (const name of [
    "Main",
    "Chapters",
    "On this page",
    "Breadcrumb",
    "Previous and next chapters",
    "Footer",
  ]) {
    await expect(page.getByRole("navigation", { name, exact: true })).toBeHidden();
  }
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: /Copy link/ }).first()).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    "rgb(255, 255, 255)",
  );
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
