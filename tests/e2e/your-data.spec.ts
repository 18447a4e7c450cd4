import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { answerByKeyboard, openQuiz, questionBox, questionsOf } from "./quiz-support.ts";
import { axeViolations, CHAPTERS, refuseStorage } from "./support.ts";

const BENEFITS = CHAPTERS[1];
const questions = questionsOf("benefits");
const q = questions.find((x) => x.type === "single");
if (!q) throw new Error("The benefits quiz has no single-choice question");
const question = q;

/** The value shown beside a term in "Kept in this browser". */
const kept = (page: Page, term: string) =>
  page.getByRole("region", { name: "Kept in this browser" }).locator(`dt:text-is("${term}") + dd`);
/** The page's own message line (the header has a status line of its own). */
const said = (page: Page) => page.getByRole("main").getByRole("status");
const stored = (page: Page) => page.evaluate(() => localStorage.getItem("ipc-progress"));

/** Answers one question wrong (so it goes into review) and reads the chapter to the end. */
async function someProgress(page: Page) {
  await openQuiz(page, BENEFITS.path);
  await answerByKeyboard(page, questionBox(page, question), question, false);
  await page.keyboard.press("End");
  await expect.poll(async () => (await stored(page)) ?? "").toContain('"read":["benefits"]');
}

test("lists what is kept, downloads it, and another browser restores it, merged", async ({
  page,
  browser,
}) => {
  await someProgress(page);
  await page.goto("/your-data/");
  await expect(kept(page, "Quiz answers")).toHaveText("1 question in 1 chapter");
  await expect(kept(page, "Chapters read to the end")).toHaveText("1");
  await expect(kept(page, "Questions in review")).toHaveText("1 (0 due now)");
  await expect(kept(page, "Highlights and notes")).toHaveText("None");
  expect(await axeViolations(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download your data" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^learning-together-progress-\d{4}-\d\d-\d\d\.json$/,
  );
  const file = await download.path();
  expect(JSON.parse(await readFile(file, "utf8"))).toMatchObject({
    file: "learning-together-progress",
    store: { v: 3, read: ["benefits"] },
  });

  // A fresh browser, with nothing kept.
  const baseURL = test.info().project.use.baseURL;
  const other = await browser.newContext(baseURL ? { baseURL } : {});
  const fresh = await other.newPage();
  await fresh.goto("/your-data/");
  await expect(kept(fresh, "Quiz answers")).toHaveText("None");
  await fresh.getByLabel("Progress file").setInputFiles(file);
  await expect(said(fresh)).toHaveText(
    /^Restored from \S+: 1 answer, 1 chapter read, 1 question in review, 0 notes added\.$/,
  );
  await expect(kept(fresh, "Quiz answers")).toHaveText("1 question in 1 chapter");
  await fresh.goto("/chapters/");
  await expect(
    fresh
      .getByRole("listitem")
      .filter({ hasText: BENEFITS.title })
      .getByText(`Read · Quiz: 1 of ${questions.length} answered, 0 right`),
  ).toBeVisible();
  // The same file again adds nothing: a restore merges.
  await fresh.goto("/your-data/");
  await fresh.getByLabel("Progress file").setInputFiles(file);
  await expect(said(fresh)).toContainText(
    "0 answers, 0 chapters read, 0 questions in review, 0 notes added.",
  );
  await other.close();
});

for (const [name, body, message] of [
  ["a file cut short", '{"file":"learning-together-progress","store":{"v":3,"qui', /not whole/],
  ["another site's file", '{"theme":"dark"}', /not a progress file from this site/],
  [
    "a file from a newer version",
    '{"file":"learning-together-progress","store":{"v":9,"quizzes":{},"read":["benefits"]}}',
    /newer version of this site/,
  ],
] as const) {
  test(`${name} restores nothing, and says so`, async ({ page }) => {
    await someProgress(page);
    await page.goto("/your-data/");
    const before = await stored(page);
    await page.getByLabel("Progress file").setInputFiles({
      name: "progress.json",
      mimeType: "application/json",
      buffer: Buffer.from(body),
    });
    await expect(said(page)).toHaveText(message);
    await expect(said(page)).toContainText("Nothing was changed.");
    expect(await stored(page)).toBe(before);
  });
}

test("clearing asks first, by keyboard, and Keep it keeps everything", async ({ page }) => {
  await someProgress(page);
  await page.goto("/your-data/");
  const clear = page.getByRole("button", { name: "Clear everything…" });
  await clear.focus();
  await page.keyboard.press("Enter");
  const keep = page.getByRole("button", { name: "Keep it" });
  await expect(keep).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(clear).toBeFocused();
  expect(await stored(page)).not.toBeNull();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Yes, clear it" }).click();
  await expect(said(page)).toHaveText("Cleared. This browser keeps nothing from this site now.");
  expect(await stored(page)).toBeNull();
  await expect(kept(page, "Quiz answers")).toHaveText("None");
});

test("with storage refused, the page says nothing will be kept", async ({ page }) => {
  await refuseStorage(page);
  await page.goto("/your-data/");
  await expect(said(page)).toHaveText(
    "This browser is not letting the site keep anything, so your answers and notes last only until you leave a page.",
  );
});
