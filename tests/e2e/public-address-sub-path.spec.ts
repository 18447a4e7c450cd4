import { expect, test, type Page } from "@playwright/test";
import { apaDate, clipboard, latestReview, todayInStyles } from "./cite-support.ts";
import { printedText, printToPages } from "./printed.ts";
import { CHAPTERS, sitemapPaths, SUB_PATH_BASE } from "./support.ts";

/*
 * Everything that needs the site's public address, in the build that has one
 * (SITE_URL=https://example.github.io, BASE_PATH=/learning-together/). The root build has
 * none, and its specs check that these are left out rather than invented.
 */
const PUBLIC = `https://example.github.io${SUB_PATH_BASE}`;
/** A site path ("/chapters/benefits/") as its public address. */
const publicAddress = (path: string) => `${PUBLIC}${path.slice(1)}`;
/** A site path as this project's baseURL (the base path) resolves it. */
const local = (path: string) => path.slice(1);

const HIERARCHY = "/chapters/hierarchy-and-safety/";
const WORKSHEET = `${CHAPTERS[2].path}worksheet/`;

const jsonLd = async <T>(page: Page) =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as T;

test("every page in the sitemap has its public address as canonical link, og:url and card", async ({
  request,
}) => {
  const paths = sitemapPaths();
  expect(paths).toContain("/chapters/benefits/");
  const wrong: string[] = [];
  for (const path of paths) {
    const html = await (await request.get(local(path))).text();
    const tag = (pattern: RegExp) => pattern.exec(html)?.[1];
    const found = {
      canonical: tag(/<link rel="canonical" href="([^"]+)"/),
      ogUrl: tag(/<meta property="og:url" content="([^"]+)"/),
      twitter: tag(/<meta name="twitter:card" content="([^"]+)"/),
      image: tag(/<meta property="og:image" content="([^"]+)"/) ?? "",
    };
    const expected = publicAddress(path);
    if (
      found.canonical !== expected ||
      found.ogUrl !== expected ||
      found.twitter !== "summary_large_image" ||
      !/^https:\/\/example\.github\.io\/learning-together\/og\/[a-z-]+\.png$/.test(found.image)
    ) {
      wrong.push(`${path}: ${JSON.stringify(found)}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("the sitemap gives public addresses, leaving out the offline page", async ({ request }) => {
  const xml = await (await request.get("sitemap-0.xml")).text();
  expect(xml).toContain(`<loc>${PUBLIC}chapters/benefits/</loc>`);
  expect(xml).not.toContain("/offline/");
  const offline = await (await request.get("offline/")).text();
  expect(offline).not.toContain('rel="canonical"');
});

test("each chapter's sharing tags name its own card, described in words; other pages share the home card", async ({
  page,
}) => {
  for (const chapter of CHAPTERS) {
    await page.goto(local(chapter.path));
    const slug = chapter.path.split("/")[2] ?? "";
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      "content",
      `${PUBLIC}og/${slug}.png`,
    );
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute(
      "content",
      "1200",
    );
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
      "content",
      new RegExp(`^${chapter.title}: `),
    );
  }
  for (const path of ["/", "/references/"]) {
    await page.goto(local(path));
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      "content",
      `${PUBLIC}og/home.png`,
    );
  }
});

test("the course and its chapters carry their public addresses in JSON-LD", async ({ page }) => {
  await page.goto("");
  const course = await jsonLd<{ "@id": string; url: string; hasPart: { url: string }[] }>(page);
  expect(course.url).toBe(PUBLIC);
  expect(course["@id"]).toBe(`${PUBLIC}#course`);
  expect(course.hasPart.map((part) => part.url)).toEqual(
    CHAPTERS.map((chapter) => publicAddress(chapter.path)),
  );
  await page.goto(local(HIERARCHY));
  const chapter = await jsonLd<{ url: string; isPartOf: { "@id": string } }>(page);
  expect(chapter.url).toBe(await page.locator('link[rel="canonical"]').getAttribute("href"));
  expect(chapter.url).toBe(publicAddress(HIERARCHY));
  expect(chapter.isPartOf["@id"]).toBe(course["@id"]);
  await expect(page.locator('meta[name="citation_fulltext_html_url"]')).toHaveAttribute(
    "content",
    publicAddress(HIERARCHY),
  );
});

