import { expect, test } from "@playwright/test";
import { CHAPTERS } from "./support.ts";

test("the main navigation goes where it says and marks where you are", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Chapters" }).click();
  await expect(page).toHaveURL("/chapters/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chapters");
  await expect(nav.getByRole("link", { name: "Chapters" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "About" }).click();
  await expect(page).toHaveURL("/about/");
  await page.getByRole("link", { name: "Learning Together" }).first().click();
  await expect(page).toHaveURL("/");
});

test("the skip link is the first thing a keyboard reaches and moves focus to the main content", async ({
  page,
}) => {
  await page.goto("/chapters/benefits/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  // On a chapter it skips the chapter list and breadcrumbs too, landing at the title.
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  await page.keyboard.press("Tab");
  await expect(
    page.getByRole("button", { name: "Copy link to section: Learning outcomes" }),
  ).toBeFocused();

  await page.goto("/about/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("the chapter navigation shows where you are and links every chapter", async ({ page }) => {
  await page.goto(CHAPTERS[2].path);
  const nav = page.getByRole("navigation", { name: "Chapters", exact: true });
  await expect(nav).toContainText("Chapter 3 of 6");
  await expect(nav.getByRole("link")).toHaveCount(6);
  await expect(nav.getByRole("link", { name: CHAPTERS[2].title })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await nav.getByRole("link", { name: CHAPTERS[4].title }).click();
  await expect(page).toHaveURL(CHAPTERS[4].path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CHAPTERS[4].title);
});

test("breadcrumbs lead back to the chapter list and home", async ({ page }) => {
  await page.goto(CHAPTERS[1].path);
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link")).toHaveText(["Home", "Chapters", CHAPTERS[1].title]);
  await expect(crumbs.getByRole("link", { name: CHAPTERS[1].title })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await crumbs.getByRole("link", { name: "Chapters" }).click();
  await expect(page).toHaveURL("/chapters/");
});

test("previous and next links walk through the chapters in order", async ({ page }) => {
  await page.goto(CHAPTERS[0].path);
  for (let i = 1; i < CHAPTERS.length; i++) {
    const nav = page.getByRole("navigation", { name: "Previous and next chapters" });
    await nav.getByRole("link", { name: `Next chapter ${CHAPTERS[i]?.title}` }).click();
    await expect(page).toHaveURL(CHAPTERS[i]?.path ?? "");
  }
  const last = page.getByRole("navigation", { name: "Previous and next chapters" });
  await expect(last.getByRole("link", { name: /^Next chapter/ })).toHaveCount(0);
  await last.getByRole("link", { name: `Previous chapter ${CHAPTERS[4].title}` }).click();
  await expect(page).toHaveURL(CHAPTERS[4].path);
});

test("the table of contents lists the sections and each entry scrolls to its heading", async ({
  page,
}) => {
  await page.goto(CHAPTERS[2].path);
  const toc = page.getByRole("navigation", { name: "On this page" });
  await expect(toc).toBeVisible();
  const links = toc.getByRole("link");
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const name = (await link.textContent())?.trim() ?? "";
    const href = (await link.getAttribute("href")) ?? "";
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const heading = page.locator(href);
    await expect(heading).toHaveText(name);
    await expect(heading).toBeInViewport();
  }
});

test("on a phone the table of contents comes before the chapter text, folded away", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(CHAPTERS[1].path);
  const toc = page
    .getByRole("group")
    .filter({ has: page.getByText("On this page", { exact: true }) });
  await expect(toc).toBeVisible();
  await expect(toc.getByRole("link")).toHaveCount(0);
  const tocBox = await toc.boundingBox();
  const firstSection = await page.locator("#specialist-skills").boundingBox();
  expect(tocBox && firstSection && tocBox.y < firstSection.y).toBe(true);
});
