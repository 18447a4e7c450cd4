import { expect, test, type Page } from "@playwright/test";
import {
  answerByKeyboard,
  openQuiz,
  questionBox,
  questionsOf,
  reachQuiz,
  type YamlQuestion,
} from "./quiz-support.ts";
import { recordCspViolations } from "./support.ts";

/*
 * The site built with BASE_PATH=/learning-together/ SITE_URL=https://example.github.io and
 * served under that folder by a host that sends the build's _headers, with the root build
 * beside it at / on the same origin (as GitHub Pages serves a user and a project site).
 * Page addresses here are relative, so they resolve under the base path.
 */
const BASE = "/learning-together/";
const PUBLIC = "https://example.github.io/learning-together/";

/** Collects Content-Security-Policy violations and any request that leaves the base path. */
async function watch(page: Page) {
  const violations = await recordCspViolations(page);
  const outside: string[] = [];
  const failed: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && !url.pathname.startsWith(BASE)) outside.push(request.url());
  });
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  return { violations, outside, failed };
}

test("every page's styles, scripts and icon load from under the base path", async ({ page }) => {
  const seen = await watch(page);
  for (const path of [
    "",
    "chapters/",
    "chapters/venepuncture/",
    "quiz/",
    "references/",
    "about/",
  ]) {
    await page.goto(path);
    await expect(
      page.getByRole("banner").getByRole("link", { name: "Learning Together", exact: true }),
    ).toHaveAttribute("href", BASE);
    // Tailwind's utilities applied: the header is laid out, not raw HTML.
    await expect(page.getByRole("banner")).toHaveCSS("border-bottom-style", "solid");
  }
  expect(seen).toEqual({ violations: [], outside: [], failed: [] });
});

test("the host sends the security headers from the build's _headers file", async ({ request }) => {
  const page = await request.get("chapters/benefits/");
  const headers = page.headers();
  expect(headers["content-security-policy"]).toContain("'wasm-unsafe-eval'");
  // Any site may frame the pages (a learning platform embedding a chapter): frame.spec.ts.
  expect(headers["content-security-policy"]).toContain("frame-ancestors *");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
});

test("navigation by header, breadcrumbs and next-chapter links stays under the base path", async ({
  page,
}) => {
  await page.goto("");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Chapters" })
    .click();
  await expect(page).toHaveURL(`${BASE}chapters/`);
  await page.getByRole("link", { name: "Learning together across professions" }).first().click();
  await expect(page).toHaveURL(`${BASE}chapters/learning-together/`);
  await page.getByRole("link", { name: /Next chapter/ }).click();
  await expect(page).toHaveURL(`${BASE}chapters/benefits/`);
  await page
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: "Home" })
    .click();
  await expect(page).toHaveURL(BASE);
});

test("a link written in a chapter's text opens the right section under the base path", async ({
  page,
}) => {
  await page.goto("chapters/hierarchy-and-safety/");
  await page
    .getByRole("article")
    .getByRole("link", { name: "Why learning from specialists works", exact: true })
    .click();
  await expect(page).toHaveURL(`${BASE}chapters/benefits/#delegation`);
  await expect(page.getByRole("heading", { name: "Competencies and delegation" })).toBeInViewport();
});

test("a missing page answers 404 with links that work under the base path", async ({ page }) => {
  const response = await page.goto("no-such-page/");
  expect(response?.status()).toBe(404);
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(BASE);
});

