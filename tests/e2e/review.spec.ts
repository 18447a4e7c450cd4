import { expect, test } from "@playwright/test";
import { answerByKeyboard, openQuiz, questionBox, questionsOf } from "./quiz-support.ts";
import { axeViolations, CHAPTERS } from "./support.ts";

/*
 * Review on a Leitner schedule, with the browser's clock set rather than waited for: a miss
 * comes back the next day, a right answer in review after 3 days, a wrong one the next day.
 */
test.use({ timezoneId: "Europe/London" });

const BENEFITS = CHAPTERS[1];
const question = questionsOf("benefits").find((q) => q.type === "single");
if (!question) throw new Error("The benefits quiz has no single-choice question");
const q = question;
const at = (day: number, hour: number) => new Date(2026, 11, day, hour);

test("a question missed in a chapter comes back the next day, then after 3 days once right", async ({
  page,
}) => {
  await page.clock.install({ time: at(3, 15) });
  await openQuiz(page, BENEFITS.path);
  await answerByKeyboard(page, questionBox(page, q), q, false);
  await expect(questionBox(page, q).getByRole("status")).toContainText("Not quite.");

  // Not due today: the page says when.
  await page.goto("/review/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review what you missed");
  await expect(
    page.getByText("Nothing to review now. The next question is due on Friday 4 December."),
  ).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("link", { name: /to review$/ })).toHaveCount(0);

  // The next morning: the home page and the chapter list say so, and lead to it.
  await page.clock.setSystemTime(at(4, 8));
  await page.goto("/chapters/");
  await expect(page.getByRole("link", { name: "1 question to review" })).toBeVisible();
  await page.goto("/");
  await page.getByRole("link", { name: "1 question to review" }).click();
  await expect(page).toHaveURL("/review/");
  await expect(page.getByText("1 question to review.", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: BENEFITS.title })).toBeVisible();
  const box = questionBox(page, q);
  // With the link to the section that teaches it.
  await expect(box.getByRole("link", { name: /^Review: / })).toHaveAttribute(
    "href",
    new RegExp(`^${BENEFITS.path}#[a-z-]+$`),
  );
  expect(await axeViolations(page)).toEqual([]);
  await answerByKeyboard(page, box, q, true);
  await expect(box.getByRole("status")).toContainText(/^Correct\./);
  await expect(
    box.getByText("Right: it comes back in 3 days, on Monday 7 December."),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Done for now: nothing due until Monday.
  await page.goto("/chapters/");
  await expect(page.getByRole("link", { name: /to review$/ })).toHaveCount(0);
  await page.goto("/review/");
  await expect(page.getByText("The next question is due on Monday 7 December.")).toBeVisible();

  // Monday: wrong this time, so back to the first box.
  await page.clock.setSystemTime(at(7, 9));
  await page.goto("/review/");
  await answerByKeyboard(page, questionBox(page, q), q, false);
  await expect(questionBox(page, q).getByText("It comes back tomorrow.")).toBeVisible();
  await page.clock.setSystemTime(at(8, 7));
  await page.goto("/");
  await expect(page.getByRole("link", { name: "1 question to review" })).toBeVisible();
});

test("a question right at the first try stays out of review", async ({ page }) => {
  await page.clock.install({ time: at(3, 15) });
  await openQuiz(page, BENEFITS.path);
  await answerByKeyboard(page, questionBox(page, q), q, true);
  await page.clock.setSystemTime(at(30, 12));
  await page.goto("/review/");
  await expect(
    page.getByText(
      "Nothing to review. Questions you get wrong in a chapter's quiz will come back here the next day.",
    ),
  ).toBeVisible();
});
