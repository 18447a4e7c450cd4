import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { CHAPTERS, sitemapPaths } from "./support.ts";

const paths = sitemapPaths();

test("the sitemap lists every page: home, chapters, the six chapters with their worksheets, quiz, answer keys, references, about, educators, the whole guide, the glossary, review, your notes, search and your data", () => {
  expect(paths.sort()).toEqual(
    [
      "/",
      "/about/",
      "/educators/",
      "/guide/",
      "/glossary/",
      "/notes/",
      "/chapters/",
      "/quiz/",
      "/quiz/answers/",
      "/references/",
      "/review/",
      "/search/",
      "/your-data/",
      ...CHAPTERS.map((c) => c.path),
      ...CHAPTERS.map((c) => `${c.path}worksheet/`),
      ...CHAPTERS.map((c) => c.path.replace("/chapters/", "/quiz/answers/")),
    ].sort(),
  );
});

// Each page answers 200 with one h1, a title, a description and sharing tags: every-page.spec.ts.

test("every page has its own title and description", () => {
  // Read from the built files, as a search engine reads them: no page needs a browser here.
  const head = (path: string) => {
    const html = readFileSync(`dist${path}index.html`, "utf8");
    return {
      title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "",
      description: /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? "",
    };
  };
  const heads = paths.map(head);
  expect(heads.every(({ title, description }) => title && description)).toBe(true);
  expect(new Set(heads.map((h) => h.title)).size).toBe(paths.length);
  expect(new Set(heads.map((h) => h.description)).size).toBe(paths.length);
});

test("each chapter shows its title, summary, reading time, review date, outcomes, key points and reflection", async ({
  page,
}) => {
  for (const [index, chapter] of CHAPTERS.entries()) {
    await page.goto(chapter.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(chapter.title);
    await expect(page.getByText(`Chapter ${index + 1}`, { exact: true })).toBeVisible();
    await expect(
      page.getByText(/^\s*\d+ min read · Last reviewed\s+\d{1,2} [A-Z][a-z]+ 20\d\d\s*$/),
    ).toBeVisible();
    const outcomes = page.getByRole("region", { name: "Learning outcomes" });
    await expect(outcomes.getByText("By the end you can:")).toBeVisible();
    expect(await outcomes.getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
    expect(
      await page.getByRole("region", { name: "Key points" }).getByRole("listitem").count(),
    ).toBeGreaterThanOrEqual(2);
    expect(
      await page.getByRole("region", { name: "Reflect" }).getByRole("listitem").count(),
    ).toBeGreaterThanOrEqual(1);
  }
});

test("the venepuncture chapter says it is not clinical guidance and gives the three comfort tips", async ({
  page,
}) => {
  await page.goto("/chapters/venepuncture/");
  const note = page.getByRole("complementary", { name: "Not clinical guidance" });
  await expect(note).toBeVisible();
  await expect(note).toContainText("not clinical instruction");
  await expect(note).toContainText("your own organisation's policies");
  const main = page.getByRole("main");
  await expect(main).toContainText(/armrest or (a )?pillow/);
  await expect(main).toContainText(/deep breath/);
  await expect(main).toContainText(/shallow angle/);
  await expect(main).toContainText(/why their blood tests had been (requested|asked for)/);
});

test("the home page introduces the site and lists the six chapters with summary and reading time", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "interprofessional collaboration",
  );
  const list = page.getByRole("region", { name: "The chapters" }).getByRole("listitem");
  await expect(list).toHaveCount(6);
  for (const [index, chapter] of CHAPTERS.entries()) {
    const card = list.nth(index);
    await expect(card.getByRole("link", { name: chapter.title })).toHaveAttribute(
      "href",
      chapter.path,
    );
    await expect(card.getByText(/^\d+ min read$/)).toBeVisible();
  }
  await expect(
    page.getByRole("main").getByRole("link", { name: "For educators", exact: true }),
  ).toHaveAttribute("href", "/educators/");
  await expect(page.getByRole("link", { name: "Start reading" })).toHaveAttribute(
    "href",
    CHAPTERS[0].path,
  );
});

test("the about page covers the source, licence, clinical note and accessibility", async ({
  page,
}) => {
  await page.goto("/about/");
  for (const name of ["The source essay", "Licence", "Not clinical guidance", "Accessibility"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole("main")).toContainText("Learning to learn from each other");
  await expect(page.getByRole("main")).toContainText("CC BY 4.0");
});

test("an unknown address gets a helpful 404 page with the chapter list", async ({ page }) => {
  const response = await page.goto("/chapters/benefit/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page).toHaveTitle(/Page not found/);
  // It has no address of its own: nothing tells search engines to index "/404/".
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  for (const chapter of CHAPTERS) {
    await expect(page.getByRole("link", { name: chapter.title })).toHaveAttribute(
      "href",
      chapter.path,
    );
  }
});

test("robots.txt allows crawling, and names no sitemap in a build without an address", async ({
  request,
}) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("User-agent: *\nAllow: /\n");
  // A sitemap lists absolute addresses, so the build wrote none (sub-path.spec.ts checks
  // the Sitemap line where the build has an address).
  expect((await request.get("/sitemap-index.xml")).status()).toBe(404);
});

test("built without REPO_URL, no page offers to edit or report to a tracker it does not have", async ({
  page,
}) => {
  for (const path of ["/", "/chapters/benefits/", "/about/"]) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: "Edit this page" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Report a problem" })).toHaveCount(0);
  }
  await expect(page.getByRole("main")).not.toContainText("issue tracker");
  await expect(page.getByRole("main")).toContainText(
    "tell whoever shared this copy of the site with you",
  );
});
