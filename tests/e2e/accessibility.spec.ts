import { expect, test } from "@playwright/test";
import { axeViolations } from "./support.ts";

// Every page, in both themes: every-page.spec.ts.

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

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 320, height: 700 } });

  test("a chapter has no violations with a term's preview opened by a tap, in light and dark", async ({
    page,
  }) => {
    // Two full axe runs: on a busy 2-core machine they can need more than 60 s.
    test.slow();
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto("/chapters/venepuncture/");
      await page.getByRole("link", { name: "venepuncture", exact: true }).tap();
      await expect(page.getByRole("dialog", { name: "venepuncture" })).toBeVisible();
      expect(await axeViolations(page), theme).toEqual([]);
    }
  });
});
