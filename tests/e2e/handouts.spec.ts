import { expect, test } from "@playwright/test";
import { halfEmptyPages, printedText, printKeepingHeadings } from "./printed.ts";
import { questionsOf } from "./quiz-support.ts";
import { CHAPTERS } from "./support.ts";

const VENEPUNCTURE = CHAPTERS[2];
const WORKSHEET = `${VENEPUNCTURE.path}worksheet/`;
const KEY = "/quiz/answers/venepuncture/";

test("a chapter links to its worksheet and its own answer key", async ({ page }) => {
  await page.goto(VENEPUNCTURE.path);
  await page.getByRole("link", { name: "print a worksheet" }).click();
  await expect(page).toHaveURL(WORKSHEET);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Worksheet: ${VENEPUNCTURE.title}`,
  );
  await page.goto(VENEPUNCTURE.path);
  await page.getByRole("link", { name: "answer key", exact: true }).click();
  await expect(page).toHaveURL(KEY);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Answer key: ${VENEPUNCTURE.title}`,
  );
});

test("a worksheet has the chapter, room to write, its quiz without answers, and its references", async ({
  page,
}) => {
  await page.goto(WORKSHEET);
  // Built without a public address: it names the chapter, and no invented address
  // (public-address-sub-path.spec.ts checks "online at" where the build has one).
  await expect(page.getByRole("main")).toContainText("Chapter 3 of Learning Together");
  await expect(page.getByRole("main")).not.toContainText("online at");
  await expect(page.getByRole("region", { name: "Learning outcomes" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Not clinical guidance" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Key points" })).toBeVisible();
  const reflect = page.getByRole("region", { name: "Reflect" });
  await expect(reflect.locator(".write-space")).toHaveCount(
    await reflect.getByRole("listitem").count(),
  );
  const quiz = page.getByRole("region", { name: "Check your understanding" });
  await expect(quiz.getByText(/^\s*Question \d+:/)).toHaveCount(4);
  await expect(quiz).not.toContainText("Answer:");
  await expect(quiz).not.toContainText("Right.");
  await expect(page.getByRole("region", { name: "References in this chapter" })).toContainText(
    "This chapter cites no published work",
  );
  // A chapter that cites the literature lists it, with DOIs, on its worksheet too.
  await page.goto(`${CHAPTERS[1].path}worksheet/`);
  await expect(
    page
      .getByRole("region", { name: "References in this chapter" })
      .getByRole("link", { name: "10.2147/JMDH.S376074", exact: true }),
  ).toBeVisible();
});

test("the worksheet and the answer key list options and items in the chapter page's shuffle", async ({
  page,
}) => {
  const trimmed = (texts: string[]) => texts.map((text) => text.trim());
  // Chapter 4's quiz has options to choose and one question to put in order.
  const chapter = CHAPTERS[3];
  await page.goto(chapter.path);
  const quiz = page.getByRole("region", { name: "Check your understanding" });
  const onScreen = trimmed(
    await quiz
      .locator(".quiz-options label > span, .quiz-order > li [data-text]")
      .allTextContents(),
  );
  await page.goto(`${chapter.path}worksheet/`);
  const onPaper = trimmed(await page.locator(".tick-box, .number-box").allTextContents());
  const items = questionsOf("hierarchy-and-safety").flatMap((q) => q.items ?? []);
  expect(items.length).toBeGreaterThan(2);
  expect(onPaper.length).toBeGreaterThan(items.length + 4);
  // Paper asks to circle "True / False" on one line, rather than listing them.
  expect(onPaper).toEqual(onScreen.filter((text) => text !== "True" && text !== "False"));
  // The answer key lists each question's options (not the items, whose list is the answer)
  // in the same order, each followed by its feedback.
  await page.goto("/quiz/answers/hierarchy-and-safety/");
  const inKey = trimmed(
    await page
      .getByRole("main")
      .locator(".answer-key-questions > li > ul.list-disc > li")
      .evaluateAll((items) => items.map((item) => item.firstChild?.textContent ?? "")),
  );
  expect(inKey).toEqual(onScreen.filter((text) => !items.includes(text)));
});

test("a chapter's answer key gives each answer, why, and each option's feedback", async ({
  page,
}) => {
  await page.goto(KEY);
  const main = page.getByRole("main");
  await expect(main.getByText("Answer:", { exact: true })).toHaveCount(4);
  await expect(main).toContainText(
    "Feedback: It was the other way round. The HCA gave the student the comfort tips.",
  );
});

test.describe("on paper", () => {
  // Every handout, each printed once: a heading kept with what follows it in one chapter's
  // worksheet may still end a page in another's.
  const handouts = [
    ...CHAPTERS.map((chapter) => `${chapter.path}worksheet/`),
    ...CHAPTERS.map((chapter) => chapter.path.replace("/chapters/", "/quiz/answers/")),
  ];
  for (const path of [...handouts, "/quiz/answers/", "/quiz/"]) {
    test(`${path} prints without the site's frame, no heading at the foot of a page, no half-empty page`, async ({
      page,
    }) => {
      await page.goto(path);
      // No heading at a page's foot, in any handout.
      const pages = await printKeepingHeadings(page);
      const text = printedText(pages);
      // The first thing on paper is the page's own title, not the header or breadcrumbs.
      const title = await page.getByRole("heading", { level: 1 }).innerText();
      expect(text.replace(/\s+/g, "").startsWith(title.replace(/\s+/g, ""))).toBe(true);
      for (const frame of ["Skip to", "On this page", "Search", "All chapters", "Overall"]) {
        expect(text).not.toContain(frame);
      }
      expect(halfEmptyPages(pages)).toEqual([]);
      // Built without a public address, paper names the site and no invented address, and
      // no bare site path in brackets (public-address-sub-path.spec.ts checks the whole
      // addresses where the build has one).
      expect(text).toContain("From Learning Together. Text licensed under CC BY 4.0.");
      expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
      expect(text).not.toMatch(/\(\/[a-z]/);
      // Nor a QR code, which would have no address to lead to (printed-sub-path.spec.ts
      // reads the codes back where the build has one).
      expect(text).not.toContain("#quiz");
      await expect(page.getByRole("main").locator("svg")).toHaveCount(0);
    });
  }

  test("a worksheet keeps its room to write on paper", async ({ page }) => {
    await page.goto(WORKSHEET);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".write-space").first()).toBeVisible();
  });

  test("without a public address, a link to another page prints no address; citation markers print none", async ({
    page,
  }) => {
    await page.goto("/chapters/benefits/");
    await page.emulateMedia({ media: "print" });
    // A bare path on paper leads nowhere, and an invented origin misleads: nothing is added
    // (public-address-sub-path.spec.ts checks the full address where the build has one).
    const link = page.getByRole("link", { name: "Teamwork, hierarchy and safety" }).first();
    const after = await link.evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toBe("none");
    const marker = page.locator("a.cite-marker").first();
    expect(await marker.evaluate((a) => getComputedStyle(a, "::after").content)).toBe("none");
  });

  test("the quiz page prints questions without the running score", async ({ page }) => {
    await page.goto("/quiz/");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByText(/^Overall:/)).toBeHidden();
    await expect(page.getByText(/^Question 1 of/).first()).toBeVisible();
  });
});
