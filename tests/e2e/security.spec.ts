import { expect, test } from "@playwright/test";
import { recordCspViolations, sitemapPaths } from "./support.ts";

for (const path of [...sitemapPaths(), "/no-such-page/", "/offline/"]) {
  test(`${path} runs under the Content Security Policy with no violation and no outside request`, async ({
    page,
    baseURL,
  }) => {
    const violations = await recordCspViolations(page);
    const outside: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin !== new URL(baseURL ?? "").origin && url.protocol !== "data:")
        outside.push(request.url());
    });

    await page.goto(path);
    const csp = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute("content");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'sha256-/);
    // Exercise the scripts that run on interaction.
    const theme = page.getByRole("combobox", { name: "Theme" });
    await theme.selectOption("dark");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
  });
}
