import { readFileSync } from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";
import { parse } from "yaml";

/** A question as content/quizzes/*.yaml has it. */
export interface YamlQuestion {
  id: string;
  type: "single" | "multiple" | "true-false" | "order";
  prompt: string;
  options?: { text: string; correct?: boolean }[];
  answer?: boolean;
  items?: string[];
  feedback?: { right: string; wrong: string };
}

/** A chapter's questions, read from the same files the site is built from. */
export function questionsOf(slug: string): YamlQuestion[] {
  // The same content the site was built from (CONTENT_DIR, as in src/content.config.ts).
  const dir = process.env["CONTENT_DIR"] ?? "content";
  return (
    parse(readFileSync(`${dir}/quizzes/${slug}.yaml`, "utf8")) as { questions: YamlQuestion[] }
  ).questions;
}

/** The indices of the right choices (true-false: True is 0, False is 1). */
export function rightChoices(q: YamlQuestion): number[] {
  if (q.type === "true-false") return [q.answer ? 0 : 1];
  return (q.options ?? []).flatMap((o, i) => (o.correct ? [i] : []));
}

/** The text beside each choice, in the quiz file's order (true-false: True, then False). */
export function choiceTexts(q: YamlQuestion): string[] {
  if (q.type === "true-false") return ["True", "False"];
  return (q.options ?? []).map((o) => o.text);
}

/** The text of each choice in the order the page shows them, top first. */
export async function shownTexts(box: Locator): Promise<string[]> {
  const texts = await box.locator(".quiz-options label > span:not(.quiz-mark)").allTextContents();
  return texts.map((text) => text.trim());
}

/** One choice's radio button or checkbox, found by its label, as a reader finds it. */
export function choice(box: Locator, q: YamlQuestion, text: string): Locator {
  return box.getByRole(q.type === "multiple" ? "checkbox" : "radio", { name: text, exact: true });
}

/**
 * Answers a choice question with the mouse, clicking the text of each choice named in
 * `texts` (not the small box beside it), then presses "Check answer".
 */
export async function answerByClicking(box: Locator, q: YamlQuestion, texts: string[]) {
  for (const text of texts) {
    // Visible only: the folded "Show answer" holds the same words.
    await box.getByText(text, { exact: true }).filter({ visible: true }).click();
    await expect(choice(box, q, text)).toBeChecked();
  }
  await box.getByRole("button", { name: "Check answer" }).click();
}

/** The fieldset of one question, found by its prompt. */
export function questionBox(scope: Page | Locator, q: YamlQuestion): Locator {
  return scope.getByRole("group", { name: q.prompt });
}

/**
 * Answers a question with the keyboard only, starting from its first control, then presses
 * "Check answer". `right` chooses the right answer or a wrong one.
 */
export async function answerByKeyboard(page: Page, box: Locator, q: YamlQuestion, right: boolean) {
  if (q.type === "order") {
    const items = q.items ?? [];
    const target = right ? items : [...items].reverse();
    // Selection sort with "Move up": bring each wanted item up to its place.
    for (let place = 0; place < target.length; place++) {
      for (;;) {
        const texts = await box.locator("ol[data-order] > li [data-text]").allTextContents();
        const at = texts.indexOf(target[place] ?? "");
        if (at <= place) break;
        await box.getByRole("button", { name: `Move up: ${target[place]}` }).focus();
        await page.keyboard.press("Enter");
      }
    }
  } else {
    const texts = choiceTexts(q);
    const wanted = (right ? rightChoices(q) : wrongChoices(q)).map((i) => texts[i]);
    // The choices in the order the page shows them (shuffled), which keys move through.
    const shown = await shownTexts(box);
    expect([...shown].sort()).toEqual([...texts].sort());
    await box.locator("input").first().focus();
    if (q.type === "multiple") {
      for (const text of shown) {
        if (wanted.includes(text)) await page.keyboard.press("Space");
        await page.keyboard.press("Tab");
      }
    } else {
      await page.keyboard.press("Space");
      for (let i = 0; i < shown.indexOf(wanted[0] ?? ""); i++)
        await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Tab");
    }
    // What was chosen, by the name a screen reader gives each choice: its label's text.
    for (const text of texts) {
      if (wanted.includes(text)) await expect(choice(box, q, text)).toBeChecked();
      else await expect(choice(box, q, text)).not.toBeChecked();
    }
  }
  const check = box.getByRole("button", { name: "Check answer" });
  if (q.type === "order") await check.focus();
  await expect(check).toBeFocused();
  await page.keyboard.press("Enter");
}

/** A wrong set of choices: the first wrong option alone. */
function wrongChoices(q: YamlQuestion): number[] {
  const right = rightChoices(q);
  const count = q.type === "true-false" ? 2 : (q.options?.length ?? 0);
  const wrong = Array.from({ length: count }, (_, i) => i).find((i) => !right.includes(i)) ?? 0;
  return [wrong];
}

/**
 * Opens a chapter and goes to its quiz, as a reader scrolls to it, then waits for the quiz's
 * code: it loads as the quiz nears the screen, and shows the quiz's buttons when it runs.
 */
export async function openQuiz(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await reachQuiz(page);
}

/** Scrolls to the page's first quiz and waits until its buttons show it can be answered. */
export async function reachQuiz(page: Page): Promise<void> {
  const quiz = page.locator("quiz-set").first();
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole("button", { name: "Check answer" }).first()).toBeVisible();
}
