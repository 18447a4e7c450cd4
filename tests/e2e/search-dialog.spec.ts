import { expect, test, type Page } from "@playwright/test";
import { axeViolations, recordCspViolations } from "./support.ts";

const CHAPTER = "/chapters/benefits/";
const dialog = (page: Page) => page.getByRole("dialog", { name: "Search" });
const box = (page: Page) => dialog(page).getByRole("searchbox", { name: "Search the chapters" });
const results = (page: Page) => dialog(page).getByRole("list", { name: "Search results" });
const headerSearch = (page: Page) =>
  page.getByRole("banner").getByRole("button", { name: "Search" });

test("nothing of search loads until the reader opens it", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(CHAPTER, { waitUntil: "networkidle" });
  expect(requests.filter((path) => path.startsWith("/pagefind/") || path === "/search/")).toEqual(
    [],
  );
  await headerSearch(page).click();
  await expect(box(page)).toBeFocused();
  await expect.poll(() => requests.some((path) => path.startsWith("/pagefind/"))).toBe(true);
});

test("opens by click with the box focused, and Esc returns focus to the button", async ({
  page,
}) => {
  await page.goto(CHAPTER);
  await headerSearch(page).click();
  await expect(dialog(page)).toBeVisible();
  await expect(box(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
  await expect(headerSearch(page)).toBeFocused();
});

for (const shortcut of ["/", "Control+k"]) {
  test(`opens with ${shortcut}, and closing returns focus to where it was`, async ({ page }) => {
    await page.goto(CHAPTER);
    const link = page.getByRole("link", { name: "Competencies and delegation" }).first();
    await link.focus();
    await page.keyboard.press(shortcut);
    await expect(box(page)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(link).toBeFocused();
  });
}

test("a shortcut typed into a field stays in the field", async ({ page }) => {
  await page.goto("/chapters/no-such-chapter/");
  const field = page.getByRole("main").getByRole("searchbox", { name: "Search the chapters" });
  await field.focus();
  await page.keyboard.type("a/b");
  await expect(field).toHaveValue("a/b");
  await expect(dialog(page)).toBeHidden();
});

test("arrow keys move through the results and Enter opens one at its section", async ({ page }) => {
  await page.goto(CHAPTER);
  await page.keyboard.press("/");
  await expect(box(page)).toBeFocused();
  await page.keyboard.type("pillow");
  await expect(dialog(page).getByRole("status")).toHaveText(/match(es)? “pillow”/);
  await page.keyboard.press("ArrowDown");
  await expect(
    results(page).getByRole("link", {
      name: "A first venepuncture, taught by a healthcare assistant",
      exact: true,
    }),
  ).toBeFocused();
  await page.keyboard.press("ArrowDown");
  const tips = results(page).getByRole("link", { name: /^Three tips for the patient’s comfort/ });
  await expect(tips).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(box(page)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/chapters/venepuncture/?highlight=pillow#comfort-tips");
  await expect(
    page.getByRole("heading", { name: "Three tips for the patient’s comfort" }),
  ).toBeInViewport();
});

test("a phrase puts a section holding the whole phrase first", async ({ page }) => {
  await page.goto(CHAPTER);
  await page.keyboard.press("/");
  await expect(box(page)).toBeFocused();
  await page.keyboard.type("speak up");
  await expect(dialog(page).getByRole("status")).toHaveText(/match(es)? “speak up”/);
  const first = results(page).locator(".search-result-section").first();
  await expect(first).toHaveText(/^Hierarchy and speaking up/);
  // Searching from the dialog leaves the address of the page being read alone.
  expect(new URL(page.url()).search).toBe("");
});

test("a result in the page being read closes the dialog and lands at its section, marked, without a reload", async ({
  page,
}) => {
  await page.goto(CHAPTER);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await headerSearch(page).click();
  await box(page).fill("delegate");
  await results(page)
    .getByRole("link", { name: /^Competencies and delegation/ })
    .first()
    .click();
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(`${CHAPTER}?highlight=delegate#delegation`);
  await expect(page.getByRole("heading", { name: "Competencies and delegation" })).toBeInViewport();
  await expect(page.locator("mark").first()).toHaveText("delegate");
  await expect(page.getByRole("button", { name: "Clear highlights" })).toBeVisible();
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
});

test.describe("a page opened from a result", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("marks the words searched for, and Clear highlights, one Tab away, takes them off", async ({
    page,
  }) => {
    const violations = await recordCspViolations(page);
    await page.goto("/search/?q=pillow");
    await page.getByRole("link", { name: /^Three tips for the patient’s comfort/ }).click();
    await expect(page).toHaveURL("/chapters/venepuncture/?highlight=pillow#comfort-tips");
    const marks = page.getByRole("main").locator("mark");
    await expect(marks.first()).toHaveText(/^pillows?$/i);
    await expect(page.getByText("Highlighted: “pillow”.")).toBeVisible();
    // The reader landed at the section: the control is next in the tab order.
    await page.keyboard.press("Tab");
    const clear = page.getByRole("button", { name: "Clear highlights" });
    await expect(clear).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(marks).toHaveCount(0);
    await expect(clear).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "Highlights cleared" })).toHaveCount(1);
    await expect(page).toHaveURL("/chapters/venepuncture/#comfort-tips");
    // The reader stays where they were: focus on the heading of the part in view.
    const tips = page.getByRole("heading", { name: "Three tips for the patient’s comfort" });
    await expect(tips).toBeInViewport();
    await expect(tips).toBeFocused();
    expect(violations).toEqual([]);
  });

  test("marks whole words that start with a term, and not the term inside other words", async ({
    page,
  }) => {
    await page.goto("/chapters/hierarchy-and-safety/?highlight=speak&highlight=up#hierarchy");
    const marks = page.getByRole("main").locator("mark");
    await expect(marks.first()).toBeVisible();
    const words = new Set((await marks.allTextContents()).map((w) => w.toLowerCase()));
    expect(words).toContain("speaking");
    expect(words).toContain("up");
    for (const word of words) expect(word).toMatch(/^(speak|up)/);
    // The quiz is left out of search (its answers would show in excerpts), so its words
    // ("discourage a hierarchy from forming") are not marked either.
    await page.goto("/chapters/hierarchy-and-safety/?highlight=hierarchy");
    await expect(marks.first()).toBeVisible();
    const quiz = page.getByRole("region", { name: "Check your understanding" });
    await expect(quiz.getByText(/a hierarchy from forming/).first()).toBeVisible();
    await expect(quiz.locator("mark")).toHaveCount(0);
  });

  test("copies a section link without the search words", async ({ page }) => {
    await page.goto("/chapters/benefits/?highlight=delegation#delegation");
    await expect(page.getByRole("main").locator("mark").first()).toBeVisible();
    await page
      .getByRole("button", { name: "Copy link to section: Competencies and delegation" })
      .click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL("/chapters/benefits/#delegation", page.url()).href,
    );
  });

  for (const theme of ["light", "dark"] as const) {
    test(`has no WCAG 2.2 A/AA violations with the words marked at 390 px, ${theme}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto("/chapters/venepuncture/?highlight=pillow#comfort-tips");
      await expect(page.getByRole("button", { name: "Clear highlights" })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test("search runs under the Content Security Policy with no violation", async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto(CHAPTER);
  await headerSearch(page).click();
  await box(page).fill("venepuncture");
  await expect(results(page).getByRole("listitem").first()).toBeVisible();
  expect(violations).toEqual([]);
});

for (const width of [390, 1280]) {
  for (const theme of ["light", "dark"] as const) {
    test(`the open dialog with results has no WCAG 2.2 A/AA violations at ${width} px, ${theme}`, async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize({ width, height: 844 });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(CHAPTER);
      await headerSearch(page).click();
      expect(await axeViolations(page), "empty").toEqual([]);
      await box(page).fill("hierarchy");
      await expect(results(page).getByRole("listitem").first()).toBeVisible();
      expect(await axeViolations(page), "with results").toEqual([]);
    });
  }
}

test("a search that failed offline works once the connection is back, without a reload", async ({
  page,
  context,
}) => {
  await page.goto("/search/");
  await context.setOffline(true);
  await page.getByRole("searchbox", { name: "Search the chapters" }).fill("pillow");
  await expect(page.getByRole("status")).toHaveText(/this device is offline/);
  await context.setOffline(false);
  await expect(page.getByRole("status")).toHaveText(/match(es)? “pillow”/);
  await expect(
    page.getByRole("list", { name: "Search results" }).getByRole("listitem").first(),
  ).toBeVisible();
});

test.describe("filters by kind of page", () => {
  test("narrow a query's results, by keyboard", async ({ page }) => {
    await page.goto("/search/?q=garnweidner");
    const list = page.getByRole("list", { name: "Search results" });
    await expect(list.getByRole("link", { name: "References", exact: true })).toBeVisible();
    const chapters = page.getByRole("radio", { name: /^Chapters \(\d+\)$/ });
    await page.getByRole("radio", { name: "All" }).focus();
    // Native radios: arrow keys move the choice.
    while (!(await chapters.isChecked())) await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("status")).toHaveText(/match(es)? “garnweidner” in Chapters\./);
    await expect(list.getByRole("link", { name: "References", exact: true })).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]kind=Chapters/);
  });

  test("list every page of a kind without a query, in the dialog too", async ({ page }) => {
    await page.goto("/chapters/benefits/");
    await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
    // No words, no counts; once a kind is chosen, every page of each kind is counted.
    await dialog(page).getByRole("radio", { name: "Chapters", exact: true }).check();
    await expect(dialog(page).getByRole("status")).toHaveText("6 pages in Chapters.");
    await expect(results(page).getByRole("heading")).toHaveCount(6);
    await expect(dialog(page).getByRole("radio", { name: "Chapters (6)" })).toBeChecked();
  });
});

test("a misspelt word that finds nothing offers the word the site has, as a link that runs it", async ({
  page,
}) => {
  await page.goto("/search/?q=hierachy");
  await expect(page.getByRole("status")).toHaveText(
    "No results for “hierachy”. Did you mean hierarchy?",
  );
  await page.getByRole("link", { name: "hierarchy", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(/match(es)? “hierarchy”/);
  await expect(page.getByRole("searchbox", { name: "Search the chapters" })).toHaveValue(
    "hierarchy",
  );
  await expect(page).toHaveURL(/\?q=hierarchy$/);
});
