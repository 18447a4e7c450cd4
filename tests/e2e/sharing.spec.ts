import { expect, test, type APIRequestContext } from "@playwright/test";
import { CHAPTERS } from "./support.ts";

/*
 * The root build knows no public address, so its pages name no card in og:image (an
 * Open Graph image must be absolute): the cards are checked here by their paths, and
 * public-address-sub-path.spec.ts checks that pages name them where the build has one.
 */

/** A sharing card, fetched as a chat or learning platform would. */
async function sharingCard(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  // A PNG's width and height are the first two fields of its IHDR chunk.
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), png };
}

test("each chapter and the home page have their own 1200 × 630 sharing card", async ({
  request,
}) => {
  const cards = new Set<string>();
  for (const name of [...CHAPTERS.map((chapter) => chapter.path.split("/")[2]), "home"]) {
    const card = await sharingCard(request, `/og/${name}.png`);
    expect([card.width, card.height]).toEqual([1200, 630]);
    expect(card.png.length).toBeLessThan(60_000);
    cards.add(card.png.toString("base64"));
  }
  // Each draws its own title, so no two are the same picture.
  expect(cards.size).toBe(CHAPTERS.length + 1);
});

test("without a public address, no page names a card or a Twitter card", async ({ page }) => {
  for (const path of ["/", CHAPTERS[0].path, "/references/"]) {
    await page.goto(path);
    await expect(page.locator('meta[property^="og:image"], meta[name^="twitter:"]')).toHaveCount(0);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /\S/);
  }
});

test("the home page describes the site as a course whose parts are the chapters", async ({
  page,
}) => {
  await page.goto("/");
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const course = JSON.parse(json ?? "{}") as {
    "@type": string;
    "@id"?: string;
    url?: string;
    hasPart: {
      "@type": string;
      name: string;
      url?: string;
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
  const chapter = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  ) as { url?: string; isPartOf: { "@type": string; name: string; "@id"?: string } };
  expect(chapter.isPartOf).toEqual({ "@type": "Course", name: "Learning Together" });
  // Built without a public address: no url or @id, which schema.org wants absolute
  // (public-address-sub-path.spec.ts checks them where the build has an address).
  expect([course.url, course["@id"], venepuncture?.url, chapter.url]).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
});
