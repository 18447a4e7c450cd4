import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { CHAPTERS, tabTo } from "./support.ts";

/** A chapter's outcomes (front matter) and its quiz's prompts by outcome, read from content. */
function chapterContent(index: number) {
  const slug = CHAPTERS[index]?.path.split("/")[2] ?? "";
  const file = `content/chapters/0${index + 1}-${slug}.mdx`;
  const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"))?.[1] ?? "") as {
    outcomes: string[];
    keyPoints: string[];
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

test("the session plan has its own outcomes, the reading times the chapters show, and a step on one account", async ({
  page,
}) => {
  // Each chapter's reading time, as its own page shows it.
  const minutes: number[] = [];
  for (const chapter of CHAPTERS.slice(0, 3)) {
    await page.goto(chapter.path);
    const shown = await page.getByText(/^\s*\d+ min read/).textContent();
    minutes.push(Number(/(\d+) min read/.exec(shown ?? "")?.[1]));
  }
  const [together, benefits, venepuncture] = minutes as [number, number, number];
  const about = (n: number) => `about ${n} ${n === 1 ? "minute" : "minutes"}`;
  await page.goto("/educators/");
  const main = page.getByRole("main");
  await expect(main).toContainText("By the end of the session, students can:");
  await expect(main).toContainText(
    `Ask everyone to read ${CHAPTERS[0].title} (${about(together)}) and ${CHAPTERS[2].title} (${about(venepuncture)}). Together they take ${about(together + venepuncture)} to read.`,
  );
  await expect(main).toContainText(`${CHAPTERS[1].title} (${about(benefits)} to read`);
  // A step on what one student's account can and cannot show.
  await expect(main).toContainText(/what can one person.s account show us, and what can it not\?/);
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
    // Headed as the chapter's key points: some are the chapter's own notes, not the essay's.
    await expect(section.getByText("The chapter's key points", { exact: true })).toBeVisible();
    for (const point of chapterContent(index).keyPoints) {
      await expect(section.getByRole("listitem").filter({ hasText: point })).toBeVisible();
    }
    for (const prompt of chapterContent(index).reflection) {
      await expect(section.getByRole("listitem").filter({ hasText: prompt })).toBeVisible();
    }
  }
  // Built without a public address, it names none rather than an invented one
  // (public-address-sub-path.spec.ts checks the address where the build has one).
  await expect(page.locator(".attribution")).toHaveText(
    'Adapted from "Learning Together: Interprofessional collaboration in healthcare, chapter by chapter", licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
  );
});

test("a row per chapter gives its page, worksheet, answer key and a quiz file per platform", async ({
  page,
  request,
}) => {
  await page.goto("/educators/");
  const table = page.getByRole("table", { name: "Each chapter's files" });
  await expect(table.getByRole("columnheader")).toHaveText([
    "Chapter",
    "Worksheet",
    "Answer key",
    "Moodle",
    "Canvas",
    "Blackboard",
  ]);
  await expect(table.getByRole("row")).toHaveCount(CHAPTERS.length + 1);
  for (const [index, chapter] of CHAPTERS.entries()) {
    const slug = chapter.path.split("/")[2] ?? "";
    const name = `chapter ${index + 1}, ${chapter.title}`;
    const row = table.getByRole("row").nth(index + 1);
    const expected: [label: string, address: string][] = [
      [`${index + 1}. ${chapter.title}`, chapter.path],
      [`Worksheet for ${name}`, `${chapter.path}worksheet/`],
      [`Answer key for ${name}`, `/quiz/answers/${slug}/`],
      [`Moodle XML: quiz for ${name}`, `/quiz/export/${slug}.moodle.xml`],
      [`QTI 1.2 zip: quiz for ${name}`, `/quiz/export/${slug}.canvas-qti.zip`],
      [`Blackboard text file: quiz for ${name}`, `/quiz/export/${slug}.blackboard.txt`],
    ];
    await expect(row.getByRole("link")).toHaveCount(expected.length);
    for (const [label, address] of expected) {
      const link = row.getByRole("link", { name: label, exact: true });
      await expect(link).toHaveAttribute("href", address);
      expect((await request.get(address)).status(), address).toBe(200);
    }
  }
  // Quizzes for practice: as many attempts as a student wants, where the file can say so.
  await expect(
    page.getByText(
      "A quiz imported from the Canvas file or a course package allows as many attempts as a student wants",
    ),
  ).toBeVisible();
  // Built without a public address: no course package, and what to do instead.
  await expect(page.getByRole("link", { name: /course package/i })).toHaveCount(0);
  await expect(
    page.getByText(
      "This copy of the site has no course package, because it does not know its own web address",
    ),
  ).toBeVisible();
});

test("by keyboard, the contents list comes first and leads to the files for a platform", async ({
  page,
}) => {
  await page.goto("/educators/");
  const contents = page.getByRole("navigation", { name: "On this page" });
  await expect(contents.getByRole("link").first()).toHaveText("Use it in your platform");
  // From the top of the page: the header, the breadcrumb, then the contents list.
  await tabTo(page, contents.getByRole("link", { name: "Use it in your platform" }), 12);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#platforms$/);
  // From there, chapter 4's Moodle file is four rows down the table (it was 39 presses from
  // the top of the page, under the printing notes).
  const moodle = page.getByRole("link", {
    name: `Moodle XML: quiz for chapter 4, ${CHAPTERS[3].title}`,
  });
  await tabTo(page, moodle, 24);
  // The table scrolls sideways on a phone, and takes focus so the keyboard can scroll it.
  await expect(page.getByRole("region", { name: "Each chapter's files" })).toHaveAttribute(
    "tabindex",
    "0",
  );
});
