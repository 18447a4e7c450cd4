import { expect, test, type Page } from "@playwright/test";
import { axeViolations, CHAPTERS } from "./support.ts";

/** Reading a long chapter: where the reader is, and getting around it, on any screen. */
const CHAPTER = CHAPTERS[1];
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 800 };

/** The folded "On this page" (a <details>, whose summary names it). */
const disclosure = (page: Page) =>
  page.getByRole("group").filter({ has: page.getByText("On this page", { exact: true }) });
const bar = (page: Page) => page.locator(".chapter-bar");

/** The names of the elements focus visits, in order, over `presses` presses of Tab. */
async function focusOrder(page: Page, presses: number): Promise<string[]> {
  const order: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press("Tab");
    order.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        // A control in a label: the label's own words, without the control's options.
        const label = el.closest("label")?.textContent?.replace(el.textContent ?? "", "");
        return (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").trim();
      }),
    );
  }
  return order;
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("the chapter's text starts within the first screen and a half, with On this page folded", async ({
    page,
  }) => {
    await page.goto(CHAPTER.path);
    await expect(disclosure(page)).not.toHaveAttribute("open");
    const outcomes = page.getByRole("heading", { name: "Learning outcomes" });
    const top = await outcomes.evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(top).toBeLessThan(PHONE.height * 1.5);
  });

  test("a compact bar keeps the chapter's title in view, and a deep link lands below it", async ({
    page,
  }) => {
    await page.goto(`${CHAPTER.path}#delegation`);
    const title = bar(page).getByText(CHAPTER.title, { exact: true });
    await expect(title).toBeInViewport();
    const barBox = await bar(page).boundingBox();
    expect(barBox?.y).toBe(0);
    const heading = await page
      .getByRole("heading", { name: "Competencies and delegation" })
      .boundingBox();
    expect(barBox && heading && heading.y >= barBox.y + barBox.height).toBe(true);
  });

  test("On this page opens, and choosing a section closes it and lands there", async ({ page }) => {
    await page.goto(CHAPTER.path);
    await disclosure(page).getByText("On this page").click();
    await disclosure(page).getByRole("link", { name: "Key points" }).click();
    await expect(page).toHaveURL(`${CHAPTER.path}#key-points`);
    await expect(disclosure(page)).not.toHaveAttribute("open");
    const heading = page.getByRole("heading", { name: "Key points", exact: true });
    await expect(heading).toBeInViewport();
    const barBox = await bar(page).boundingBox();
    const headingBox = await heading.boundingBox();
    expect(barBox && headingBox && headingBox.y >= barBox.y + barBox.height).toBe(true);
  });

  test("by keyboard: Enter opens the list, Escape closes it and returns to its button", async ({
    page,
  }) => {
    await page.goto(CHAPTER.path);
    const summary = disclosure(page).locator("summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(disclosure(page)).toHaveAttribute("open");
    await page.keyboard.press("Tab");
    await expect(disclosure(page).getByRole("link", { name: "Learning outcomes" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(disclosure(page)).not.toHaveAttribute("open");
    await expect(summary).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`${CHAPTER.path}#learning-outcomes`);
    await expect(disclosure(page)).not.toHaveAttribute("open");
  });

  test("the header's tab order is the order on screen: name, theme, then the links", async ({
    page,
  }) => {
    await page.goto(CHAPTER.path);
    const name = page.getByRole("banner").getByRole("link", { name: "Learning Together" });
    const theme = page.getByRole("combobox", { name: "Theme" });
    const chapters = page.getByRole("navigation", { name: "Main" }).getByRole("link").first();
    const [nameBox, themeBox, linkBox] = await Promise.all(
      [name, theme, chapters].map((l) => l.boundingBox()),
    );
    // The theme control shares the top row with the name; the links are the row below.
    expect(themeBox && nameBox && Math.abs(themeBox.y - nameBox.y) < 20).toBe(true);
    expect(linkBox && themeBox && linkBox.y > themeBox.y + 20).toBe(true);
    expect(await focusOrder(page, 7)).toEqual([
      "Skip to main content",
      "Learning Together",
      "Theme",
      "Chapters",
      "Quiz",
      "About",
      "Search",
    ]);
  });

  for (const theme of ["light", "dark"] as const) {
    test(`with On this page open over the text there are no WCAG 2.2 A/AA violations, ${theme}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${CHAPTER.path}#delegation`);
      await disclosure(page).getByText("On this page").click();
      await expect(disclosure(page).getByRole("link").first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test("between phone and wide screens the bar sticks just below the sticky header", async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto(`${CHAPTER.path}#reflect`);
  const header = await page.getByRole("banner").boundingBox();
  const barBox = await bar(page).boundingBox();
  expect(header && barBox && Math.abs(barBox.y - (header.y + header.height))).toBeLessThan(1);
  const heading = await page.getByRole("heading", { name: "Reflect", exact: true }).boundingBox();
  expect(barBox && heading && heading.y >= barBox.y + barBox.height).toBe(true);
});

test.describe("on a wide screen", () => {
  test.use({ viewport: WIDE });

  test("the table of contents marks the section being read", async ({ page }) => {
    await page.goto(`${CHAPTER.path}#delegation`);
    const toc = page.getByRole("navigation", { name: "On this page" });
    const delegation = toc.getByRole("link", { name: "Competencies and delegation" });
    await expect(delegation).toHaveAttribute("aria-current", "true");
    await expect(toc.locator("[aria-current]")).toHaveCount(1);
    await toc.getByRole("link", { name: "Key points" }).click();
    await expect(toc.getByRole("link", { name: "Key points" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expect(delegation).not.toHaveAttribute("aria-current");
    // Scrolled back to the top, before the first section, nothing is marked.
    await page.evaluate(() => scrollTo(0, 0));
    await expect(toc.locator("[aria-current]")).toHaveCount(0);
  });

  test("the keyboard reaches the table of contents before the chapter's text", async ({ page }) => {
    await page.goto(CHAPTER.path);
    const order = await focusOrder(page, 30);
    const toc = order.indexOf("Learning outcomes");
    const breadcrumbs = order.indexOf("Home");
    const firstInText = order.findIndex((name) => /^Copy link to section/.test(name));
    expect(toc).toBeGreaterThan(order.indexOf(CHAPTERS[5].title));
    expect(toc).toBeLessThan(breadcrumbs);
    expect(breadcrumbs).toBeLessThan(firstInText);
  });

  test("the header's tab order is the order on screen: name, links, then theme", async ({
    page,
  }) => {
    await page.goto(CHAPTER.path);
    expect(await focusOrder(page, 7)).toEqual([
      "Skip to main content",
      "Learning Together",
      "Chapters",
      "Quiz",
      "About",
      "Search",
      "Theme",
    ]);
  });
});

test("the two theme controls, for phones and wider screens, stay in step", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(CHAPTER.path);
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  await page.setViewportSize(WIDE);
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});
