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
