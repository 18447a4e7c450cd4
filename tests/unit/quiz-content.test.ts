import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { FRAME_SECTIONS } from "~/lib/content/frame-sections.ts";
import { quizProblems } from "~/lib/quiz/check.ts";
import { quizSchema } from "~/schemas/quiz.ts";

/** The chapters as their files describe them: slug, outcomes and section ids. */
const chapters = readdirSync("content/chapters")
  .filter((f) => f.endsWith(".mdx"))
  .map((file) => {
    const text = readFileSync(`content/chapters/${file}`, "utf8");
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as {
      slug: string;
      outcomes: string[];
    };
    const ids = [...text.matchAll(/^#{2,3} .*\\\{#([^}]+)\}\s*$/gm)].map((m) => m[1] ?? "");
    return {
      slug: front.slug,
      outcomes: front.outcomes,
      // As at build time: the frame's sections count, bar the quiz itself.
      sectionIds: [...ids, ...Object.keys(FRAME_SECTIONS).filter((id) => id !== "quiz")],
    };
  });

const quizFiles = readdirSync("content/quizzes").filter((f) => f.endsWith(".yaml"));

describe("the quizzes in content/quizzes", () => {
  it("every chapter has a quiz, named after its slug", () => {
    expect(quizFiles.map((f) => f.replace(/\.yaml$/, "")).sort()).toEqual(
      chapters.map((c) => c.slug).sort(),
    );
  });

  for (const file of quizFiles) {
    it(`${file} is valid and every question ties to its chapter's outcomes and sections`, () => {
      const quiz = quizSchema.parse(parse(readFileSync(`content/quizzes/${file}`, "utf8")));
      const chapter = chapters.find((c) => `${c.slug}.yaml` === file);
      if (!chapter) throw new Error(`${file} has no chapter`);
      expect(quizProblems(`content/quizzes/${file}`, quiz, chapter)).toEqual([]);
      // Every outcome of the chapter is tested by at least one question.
      const tested = new Set(quiz.questions.map((q) => q.outcome));
      expect([...tested].sort()).toEqual(chapter.outcomes.map((_, i) => i + 1));
    });
  }
});
