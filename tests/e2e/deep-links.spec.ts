import { expect, test, type Page } from "@playwright/test";
import { refuseClipboard, tabTo } from "./support.ts";

/** The status region of the copy-link controls (quiz questions have their own). */
const linkStatus = (page: Page) => page.locator("section-links > p[role=status]");

test("opening a section's address shows its heading at the top, below the sticky header", async ({
  page,
}) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/chapters/benefits/#delegation");
    const heading = page.getByRole("heading", { level: 2, name: "Competencies and delegation" });
    await expect(heading).toBeInViewport();
    const header = await page.getByRole("banner").boundingBox();
    const box = await heading.boundingBox();
    if (!header || !box) throw new Error("header or heading has no box");
    // On a phone the header scrolls away; from 640 px up it stays, so the heading sits below it.
    const covered = Math.max(0, header.y + header.height);
    if (width >= 640) expect(header.y).toBe(0);
    expect(box.y).toBeGreaterThanOrEqual(covered);
    expect(box.y).toBeLessThan(covered + 100);
  }
});

test.describe("copy link to a section", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("works by keyboard: Enter copies the full address with its fragment and says so", async ({
    page,
  }) => {
    await page.goto("/chapters/benefits/");
    const button = await tabTo(
      page,
      page.getByRole("button", { name: "Copy link to section: Competencies and delegation" }),
    );
    await expect(button).toBeVisible();
    await page.keyboard.press("Enter");
    const status = linkStatus(page);
    await expect(status).toHaveText("Link copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL("/chapters/benefits/#delegation", page.url()).href);
  });

  test("Space on another section's button copies that section", async ({ page }) => {
    await page.goto("/chapters/venepuncture/");
    const button = page.getByRole("button", {
      name: "Copy link to section: Three tips for the patient’s comfort",
    });
    await button.focus();
    await page.keyboard.press("Space");
    await expect(linkStatus(page)).toHaveText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /\/chapters\/venepuncture\/#comfort-tips$/,
    );
  });

  test("every h2 and h3 in every chapter has its own copy button", async ({ page }) => {
    await page.goto("/chapters/learning-environment/");
    const headings = page.getByRole("main").locator(".heading-wrapper > :is(h2, h3)");
    const count = await headings.count();
    expect(count).toBeGreaterThanOrEqual(7);
    for (const [id, name] of [
      ["learning-outcomes", "Learning outcomes"],
      ["key-points", "Key points"],
      ["reflect", "Reflect"],
    ] as const) {
      await expect(page.getByRole("heading", { level: 2, name, exact: true })).toHaveAttribute(
        "id",
        id,
      );
    }
    for (let i = 0; i < count; i++) {
      const text = (await headings.nth(i).textContent())?.trim();
      await expect(
        page.getByRole("button", { name: `Copy link to section: ${text}` }),
      ).toBeVisible();
    }
  });
});

test("without clipboard access the address bar gets the link and the reader is told", async ({
  page,
}) => {
  await refuseClipboard(page);
  await page.goto("/chapters/benefits/");
  await page
    .getByRole("button", { name: "Copy link to section: Competencies and delegation" })
    .click();
  await expect(linkStatus(page)).toHaveText("Could not copy. The link is now in the address bar.");
  await expect(page).toHaveURL(/\/chapters\/benefits\/#delegation$/);
});
