import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { CHAPTERS } from "./support.ts";

interface Entry {
  id: string;
  term: string;
  definition: string;
}
const GLOSSARY = parse(
  readFileSync(`${process.env["CONTENT_DIR"] ?? "content"}/glossary.yaml`, "utf8"),
) as Entry[];
const entry = (id: string) => GLOSSARY.find((e) => e.id === id) as Entry;
const VENEPUNCTURE = CHAPTERS[2];

test("the glossary lists every term in alphabetical order, each at its own address", async ({
  page,
}) => {
  await page.goto("/glossary/");
  const terms = [...GLOSSARY].map((e) => e.term).sort((a, b) => a.localeCompare(b, "en-GB"));
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(terms);
  await expect(page.getByRole("main")).toContainText("They are not claims from the essay.");
  await page.goto("/glossary/#delegation");
  await expect(page.getByRole("heading", { name: "Delegation", level: 2 })).toBeInViewport();
  // The about page says the definitions are the site's own.
  await page.goto("/about/");
  await expect(page.getByRole("main")).toContainText(
    /are the site.s own plain explanations of their everyday meaning/,
  );
});

test("a term's first use in a chapter shows its definition on hover and focus, and Esc closes it", async ({
  page,
}) => {
  await page.goto(VENEPUNCTURE.path);
  const term = page.getByRole("link", { name: "venepuncture", exact: true });
  await expect(term).toHaveAccessibleDescription(entry("venepuncture").definition);
  const preview = page.getByRole("tooltip").filter({ hasText: entry("venepuncture").definition });
  await expect(preview).toBeHidden();
  await term.hover();
  await expect(preview).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(preview).toBeHidden();
  await term.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(term).toBeFocused();
  await expect(preview).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(preview).toBeHidden();
  await expect(term).toBeFocused();
});

test.describe("a term tapped on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  const definition = entry("venepuncture").definition;
  /** The term in the middle of the screen, so a jump of the page in either direction shows. */
  async function termMidScreen(page: Page) {
    await page.goto(VENEPUNCTURE.path);
    const term = page.getByRole("link", { name: "venepuncture", exact: true });
    await term.evaluate((link) => link.scrollIntoView({ block: "center" }));
    return term;
  }
  const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

  test("shows its definition in place, with a link to the glossary and Close, and the page stays where it was", async ({
    page,
  }) => {
    const term = await termMidScreen(page);
    const before = await scrollY(page);
    expect(before).toBeGreaterThan(0);
    await term.tap();
    const panel = page.getByRole("dialog", { name: "venepuncture" });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(definition);
    await expect(panel).toBeFocused();
    await expect(page).toHaveURL(VENEPUNCTURE.path);
    expect(Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(2);
    // Below the term, not over it.
    const termBox = await term.boundingBox();
    const panelBox = await panel.boundingBox();
    if (!termBox || !panelBox) throw new Error("the term or its preview has no box");
    expect(panelBox.y).toBeGreaterThanOrEqual(termBox.y + termBox.height - 1);
    await expect(panel.getByRole("link", { name: "Open in the glossary" })).toHaveAttribute(
      "href",
      "/glossary/#venepuncture",
    );

    // A second tap on the term keeps it open, as on Wikipedia: the way on is the link inside.
    await term.tap();
    await expect(panel).toBeVisible();
    await expect(page).toHaveURL(VENEPUNCTURE.path);

    await panel.getByRole("button", { name: "Close" }).tap();
    await expect(page.getByText(definition)).toBeHidden();
    await expect(term).toBeFocused();
    expect(Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(2);
  });

  test("closes with Esc and with a tap outside it, and its link leads to the entry", async ({
    page,
  }) => {
    const term = await termMidScreen(page);
    const panel = page.getByRole("dialog", { name: "venepuncture" });
    await term.tap();
    await expect(panel).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByText(definition)).toBeHidden();
    await expect(term).toBeFocused();

    await term.tap();
    await expect(panel).toBeVisible();
    const before = await scrollY(page);
    await page.getByText("This chapter tells one story from the essay.").tap({
      position: { x: 10, y: 5 },
    });
    await expect(page.getByText(definition)).toBeHidden();
    await expect(page).toHaveURL(VENEPUNCTURE.path);
    expect(Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(2);

    await term.tap();
    await panel.getByRole("link", { name: "Open in the glossary" }).tap();
    await expect(page).toHaveURL("/glossary/#venepuncture");
    await expect(page.getByRole("heading", { name: "Venepuncture", level: 2 })).toBeInViewport();
  });

  test("a tap on another term closes the first and opens its own", async ({ page }) => {
    const term = await termMidScreen(page);
    await term.tap();
    await expect(page.getByRole("dialog", { name: "venepuncture" })).toBeVisible();
    await page.getByRole("link", { name: "specialised staff", exact: true }).tap();
    await expect(page.getByRole("dialog", { name: "specialised staff" })).toBeVisible();
    await expect(page.getByRole("dialog")).toHaveCount(1);
    await expect(page).toHaveURL(VENEPUNCTURE.path);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, hasTouch: true, isMobile: true });

  test("a tap on a term follows its link to the glossary", async ({ page }) => {
    await page.goto(VENEPUNCTURE.path);
    await page.getByRole("link", { name: "venepuncture", exact: true }).tap();
    await expect(page).toHaveURL("/glossary/#venepuncture");
  });
});

test("a term leads to its glossary entry, and the entry back to where the chapter uses it", async ({
  page,
}) => {
  await page.goto(VENEPUNCTURE.path);
  await page.getByRole("link", { name: "preclinical", exact: true }).click();
  await expect(page).toHaveURL("/glossary/#preclinical");
  await expect(page.getByRole("heading", { name: "Preclinical", level: 2 })).toBeInViewport();
  const entryRegion = page.getByRole("article", { name: "Preclinical" });
  await entryRegion.getByRole("link", { name: VENEPUNCTURE.title }).click();
  await expect(page).toHaveURL(`${VENEPUNCTURE.path}#term-preclinical`);
  await expect(page.getByRole("link", { name: "preclinical", exact: true })).toBeInViewport();
});

test("each chapter links a term once, at most", async ({ page }) => {
  for (const chapter of CHAPTERS) {
    await page.goto(chapter.path);
    const hrefs = await page
      .getByRole("article")
      .locator("a.term-link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  }
});

test("every page's footer leads to the glossary", async ({ page }) => {
  await page.goto(CHAPTERS[0].path);
  await page
    .getByRole("contentinfo")
    .getByRole("navigation", { name: "Footer" })
    .getByRole("link", { name: "Glossary" })
    .click();
  await expect(page).toHaveURL("/glossary/");
});
