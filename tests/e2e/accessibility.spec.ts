import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sitemapPaths, WCAG_22_AA } from "./support.ts";

// Pages the sitemap leaves out: the 404 and the offline page.
const pages = [...sitemapPaths(), "/no-such-page/", "/offline/"];

for (const theme of ["light", "dark"] as const) {
  for (const path of pages) {
    test(`${path} has no WCAG 2.2 A/AA violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
    });
  }
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
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
