import { expect, test } from "@playwright/test";
import { axeViolations, recordCspViolations, sitemapPaths } from "./support.ts";

/*
 * What every page must pass, checked in one visit per page, reloaded in the other theme and
 * at phone width. Each check was once a loop of its own over every page; loading each page
 * four times over was the largest share of the suite's time.
 */

/**
 * The axe rules whose result depends on colour. The themes change colours only (the markup
 * and layout are the same), so the dark theme is checked for these alone.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

const listed = sitemapPaths();

// Pages the sitemap leaves out: the 404 and the offline page.
for (const path of [...listed, "/no-such-page/", "/offline/"]) {
  test(`${path}: one h1, a title, a description and sharing tags; no WCAG 2.2 A/AA violation in the light theme nor a colour one in the dark, no CSP violation or outside request, no sideways scroll at 320 px`, async ({
    page,
    baseURL,
  }) => {
    const csp = await recordCspViolations(page);
    const html = page.locator("html");
    const outside: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin !== new URL(baseURL ?? "").origin && url.protocol !== "data:")
        outside.push(request.url());
    });

    await page.emulateMedia({ colorScheme: "light" });
    const response = await page.goto(path);
    // `astro preview` sends no policy header, as GitHub Pages does not: the meta tag is the
    // whole policy here (the sub-path tests cover a host that sends the build's _headers).
    expect(response?.headers()["content-security-policy"]).toBeUndefined();
    // A blocked inline script (the theme's, say) shows here at once, named, rather than as
    // a control that never appears.
    expect(csp, "while loading").toEqual([]);
    expect(response?.status()).toBe(path === "/no-such-page/" ? 404 : 200);
    await expect(html).toHaveAttribute("lang", "en-GB");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page).toHaveTitle(/\S.*Learning Together|^Learning Together$/);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length).toBeGreaterThan(40);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /\S/);
    // Built without a public address: no canonical link or og:url pointing at an invented
    // one (public-address-sub-path.spec.ts checks them where the build has an address).
    await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", "/favicon.svg");
    const policy = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute("content");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self' 'sha256-/);
    await expect(html).toHaveAttribute("data-theme", "light");
    expect(await axeViolations(page), "light theme").toEqual([]);

    // The reader's choice of theme is kept over a reload (its script runs under the CSP too).
    await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    await page.reload();
    await expect(html).toHaveAttribute("data-theme", "dark");
    expect(await axeViolations(page, COLOUR_RULES), "dark theme").toEqual([]);

    // Loaded afresh at phone width, as a phone would, rather than resized.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.reload();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, "sideways scroll at 320 px").toBe(0);

    expect(csp).toEqual([]);
    expect(outside).toEqual([]);
  });
}
