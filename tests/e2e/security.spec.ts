import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { recordCspViolations, sitemapPaths } from "./support.ts";

/*
 * `astro preview` sends no Content-Security-Policy header, as GitHub Pages does not: here
 * each page's meta tag is the whole policy. The sub-path tests cover a host that sends
 * the build's _headers.
 */

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

    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toBeUndefined();
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

test("every built page puts its policy first in <head>, before any script or style", () => {
  const files = readdirSync("dist", { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".html"),
  );
  expect(files.length).toBeGreaterThan(10);
  const misplaced = files.flatMap((file) => {
    const html = readFileSync(join("dist", file), "utf8");
    const head = html.slice(0, html.indexOf("</head>"));
    // A meta policy covers only the elements after it.
    const policy = head.search(/<meta http-equiv="content-security-policy"/i);
    const first = head.search(/<script|<style|<link[^>]*rel="(stylesheet|modulepreload)"/i);
    return policy === -1 || (first !== -1 && first < policy)
      ? [`${file}: policy at ${policy}, first script or style at ${first}`]
      : [];
  });
  expect(misplaced).toEqual([]);
});
