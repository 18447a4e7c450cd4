import { expect, test, type Page } from "@playwright/test";
import {
  answerByKeyboard,
  openQuiz,
  questionBox,
  questionsOf,
  type YamlQuestion,
} from "./quiz-support.ts";
import { CHAPTERS } from "./support.ts";

/** What this browser has saved, as stored. */
const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem("ipc-progress") ?? "null") as unknown);

const card = (page: Page, title: string) => page.getByRole("listitem").filter({ hasText: title });

test("reading a chapter to the end marks it read, and the home page offers the next one", async ({
  page,
}) => {
  const [first, second] = CHAPTERS;
  await page.goto(first.path);
  await page.getByRole("region", { name: "Key points" }).scrollIntoViewIfNeeded();
  await expect.poll(() => stored(page)).toMatchObject({ v: 2, read: ["learning-together"] });

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

test("a chapter opened but not read to the end is not marked read", async ({ page }) => {
  await page.goto(CHAPTERS[0].path);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Start reading" })).toHaveAttribute(
    "href",
    CHAPTERS[0].path,
  );
  await expect(page.getByRole("link", { name: /^Continue:/ })).toHaveCount(0);
  await page.goto("/chapters/");
  await expect(page.getByRole("link", { name: /^Continue:/ })).toHaveCount(0);
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
  await page.addInitScript((raw) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("ipc-progress", raw);
      sessionStorage.setItem("seeded", "1");
    }
  }, JSON.stringify(v1));
  await page.goto("/chapters/");
  await expect(
    card(page, CHAPTERS[2].title).getByText(`Quiz: 2 of ${questions.length} answered, 1 right`),
  ).toBeVisible();
  expect(await stored(page)).toEqual({ ...v1, v: 2, read: [] });
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
      read: ["learning-together"],
      quizzes: { venepuncture: { [q.id]: { c: true } } },
    });
});
