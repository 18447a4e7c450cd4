import { expect, test, type Page } from "@playwright/test";

/** Records the theme on <html> at the moment <body> is first parsed, before any paint. */
async function recordThemeAtFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.body) {
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody =
          document.documentElement.dataset["theme"];
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

const themeAtBody = (page: Page) =>
  page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody);

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test("follows the system setting when the reader has not chosen", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test("a theme chosen by keyboard persists across reloads with no flash of the other theme", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await recordThemeAtFirstPaint(page);
  await page.goto("/chapters/benefits/");
  const lightBackground = await background(page);
  const select = page.getByRole("combobox", { name: "Theme" });
  await select.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(select).toHaveValue("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const darkBackground = await background(page);
  expect(darkBackground).not.toBe(lightBackground);

  await page.reload();
  expect(await themeAtBody(page)).toBe("dark");
  expect(await background(page)).toBe(darkBackground);
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");

  await page.goto("/about/");
  expect(await themeAtBody(page)).toBe("dark");
});

test("choosing System again forgets the choice", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const select = page.getByRole("combobox", { name: "Theme" });
  await select.selectOption("dark");
  await select.selectOption("system");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(await page.evaluate(() => localStorage.getItem("ipc-theme"))).toBeNull();
});

test("a stored value that is not a theme is ignored", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.addInitScript(() => localStorage.setItem("ipc-theme", '{"broken":'));
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
});

test("the theme control keeps its place while the page loads, so nothing below it moves", async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const heights: number[] = [];
  for (const javaScriptEnabled of [false, true]) {
    const context = await page
      .context()
      .browser()
      ?.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
    const p = await context?.newPage();
    await p?.goto(new URL("/chapters/benefits/", baseURL).href);
    heights.push((await p?.getByRole("banner").boundingBox())?.height ?? 0);
    await context?.close();
  }
  expect(heights[0]).toBeGreaterThan(0);
  expect(heights[1]).toBe(heights[0]);
});