test.describe("cite this page", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });
  const today = todayInStyles();

  test("a chapter cites itself in three styles with its review date, public address and today's date", async ({
    page,
  }) => {
    await page.goto(local(HIERARCHY));
    // The site's public address, not the address of this test server.
    const url = publicAddress(HIERARCHY);
    const day = (await page.locator("#chapter-start time").getAttribute("datetime")) ?? "";
    const section = page.getByRole("region", { name: "Cite this page" });
    await expect(section).toContainText("Check the access date");
    // Its code, which sets today's date and copies, loads as the reader nears it.
    await section.scrollIntoViewIfNeeded();
    for (const [label, expected] of [
      [
        "Vancouver",
        `Learning Together [Internet]. ${day.slice(0, 4)} [cited ${today.vancouver}]. Teamwork, hierarchy and safety. Available from: ${url}`,
      ],
      // APA 7 gives a retrieval date only for pages without a date of their own.
      ["APA 7", `Teamwork, hierarchy and safety. (${apaDate(day)}). Learning Together. ${url}`],
      [
        "Harvard",
        `Teamwork, hierarchy and safety (${day.slice(0, 4)}) Learning Together. Available at: ${url} (Accessed: ${today.harvard}).`,
      ],
    ] as const) {
      await expect(section).toContainText(expected);
      await section.getByRole("button", { name: `Copy ${label} reference to this page` }).click();
      await expect(section.getByRole("status")).toHaveText(`${label} reference copied.`);
      expect(await clipboard(page)).toBe(expected);
    }
  });

  test("the about page cites the whole site at its public address", async ({ page }) => {
    const latest = latestReview();
    await page.goto("about/");
    const section = page.getByRole("region", { name: "Cite this site" });
    await section.getByRole("button", { name: "Copy APA 7 reference to this site" }).click();
    await expect(section.getByRole("status")).toHaveText("APA 7 reference copied.");
    expect(await clipboard(page)).toBe(`Learning Together. (${apaDate(latest)}). ${PUBLIC}`);
    await section.getByRole("button", { name: "Copy Harvard reference to this site" }).click();
    await expect(section.getByRole("status")).toHaveText("Harvard reference copied.");
    expect(await clipboard(page)).toBe(
      `Learning Together (${latest.slice(0, 4)}). Available at: ${PUBLIC} (Accessed: ${today.harvard}).`,
    );
  });
});

test("the educators' attribution names the site's public address", async ({ page }) => {
  await page.goto("educators/");
  await expect(page.locator(".attribution")).toContainText(`(${PUBLIC}), licensed under CC BY 4.0`);
});

test.describe("on paper", () => {
  test("a worksheet prints its chapter's address, its own at the foot, and whole addresses after links", async ({
    page,
  }) => {
    await page.goto(local(WORKSHEET));
    await expect(page.getByRole("main")).toContainText(
      `online at ${publicAddress(CHAPTERS[2].path)}`,
    );
    const text = printedText(await printToPages(page)).replace(/\s+/g, "");
    expect(text).toContain(publicAddress(WORKSHEET));
    expect(text).toContain(`(${publicAddress("/chapters/benefits/#specialist-skills")})`);
    // No bare site path in brackets.
    expect(text).not.toMatch(/\(\/[a-z]/);
  });

  for (const path of ["/quiz/answers/venepuncture/", "/quiz/answers/", "/quiz/"]) {
    test(`${path} prints its own public address at its foot`, async ({ page }) => {
      await page.goto(local(path));
      await page.emulateMedia({ media: "print" });
      await expect(page.getByText(/^From Learning Together: /)).toHaveText(
        `From Learning Together: ${publicAddress(path)}. Text licensed under CC BY 4.0.`,
      );
    });
  }

  test("a link to another page prints its full public address", async ({ page }) => {
    await page.goto(local("/chapters/benefits/"));
    await page.emulateMedia({ media: "print" });
    const link = page.getByRole("link", { name: "Teamwork, hierarchy and safety" }).first();
    const after = await link.evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toBe(`" (${publicAddress(HIERARCHY)})"`);
  });

  test("the whole guide prints the site's address and each chapter's", async ({ page }) => {
    await page.goto("guide/");
    await expect(page.getByRole("main")).toContainText(`Learning Together, online at ${PUBLIC}.`);
    await expect(page.getByRole("main")).toContainText(
      `This chapter online, with its quiz: ${publicAddress(CHAPTERS[0].path)}`,
    );
  });
});
