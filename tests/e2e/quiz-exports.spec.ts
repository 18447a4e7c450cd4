import { XMLParser } from "fast-xml-parser";
import { unzipSync } from "fflate";
import { expect, test } from "@playwright/test";
import { CHAPTERS } from "./support.ts";

const FORMATS = ["Moodle XML", "QTI 1.2 zip for Canvas", "Blackboard text file"];

test("the answer key offers every quiz in three formats, for all chapters and for each", async ({
  page,
  request,
}) => {
  await page.goto("/quiz/answers/");
  const section = page.getByRole("region", { name: "Download the questions" });
  await expect(section.getByText("For Moodle 4.4 or later", { exact: false })).toBeVisible();
  for (const format of FORMATS) {
    const links = [
      section.getByRole("link", { name: `All chapters as ${format}`, exact: true }),
      ...CHAPTERS.map((chapter, index) =>
        section.getByRole("link", {
          name: `Chapter ${index + 1}, ${chapter.title}, as ${format}`,
          exact: true,
        }),
      ),
    ];
    for (const link of links) {
      const address = (await link.getAttribute("href")) ?? "";
      const response = await request.get(address);
      expect(response.status(), address).toBe(200);
      expect((await response.body()).byteLength, address).toBeGreaterThan(100);
    }
  }
  await expect(section).toContainText(
    "Canvas has no put-in-order question, so its files leave out chapter 4, question 4; chapter 5, question 2.",
  );
});

test("a downloaded file is what its platform reads: Moodle XML, a QTI zip, tab-separated text", async ({
  page,
}) => {
  await page.goto("/quiz/answers/");
  const section = page.getByRole("region", { name: "Download the questions" });
  const save = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("link", { name, exact: true }).click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  };

  const moodle = await save("All chapters as Moodle XML");
  expect(moodle.name).toBe("all-chapters.moodle.xml");
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(moodle.bytes.toString("utf8"));
  const questions = (parsed.quiz.question as { "@_type": string }[]).filter(
    (q) => q["@_type"] !== "category",
  );
  expect(questions.length).toBeGreaterThanOrEqual(CHAPTERS.length * 3);

  const canvas = await save(`Chapter 2, ${CHAPTERS[1].title}, as QTI 1.2 zip for Canvas`);
  expect(canvas.name).toBe("benefits.canvas-qti.zip");
  expect(Object.keys(unzipSync(new Uint8Array(canvas.bytes))).sort()).toEqual([
    "imsmanifest.xml",
    "quiz-benefits/quiz-benefits.xml",
  ]);

  const blackboard = await save("All chapters as Blackboard text file");
  const lines = blackboard.bytes.toString("utf8").trimEnd().split("\n");
  expect(lines).toHaveLength(questions.length);
  for (const line of lines) expect(line).toMatch(/^(MC|MA|TF|ORD)\t[^\t]+\t/);
});

test("the answer key shows each option's feedback", async ({ page }) => {
  await page.goto("/quiz/answers/");
  await expect(
    page.getByText(
      "Feedback: It was the other way round. The HCA gave the student the comfort tips.",
    ),
  ).toBeVisible();
});
