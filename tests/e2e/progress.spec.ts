import { expect, test, type Page } from "@playwright/test";
import {
  answerByKeyboard,
  openQuiz,
  questionBox,
  questionsOf,
  type YamlQuestion,
} from "./quiz-support.ts";
import { CHAPTERS, seedProgress } from "./support.ts";

/** What this browser has saved, as stored. */
const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem("ipc-progress") ?? "null") as unknown);

/** A chapter's slug, from its address. */
const slugOf = (chapter: { path: string }) => chapter.path.split("/")[2] ?? "";

const card = (page: Page, title: string) => page.getByRole("listitem").filter({ hasText: title });

test("reading a chapter to the end marks it read, and the home page offers the next one", async ({
  page,
}) => {
  const [first, second] = CHAPTERS;
  await page.goto(first.path);
  await page.getByRole("region", { name: "Key points" }).scrollIntoViewIfNeeded();
  await expect
    .poll(() => stored(page))
    .toMatchObject({ v: 3, read: ["learning-together"], opened: "learning-together" });

  await page.goto("/");
  await expect(card(page, first.title).getByText("Read · Quiz: not started")).toBeVisible();
  await expect(card(page, second.title).getByText("Quiz: not started")).toHaveText(
    "Quiz: not started",
  );
  const next = page.getByRole("link", { name: `Continue: ${second.title}` });
  await expect(next).toHaveAttribute("href", second.path);
  await expect(page.getByRole("link", { name: "Start reading" })).toHaveCount(0);
  await next.click();
  await expect(page).toHaveURL(second.path);

  await page.goto("/chapters/");
  await expect(page.getByRole("link", { name: `Continue: ${second.title}` })).toBeVisible();
  await expect(card(page, first.title).getByText("Read · Quiz: not started")).toBeVisible();
});

test("a chapter opened but not read to the end is not marked read, and Continue leads back to it", async ({
  page,
}) => {
  const third = CHAPTERS[2];
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Start reading" })).toHaveAttribute(
    "href",
    CHAPTERS[0].path,
  );
  await page.goto(third.path);
  // Opened once the reader starts to scroll through it.
  await page.mouse.wheel(0, 300);
  await expect.poll(() => stored(page)).toMatchObject({ read: [], opened: slugOf(third) });
  for (const path of ["/", "/chapters/"]) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: `Continue: ${third.title}` })).toHaveAttribute(
      "href",
      third.path,
    );
    await expect(page.getByRole("link", { name: "Start reading" })).toHaveCount(0);
  }
});

/** Whether this browser has saved the chapter as read to the end. */
const isRead = async (page: Page, slug: string) =>
  ((await stored(page)) as { read?: string[] } | null)?.read?.includes(slug) ?? false;

test.describe("a chapter counts as read however the reader reaches its end", () => {
  const chapter = CHAPTERS[1];

  test.beforeEach(async ({ page }) => {
    await page.goto(chapter.path);
    // Opened once the reader scrolls; not read: the key points are far below.
    await page.mouse.wheel(0, 200);
    await expect.poll(() => stored(page)).toMatchObject({ opened: slugOf(chapter) });
    expect(await isRead(page, slugOf(chapter))).toBe(false);
  });

  test("by the End key", async ({ page }) => {
    await page.keyboard.press("End");
    await expect.poll(() => isRead(page, slugOf(chapter))).toBe(true);
  });

  test("by dragging the scrollbar: one jump to the bottom, past the key points unseen", async ({
    page,
  }) => {
    // Headless Chromium draws no scrollbar to drag; a drag scrolls as this does, straight to
    // where the thumb is let go, with no stop on the way for the key points to be seen.
    await page.evaluate(() =>
      scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }),
    );
    await expect.poll(() => isRead(page, slugOf(chapter))).toBe(true);
  });

  test("by a jump to a section past the key points, from the contents", async ({ page }) => {
    await page
      .getByRole("navigation", { name: "On this page" })
      .getByRole("link", { name: "Cite this page" })
      .click();
    await expect(page).toHaveURL(/#cite-this-page$/);
    await expect.poll(() => isRead(page, slugOf(chapter))).toBe(true);
  });

  test("by following a link that opens the chapter at its end", async ({ page }) => {
    await page.goto(`${chapter.path}#chapter-references`);
    await expect.poll(() => isRead(page, slugOf(chapter))).toBe(true);
  });

  test("by tabbing on to Next and following it", async ({ page }) => {
    const next = page.getByRole("link", { name: /^Next chapter/ });
    // Focus by keyboard brings the link, past the key points, into view.
    await next.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(CHAPTERS[2].path);
    expect(await isRead(page, slugOf(chapter))).toBe(true);
  });
});

