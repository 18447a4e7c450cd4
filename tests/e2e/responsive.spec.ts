import { expect, test } from "@playwright/test";

// No page scrolls sideways at 320 px: every-page.spec.ts.

test("chapter text keeps a comfortable line length on a wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1000 });
  await page.goto("/chapters/benefits/");
  const paragraph = page.getByRole("main").locator(".prose-site p").first();
  const { width, fontSize } = await paragraph.evaluate((p) => ({
    width: p.getBoundingClientRect().width,
    fontSize: parseFloat(getComputedStyle(p).fontSize),
  }));
  // About 60 to 80 characters a line: an average character is about half the font size.
  expect(width / (fontSize * 0.5)).toBeLessThan(90);
  expect(width / (fontSize * 0.5)).toBeGreaterThan(50);
});

test("jumping to a section never animates, whatever the motion setting", async ({ page }) => {
  for (const reducedMotion of ["reduce", "no-preference"] as const) {
    await page.emulateMedia({ reducedMotion });
    await page.goto("/chapters/benefits/");
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
    ).toBe("auto");
  }
});

test("every interactive control shows a visible focus outline", async ({ page }) => {
  await page.goto("/chapters/benefits/");
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style, `focus on ${outline.tag}`).not.toBe("none");
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});
