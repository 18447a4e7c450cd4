import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { CHAPTERS } from "./support.ts";

/** The card a page names in og:image, fetched as a chat or learning platform would. */
async function sharingCard(page: Page, request: APIRequestContext) {
  const address = await page.locator('meta[property="og:image"]').getAttribute("content");
  const response = await request.get(new URL(address ?? "").pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  // A PNG's width and height are the first two fields of its IHDR chunk.
  return { address, width: png.readUInt32BE(16), height: png.readUInt32BE(20), bytes: png.length };
}

test("each chapter links to its own 1200 × 630 sharing card, described in words", async ({
  page,
  request,
}) => {
  const addresses = new Set<string | null>();
  for (const chapter of CHAPTERS) {
    await page.goto(chapter.path);
    const card = await sharingCard(page, request);
    expect([card.width, card.height]).toEqual([1200, 630]);
    expect(card.bytes).toBeLessThan(60_000);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute(
      "content",
      "1200",
    );
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
      "content",
      new RegExp(`^${chapter.title}: `),
    );
    addresses.add(card.address);
  }
  expect(addresses.size).toBe(CHAPTERS.length);
});

test("the home page has its own card, which other pages share", async ({ page, request }) => {
  await page.goto("/");
  const home = await sharingCard(page, request);
  expect([home.width, home.height]).toEqual([1200, 630]);
  await page.goto("/references/");
  expect((await sharingCard(page, request)).address).toBe(home.address);
});

test("the home page describes the site as a course whose parts are the chapters", async ({
  page,
}) => {
  await page.goto("/");
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const course = JSON.parse(json ?? "{}") as {
    "@type": string;
    "@id": string;
    hasPart: {
      "@type": string;
      name: string;
      url: string;
      teaches: string[];
      educationalLevel: string;
    }[];
  };
  expect(course["@type"]).toBe("Course");
  expect(course.hasPart.map((part) => part.name)).toEqual(CHAPTERS.map((c) => c.title));
  for (const part of course.hasPart) {
    expect(part["@type"]).toBe("LearningResource");
    expect(part.teaches.length).toBeGreaterThan(0);
    expect(part.educationalLevel).toMatch(/\S/);
  }
  // Each chapter's outcomes are what it teaches, and the chapter names the course it is in.
  await page.goto(CHAPTERS[2].path);
  const outcomes = await page
    .getByRole("region", { name: "Learning outcomes" })
    .getByRole("listitem")
    .allTextContents();
  const venepuncture = course.hasPart[2];
  expect(venepuncture?.teaches).toEqual(outcomes.map((text) => text.trim()));
  expect(venepuncture?.url).toBe(await page.locator('link[rel="canonical"]').getAttribute("href"));
  const chapter = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  ) as { isPartOf: { "@id": string } };
  expect(chapter.isPartOf["@id"]).toBe(course["@id"]);
});
