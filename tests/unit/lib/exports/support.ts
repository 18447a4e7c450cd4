/*
 * What the export tests share: an awkward fixture quiz, the site's real quizzes, and an XML
 * parser that keeps text as it is.
 */
import { readdirSync, readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { parse } from "yaml";
import type { ExportQuiz } from "~/lib/exports/types.ts";
import { shownChoices } from "~/lib/quiz/choices.ts";
import { quizSchema, type Question } from "~/schemas/quiz.ts";

/**
 * Everything a format must carry through untouched: its special characters, quotes with only
 * a space between them (Moodle's reader once dropped it), the end of a CDATA section, and
 * a line break (Canvas once made it a space).
 */
export const AWKWARD = `Tom & Jerry's "<b>bold</b>" ~ = # { } : café – naïve ✓ "quoted" 'single' a]]>b
second line`;

export const FIXTURE: ExportQuiz = {
  slug: "awkward",
  title: "Awkward / text",
  questions: quizSchema.parse({
    questions: [
      {
        id: "one",
        type: "single",
        prompt: AWKWARD,
        outcome: 1,
        review: "x",
        explanation: `Because ${AWKWARD}`,
        options: [
          { text: `Right ${AWKWARD}`, correct: true, feedback: `Yes: ${AWKWARD}` },
          { text: "Wrong <i>", feedback: "No & never" },
        ],
      },
      {
        id: "many",
        type: "multiple",
        prompt: "Pick three",
        outcome: 1,
        review: "x",
        explanation: "Three are right.",
        options: [
          { text: "a", correct: true, feedback: "Right a" },
          { text: "b", correct: true },
          { text: "c", correct: true },
          { text: "d", feedback: "Wrong d" },
          { text: "e" },
        ],
      },
      {
        id: "tf",
        type: "true-false",
        prompt: "A statement\twith a tab",
        outcome: 1,
        review: "x",
        explanation: "It is false.",
        answer: false,
        feedback: { right: `Right: ${AWKWARD}`, wrong: "Wrong & > true" },
      },
      {
        id: "order",
        type: "order",
        prompt: "Put in order",
        outcome: 1,
        review: "x",
        explanation: "First, second, third.",
        items: ["First & one", "Second <two>", "Third"],
        feedback: { right: "In order <yes>", wrong: `Not in order: ${AWKWARD}` },
      },
    ],
  }).questions,
};

/** The site's real quizzes, read and checked as the build reads them. */
export const REAL: ExportQuiz[] = readdirSync("content/quizzes")
  .sort()
  .map((file) => ({
    slug: file.replace(/\.yaml$/, ""),
    title: file,
    questions: quizSchema.parse(parse(readFileSync(`content/quizzes/${file}`, "utf8"))).questions,
  }));

export const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) =>
    [
      "question",
      "answer",
      "item",
      "response_label",
      "respcondition",
      "qtimetadatafield",
      "itemfeedback",
      "resource",
      "varequal",
      "not",
    ].includes(name),
});

export type Node = Record<string, unknown>;
export const text = (node: unknown) => String((node as Node)["text"] ?? "");
export const nodes = (value: unknown) => (value ?? []) as Node[];

/**
 * What each question's right answer is, as the site's quiz file says; several right options
 * in the order the site shows them (shuffled, shownChoices), as every export lists them.
 */
export function rightAnswers(question: Question): string[] {
  switch (question.type) {
    case "single":
    case "multiple":
      return shownChoices(question)
        .filter((o) => o.correct)
        .map((o) => o.text);
    case "true-false":
      return [String(question.answer)];
    case "order":
      return question.items;
  }
}
