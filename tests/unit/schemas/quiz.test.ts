import { describe, expect, it } from "vitest";
import { quizProblems } from "~/lib/quiz/check.ts";
import { questionSchema, quizSchema } from "~/schemas/quiz.ts";

const base = {
  id: "q1",
  prompt: "A question?",
  outcome: 1,
  review: "intro",
  explanation: "Because.",
};
const feedback = { right: "Right.", wrong: "Look again." };

/** Each failing path with its message. */
function problems(schema: typeof questionSchema | typeof quizSchema, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("questionSchema", () => {
  it("accepts each type of question", () => {
    expect(
      problems(questionSchema, {
        ...base,
        type: "single",
        options: [{ text: "A", correct: true }, { text: "B" }],
      }),
    ).toEqual([]);
    expect(
      problems(questionSchema, {
        ...base,
        type: "multiple",
        options: [
          { text: "A", correct: true },
          { text: "B", correct: true },
        ],
      }),
    ).toEqual([]);
    expect(
      problems(questionSchema, { ...base, type: "true-false", answer: false, feedback }),
    ).toEqual([]);
    expect(
      problems(questionSchema, { ...base, type: "order", items: ["a", "b", "c"], feedback }),
    ).toEqual([]);
  });

  it("needs exactly one right answer for single choice", () => {
    expect(
      problems(questionSchema, {
        ...base,
        type: "single",
        options: [{ text: "A" }, { text: "B" }],
      }),
    ).toEqual([
      'options: Question "q1": a single-choice question needs exactly one option with "correct: true" (it has 0)',
    ]);
    expect(
      problems(questionSchema, {
        ...base,
        type: "single",
        options: [
          { text: "A", correct: true },
          { text: "B", correct: true },
        ],
      }),
    ).toEqual([
      'options: Question "q1": a single-choice question needs exactly one option with "correct: true" (it has 2)',
    ]);
  });

  it("needs at least one right answer for multiple select, and two options for any choice", () => {
    expect(
      problems(questionSchema, {
        ...base,
        type: "multiple",
        options: [{ text: "A" }, { text: "B" }],
      }),
    ).toEqual([
      'options: Question "q1": a multiple-select question needs at least one option with "correct: true"',
    ]);
    expect(
      problems(questionSchema, {
        ...base,
        type: "single",
        options: [{ text: "A", correct: true }],
      }),
    ).toContain("options: Give at least two options");
  });

  it("needs distinct items to put in order", () => {
    expect(
      problems(questionSchema, { ...base, type: "order", items: ["a", "b", "a"], feedback }),
    ).toEqual(["items: Each item to put in order must be different"]);
  });

  it("needs feedback for a right and a wrong answer to true-or-false and put-in-order", () => {
    const fix =
      'feedback: Add "feedback" with "right" and "wrong": what a reader who answers right, or wrong, is told';
    expect(problems(questionSchema, { ...base, type: "true-false", answer: true })).toEqual([fix]);
    expect(problems(questionSchema, { ...base, type: "order", items: ["a", "b", "c"] })).toEqual([
      fix,
    ]);
    expect(
      problems(questionSchema, {
        ...base,
        type: "true-false",
        answer: true,
        feedback: { right: "Yes." },
      }),
    ).toEqual(['feedback.wrong: Add "feedback.wrong"']);
  });

  it("names an unknown type and a missing answer", () => {
    expect(problems(questionSchema, { ...base, type: "essay" })).toEqual([
      'type: "type" must be one of: single, multiple, true-false, order',
    ]);
    expect(problems(questionSchema, { ...base, type: "true-false", feedback })).toEqual([
      'answer: Add "answer: true" or "answer: false"',
    ]);
  });
});

describe("quizSchema", () => {
  const q = (id: string) => ({ ...base, id, type: "true-false", answer: true, feedback });

  it("needs 3 to 6 questions with distinct ids", () => {
    expect(problems(quizSchema, { questions: [q("a"), q("b")] })).toEqual([
      "questions: A chapter quiz needs 3 to 6 questions",
    ]);
    expect(problems(quizSchema, { questions: [q("a"), q("b"), q("a")] })).toEqual([
      "questions: Each question needs its own id",
    ]);
    expect(problems(quizSchema, { questions: [q("a"), q("b"), q("c")] })).toEqual([]);
  });
});

describe("quizProblems", () => {
  const quiz = quizSchema.parse({
    questions: [
      { ...base, id: "a", type: "true-false", answer: true, feedback, review: "roles" },
      { ...base, id: "b", type: "true-false", answer: true, feedback, review: "gone", outcome: 5 },
      { ...base, id: "c", type: "true-false", answer: true, feedback, review: "key-points" },
    ],
  });

  it("names the file, the question and the fix for a missing section or outcome", () => {
    expect(
      quizProblems("content/quizzes/benefits.yaml", quiz, {
        slug: "benefits",
        outcomes: ["one", "two"],
        sectionIds: ["roles", "key-points"],
      }),
    ).toEqual([
      'content/quizzes/benefits.yaml: question "b" reviews section "gone", which /chapters/benefits/ does not have. Use one of: roles, key-points.',
      'content/quizzes/benefits.yaml: question "b" tests outcome 5, but the chapter has 2. Use a number from 1 to 2.',
    ]);
  });
});
