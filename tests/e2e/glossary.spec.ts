import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
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
