import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { waitForWorker } from "./offline-support.ts";

/*
 * What search finds and says, for the queries readers were seen to type: shared by the root
 * build (search-examples.spec.ts) and the build under a base path
 * (search-examples-sub-path.spec.ts), each online and offline (after one visit, with the
 * connection off). Addresses are relative, so they resolve under the project's baseURL.
 */

const status = (page: Page) => page.getByRole("main").getByRole("status").first();
const resultList = (page: Page) => page.getByRole("list", { name: "Search results" });
const pageTitles = (page: Page) => resultList(page).locator(".search-result-title");
const radio = (page: Page, name: string) => page.getByRole("radio", { name, exact: true });

/** Runs a search on the search page, as a link to it would, and waits for its answer. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(status(page)).not.toBeEmpty();
}

export function searchExamples(base: string): void {
  for (const connection of ["online", "offline"] as const) {
    test.describe(`search ${connection}`, () => {
      // One page for the whole group: offline, it is the visit that saved the site.
      test.describe.configure({ mode: "serial" });
      let context: BrowserContext;
      let page: Page;
      test.beforeAll(async ({ browser }, info) => {
        context = await browser.newContext({
          ...(info.project.use.baseURL ? { baseURL: info.project.use.baseURL } : {}),
          serviceWorkers: connection === "offline" ? "allow" : "block",
        });
        page = await context.newPage();
        if (connection === "offline") {
          await page.goto("chapters/learning-together/");
          await waitForWorker(page);
          await context.setOffline(true);
        }
      });
      test.afterAll(async () => {
        await context.close();
      });

      test("each filter counts the results of this search, and no results count nothing", async () => {
        await searchFor(page, "speak up");
        await expect(status(page)).toHaveText("1 page matches “speak up”.");
        await expect(radio(page, "All (1)")).toBeChecked();
        await expect(radio(page, "Chapters (1)")).toBeVisible();
        await expect(radio(page, "Glossary (0)")).toBeVisible();
        await expect(pageTitles(page)).toHaveCount(1);

        await radio(page, "Glossary (0)").check();
        await expect(status(page)).toHaveText(
          "No results for “speak up” in Glossary. Try another word, or browse the chapters.",
        );
        await expect(pageTitles(page)).toHaveCount(0);

        await searchFor(page, "hierachy");
        for (const kind of ["All", "Chapters", "Glossary", "References"]) {
          await expect(radio(page, kind)).toBeVisible();
        }
      });

      test("a quoted phrase finds its passage and marks it, without the quotes", async () => {
        await searchFor(page, '"raise concerns"');
        await expect(status(page)).toHaveText('1 page matches "raise concerns".');
        const first = resultList(page).locator(".search-result-section").first();
        await expect(first).toHaveAttribute(
          "href",
          new RegExp(`^${base}chapters/hierarchy-and-safety/\\?highlight=raise\\+concerns#`),
        );
        await first.click();
        const marks = page.getByRole("main").locator("mark");
        await expect(marks.first()).toHaveText(/^raise\s+concerns$/i);
        await expect(page.getByText("Highlighted: “raise concerns”.")).toBeVisible();
        // Clearing keeps the reader where they were: same place, focus on the heading in view.
        const at = await page.evaluate(() => scrollY);
        await page.getByRole("button", { name: "Clear highlights" }).click();
        await expect(marks).toHaveCount(0);
        const focused = page.locator(":focus");
        await expect(focused).toHaveRole("heading");
        await expect(focused).toBeInViewport();
        expect(await page.evaluate(() => scrollY)).toBe(at);
      });

      test("a stray quote is only a character", async () => {
        for (const query of ['raise "concerns', '"raise concerns', 'speak up"']) {
          await searchFor(page, query);
          await expect(status(page)).not.toHaveText(/^No results/);
          await expect(pageTitles(page).first()).toBeVisible();
        }
      });

      test("a word found only as a fragment of others is a near miss, with a suggestion", async () => {
        await searchFor(page, "teamwrok");
        await expect(status(page)).toHaveText("No results for “teamwrok”. Did you mean teamwork?");
        await expect(pageTitles(page)).toHaveCount(0);
        await status(page).getByRole("link", { name: "teamwork" }).click();
        await expect(status(page)).toHaveText(/match(es)? “teamwork”/);
      });

      test("a question no page answers word for word lists the pages holding most of it", async () => {
        await searchFor(page, "why should medical students learn from nurses");
        await expect(status(page)).toHaveText(/match(es)? most of it/);
        await expect(pageTitles(page).first()).toHaveText("Learning together across professions");
      });

      test("a chapter that teaches the words comes before the glossary that defines them", async () => {
        await searchFor(page, "watching senior staff");
        const titles = await pageTitles(page).allTextContents();
        expect(titles[0]).toBe("Learning by observing practice");
        expect(titles.indexOf("Glossary")).toBeGreaterThan(0);
        // Unless the query is the term itself.
        await searchFor(page, "hierarchy");
        await expect(pageTitles(page).first()).toHaveText("Glossary");
      });

      test("highlights mark whole words searched for, never stop words or word parts", async () => {
        await page.goto("chapters/hierarchy-and-safety/?highlight=the&highlight=up#hierarchy");
        const marks = page.getByRole("main").locator("mark");
        await expect(marks.first()).toBeVisible();
        for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toBe("up");
        // "made up" in the text is a phrase, "made-up" would be one word: never marked inside.
        const inside = await marks.evaluateAll((all) =>
          all.filter((mark) => /[\p{L}-]$/u.test(mark.previousSibling?.textContent ?? "")),
        );
        expect(inside).toHaveLength(0);
        await expect(page.getByText("Highlighted: “up”.")).toBeVisible();
      });

      test("a crafted link's highlight bar names only words on the page, a few at most", async () => {
        const words = Array.from(
          { length: 60 },
          (_, i) => `highlight=claim${"abcdefghij"[i % 10]}${"klmnopqrst"[Math.floor(i / 10)]}`,
        );
        await page.goto(`chapters/venepuncture/?highlight=pillow&${words.join("&")}`);
        await expect(page.getByText("Highlighted: “pillow”.")).toBeVisible();
        await page.goto(
          "chapters/venepuncture/?highlight=pillow&highlight=tourniquet&highlight=patient&highlight=hca&highlight=arm&highlight=blood",
        );
        await expect(page.locator(".highlight-bar p")).toHaveText(
          /^Highlighted: “[^”]+”, “[^”]+”, “[^”]+” and \d more\.$/,
        );
      });

      test("a very long query wraps and is shortened where it is repeated", async () => {
        await page.setViewportSize({ width: 320, height: 640 });
        await searchFor(page, "x".repeat(5000));
        const text = (await status(page).textContent()) ?? "";
        expect(text.length).toBeLessThan(200);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          320,
        );
        await searchFor(page, Array.from({ length: 40 }, () => "team").join(" "));
        await expect(status(page)).toContainText("Only its first 12 words were searched.");
        await page.setViewportSize({ width: 1280, height: 720 });
      });

      test("a result in the page being read takes focus to its section", async () => {
        await page.goto("chapters/benefits/");
        await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
        const dialog = page.getByRole("dialog", { name: "Search" });
        await dialog.getByRole("searchbox").fill("delegate");
        await dialog
          .getByRole("link", { name: /^Competencies and delegation/ })
          .first()
          .click();
        await expect(dialog).toBeHidden();
        await expect(
          page.getByRole("heading", { name: "Competencies and delegation" }),
        ).toBeFocused();
      });

      test("Escape closes the dialog even with words in the box, and keeps them", async () => {
        await page.goto("chapters/benefits/");
        const button = page.getByRole("banner").getByRole("button", { name: "Search" });
        await button.click();
        const dialog = page.getByRole("dialog", { name: "Search" });
        await dialog.getByRole("searchbox").fill("pillow");
        await page.keyboard.press("Escape");
        await expect(dialog).toBeHidden();
        await expect(button).toBeFocused();
        await button.click();
        await expect(dialog.getByRole("searchbox")).toHaveValue("pillow");
      });
    });
  }

  test("search that cannot load says so in place, online or on a first visit offline", async ({
    page,
    context,
  }) => {
    await page.route("**/search/", (route) => route.abort());
    await page.goto("chapters/benefits/");
    const button = page.getByRole("banner").getByRole("button", { name: "Search" });
    const message = page.getByRole("banner").getByRole("status");
    await button.click();
    await expect(message).toHaveText("Search could not load. Try again in a moment.");
    await expect(message).toBeVisible();

    await page.unroute("**/search/");
    await context.setOffline(true);
    await button.click();
    await expect(message).toHaveText("Search could not load: you are offline.");
    await expect(page).toHaveURL(/chapters\/benefits\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Why learning from specialists works",
    );
  });
}