test.describe("under the base path", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a search finds its index there and its first result opens there", async ({ page }) => {
    const seen = await watch(page);
    await page.goto("search/?q=pillow");
    const results = page.getByRole("list", { name: "Search results" });
    const first = results.getByRole("link").first();
    await expect(first).toHaveAttribute("href", new RegExp(`^${BASE}chapters/`));
    await first.click();
    await expect(page).toHaveURL(
      new RegExp(`^http://127\\.0\\.0\\.1:\\d+${BASE}chapters/venepuncture/`),
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "A first venepuncture, taught by a healthcare assistant",
    );
    // Pagefind's highlight script, from under the base path too, marks the word.
    await expect(page.locator("mark").first()).toHaveText(/^pillow/i);
    expect(seen).toEqual({ violations: [], outside: [], failed: [] });
  });

  test("a misspelt search offers 'Did you mean', from the word list under the base path", async ({
    page,
  }) => {
    const seen = await watch(page);
    const wordLists: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("search-words.json"))
        wordLists.push(new URL(request.url()).pathname);
    });
    await page.goto("search/?q=hierachy");
    await expect(page.getByRole("status")).toHaveText(
      "No results for “hierachy”. Did you mean hierarchy?",
    );
    const suggestion = page.getByRole("link", { name: "hierarchy", exact: true });
    await expect(suggestion).toHaveAttribute("href", `${BASE}search/?q=hierarchy`);
    await suggestion.click();
    await expect(page.getByRole("status")).toHaveText(/match(es)? “hierarchy”/);
    // The root build beside this one also has a word list, so a request that skipped the
    // base path would still find one here: only where it went tells the two apart.
    expect(wordLists).toEqual([`${BASE}search-words.json`]);
    expect(seen).toEqual({ violations: [], outside: [], failed: [] });
  });

  test("a citation preview opens and its marker leads to the reference", async ({ page }) => {
    await page.goto("chapters/hierarchy-and-safety/");
    const marker = page.getByRole("link", { name: "Reference 2" });
    await marker.hover();
    await expect(page.getByRole("tooltip")).toContainText("doi:10.2147/JMDH.S140042");
    await marker.click();
    await expect(page).toHaveURL(`${BASE}references/#busari-2017`);
  });

  test("copying a section link gives the address under the base path", async ({ page }) => {
    await page.goto("chapters/benefits/");
    await page
      .getByRole("button", { name: "Copy link to section: Competencies and delegation" })
      .click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(`${BASE}chapters/benefits/#delegation`, page.url()).href,
    );
  });

  test("'Cite this page', the canonical link and sharing tags give the public address", async ({
    page,
  }) => {
    await page.goto("chapters/benefits/");
    const address = `${PUBLIC}chapters/benefits/`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", address);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", address);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      "content",
      `${PUBLIC}og/benefits.png`,
    );
    await expect(page.getByRole("region", { name: "Cite this page" })).toContainText(address);
  });

  test("downloads and robots.txt point inside the base path", async ({ page, request }) => {
    await page.goto("references/");
    const bib = page.getByRole("link", { name: "Download all as BibTeX" });
    await expect(bib).toHaveAttribute("href", `${BASE}references.bib`);
    expect((await request.get("references.bib")).status()).toBe(200);
    const robots = await (await request.get("robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${PUBLIC}sitemap-index.xml`);
  });
});

test("quiz progress is kept apart from another copy of the site on the same origin", async ({
  page,
}) => {
  const seen = await watch(page);
  const q = questionsOf("benefits").find((x) => x.type !== "order") as YamlQuestion;
  await openQuiz(page, "chapters/benefits/");
  await answerByKeyboard(page, questionBox(page, q), q, true);
  await expect(questionBox(page, q).getByRole("status")).toContainText(/^Correct\./);

  // The copy at the root of the same origin has its own progress, under the old key.
  await openQuiz(page, "/chapters/benefits/");
  await expect(questionBox(page, q).getByRole("status")).toHaveText("");
  await answerByKeyboard(page, questionBox(page, q), q, false);
  await expect(questionBox(page, q).getByRole("status")).toContainText(/^Not quite\./);
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toEqual(["ipc-progress", `ipc-progress:${"/learning-together/"}`]);

  // Back under the base path, the first answer is still there after a reload.
  await page.goto("chapters/benefits/");
  await page.reload();
  await reachQuiz(page);
  await expect(questionBox(page, q).getByRole("status")).toContainText(/^Correct\./);
  expect(seen.violations).toEqual([]);
});

test("built with REPO_URL, chapters link to their file and every page to the tracker", async ({
  page,
}) => {
  await page.goto("chapters/benefits/");
  await expect(page.getByRole("link", { name: "Edit this page" })).toHaveAttribute(
    "href",
    "https://github.com/example/learning-together/edit/main/content/chapters/02-benefits.mdx",
  );
  for (const path of ["", "chapters/benefits/", "references/"]) {
    await page.goto(path);
    const report = page.getByRole("contentinfo").getByRole("link", { name: "Report a problem" });
    const url = new URL((await report.getAttribute("href")) ?? "");
    expect(`${url.origin}${url.pathname}`).toBe(
      "https://github.com/example/learning-together/issues/new",
    );
    expect(url.searchParams.get("body")).toMatch(new RegExp(`^Page: ${PUBLIC}${path}\n`));
  }
});
