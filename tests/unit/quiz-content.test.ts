import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { FRAME_SECTIONS } from "~/lib/content/frame-sections.ts";
import { quizProblems } from "~/lib/quiz/check.ts";
import { shownChoices } from "~/lib/quiz/choices.ts";
import { quizSchema, type Question } from "~/schemas/quiz.ts";

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

  it("no answer position gives the game away: right answers are spread over the places shown", () => {
    const questions: Question[] = quizFiles.flatMap(
      (file) => quizSchema.parse(parse(readFileSync(`content/quizzes/${file}`, "utf8"))).questions,
    );
    /** The places (1 for the top) of a question's right options, as every copy shows them. */
    const places = (question: Extract<Question, { type: "single" | "multiple" }>) =>
      shownChoices(question).flatMap((choice, place) => (choice.correct ? [place + 1] : []));
    const singles = questions.flatMap((q) => (q.type === "single" ? [places(q)[0] ?? 0] : []));
    const counts = new Map<number, number>();
    for (const place of singles) counts.set(place, (counts.get(place) ?? 0) + 1);
    // "Always pick the same place" must not pass most single-answer questions.
    expect(
      Math.max(...counts.values()),
      `right answers at ${singles.join(", ")}`,
    ).toBeLessThanOrEqual(singles.length / 2);
    // Nor may "tick the top ones" pass most choose-all questions.
    const multiples = questions.flatMap((q) => (q.type === "multiple" ? [places(q)] : []));
    const topOnes = multiples.filter((p) => p.every((place, i) => place === i + 1));
    expect(
      topOnes.length,
      "choose-all questions whose right options are the top ones",
    ).toBeLessThanOrEqual(multiples.length / 2);
  });
});
