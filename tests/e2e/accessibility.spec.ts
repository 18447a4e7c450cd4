import { expect, test } from "@playwright/test";
import { axeViolations, sitemapPaths } from "./support.ts";

// Pages the sitemap leaves out: the 404 and the offline page.
const pages = [...sitemapPaths(), "/no-such-page/", "/offline/"];

/**
 * The axe rules whose result depends on colour. The themes change colours only (the markup
 * and layout are the same), so the second theme is checked for these alone.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

for (const path of pages) {
  test(`${path} has no WCAG 2.2 A/AA violations in the light theme, nor colour ones in the dark`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(path);
    const html = page.locator("html");
    await expect(html).toHaveAttribute("data-theme", "light");
    expect(await axeViolations(page), "light theme").toEqual([]);
    // The page follows the system setting while open, as a reader's would at dusk.
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(html).toHaveAttribute("data-theme", "dark");
    expect(await axeViolations(page, COLOUR_RULES), "dark theme").toEqual([]);
  });
}

test("a chapter at phone width has no violations, with the link-copied message showing", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/chapters/venepuncture/");
  await page.getByRole("button", { name: "Copy link to section: The setting" }).click();
  await expect(page.locator("section-links > p[role=status]")).toHaveText("Link copied");
  expect(await axeViolations(page)).toEqual([]);
});
