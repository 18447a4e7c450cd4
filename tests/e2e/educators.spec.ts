import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { CHAPTERS } from "./support.ts";

/** A chapter's outcomes (front matter) and its quiz's prompts by outcome, read from content. */
function chapterContent(index: number) {
  const slug = CHAPTERS[index]?.path.split("/")[2] ?? "";
  const file = `content/chapters/0${index + 1}-${slug}.mdx`;
  const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"))?.[1] ?? "") as {
    outcomes: string[];
    reflection: string[];
  };
  const quiz = parse(readFileSync(`content/quizzes/${slug}.yaml`, "utf8")) as {
    questions: { prompt: string; outcome: number }[];
  };
  return { ...front, questions: quiz.questions };
}

test("the home page leads educators to their guide", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "For educators", exact: true }).first().click();
  await expect(page).toHaveURL("/educators/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("For educators");
  await expect(page.getByRole("heading", { name: "A 60-minute session" })).toBeVisible();
});

test("each outcome is listed with the quiz questions that test it, as the content says", async ({
  page,
}) => {
  await page.goto("/educators/");
  for (const [index, chapter] of CHAPTERS.entries()) {
    const { outcomes, questions } = chapterContent(index);
    const table = page.getByRole("table", { name: `Chapter ${index + 1}: ${chapter.title}` });
    await expect(table.getByRole("row")).toHaveCount(outcomes.length + 1);
    for (const [o, outcome] of outcomes.entries()) {
      const row = table.getByRole("row").filter({ hasText: outcome });
      const testing = questions
        .map((q, n) => ({ ...q, number: n + 1 }))
        .filter((q) => q.outcome === o + 1);
      for (const q of testing) {
        await expect(row).toContainText(`Question ${q.number}: ${q.prompt}`);
      }
    }
  }
});

test("the discussion guide gives each chapter's questions, and the attribution to paste", async ({
  page,
}) => {
  await page.goto("/educators/");
  for (const [index, chapter] of CHAPTERS.entries()) {
    const section = page.getByRole("region", { name: `Chapter ${index + 1}: ${chapter.title}` });
    for (const prompt of chapterContent(index).reflection) {
      await expect(section.getByRole("listitem").filter({ hasText: prompt })).toBeVisible();
    }
  }
  // Built without a public address, it names none rather than an invented one
  // (public-address-sub-path.spec.ts checks the address where the build has one).
  await expect(page.locator(".attribution")).toHaveText(
    'Adapted from "Learning Together: Interprofessional collaboration in healthcare, chapter by chapter", licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
  );
  await expect(
    page
      .getByRole("region", { name: "Quizzes in your own platform" })
      .getByRole("link", { name: "All chapters as Moodle XML" }),
  ).toBeVisible();
});