test("after chapter 3 alone, Continue offers chapter 4, never the unopened chapter 1", async ({
  page,
}) => {
  const [first, , third, fourth] = CHAPTERS;
  await page.goto(third.path);
  await page.keyboard.press("End");
  await expect.poll(() => isRead(page, slugOf(third))).toBe(true);
  await page.goto("/");
  await expect(page.getByRole("link", { name: `Continue: ${fourth.title}` })).toHaveAttribute(
    "href",
    fourth.path,
  );
  await expect(page.getByRole("link", { name: `Continue: ${first.title}` })).toHaveCount(0);
});

test("answers saved in the earlier shape are kept when the store moves to the new one", async ({
  page,
}) => {
  const questions = questionsOf("venepuncture");
  const [a, b] = questions as [YamlQuestion, YamlQuestion];
  const v1 = {
    v: 1,
    quizzes: {
      venepuncture: {
        [a.id]: { a: 1, c: false, r: false, s: [1, 0, 2, 3] },
        [b.id]: { a: 2, c: true, r: false, s: [b.answer ? 0 : 1] },
      },
    },
  };
  await seedProgress(page, JSON.stringify(v1));
  await page.goto("/chapters/");
  await expect(
    card(page, CHAPTERS[2].title).getByText(`Quiz: 2 of ${questions.length} answered, 1 right`),
  ).toBeVisible();
  expect(await stored(page)).toEqual({ ...v1, v: 3, read: [] });
  // The answers show on the chapter as they were saved.
  await openQuiz(page, CHAPTERS[2].path);
  await expect(questionBox(page, b).getByRole("status")).toContainText("Correct.");
  await expect(questionBox(page, a).getByRole("status")).toContainText("Not quite.");
});

test("finishing a quiz gives its score on the card", async ({ page }) => {
  const questions = questionsOf("learning-together");
  await openQuiz(page, CHAPTERS[0].path);
  for (const [i, q] of questions.entries()) {
    await answerByKeyboard(page, questionBox(page, q), q, i > 0);
  }
  await page.goto("/chapters/");
  await expect(
    card(page, CHAPTERS[0].title).getByText(
      new RegExp(`Quiz: ${questions.length - 1}/${questions.length} right$`),
    ),
  ).toBeVisible();
});

test("a chapter read in one tab keeps the answers given meanwhile in another", async ({
  page,
  context,
}) => {
  await page.goto(CHAPTERS[0].path);
  const other = await context.newPage();
  await openQuiz(other, CHAPTERS[2].path);
  const q = questionsOf("venepuncture")[1] as YamlQuestion;
  await answerByKeyboard(other, questionBox(other, q), q, true);
  await expect(questionBox(other, q).getByRole("status")).toContainText("Correct.");
  // The first tab, loaded before that answer, now reaches the end of its chapter.
  await page.getByRole("region", { name: "Key points" }).scrollIntoViewIfNeeded();
  await expect
    .poll(() => stored(page))
    .toMatchObject({
      // The other tab went past venepuncture's key points to its quiz: read too.
      read: ["venepuncture", "learning-together"],
      quizzes: { venepuncture: { [q.id]: { c: true } } },
    });
});
