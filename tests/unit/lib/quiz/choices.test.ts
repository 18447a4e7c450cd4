import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shownChoices } from "~/lib/quiz/choices.ts";
import { questionSchema } from "~/schemas/quiz.ts";

const questionWith = (texts: string[], right: number[]) =>
  questionSchema.parse({
    id: "q",
    type: right.length === 1 ? "single" : "multiple",
    prompt: "Which?",
    outcome: 1,
    review: "x",
    explanation: "Because.",
    options: texts.map((text, i) => ({ text, correct: right.includes(i) })),
  });

describe("shownChoices", () => {
  it("shows every option once, not in the file's order, each with its place in the file", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 7 }), fc.string({ minLength: 1 }), (n, id) => {
        const texts = Array.from({ length: n }, (_, i) => `option ${i}`);
        const question = { ...questionWith(texts, [0]), id: id.replace(/\W/g, "") || "x" };
        if (question.type !== "single") throw new Error("expected a single-choice question");
        const shown = shownChoices(question);
        expect(shown.map((c) => c.text).sort()).toEqual([...texts].sort());
        expect(shown.map((c) => c.index)).not.toEqual(texts.map((_, i) => i));
        for (const choice of shown) expect(choice.text).toBe(texts[choice.index]);
      }),
    );
  });

  it("is the same order every time: the page, worksheet, answer key and exports agree", () => {
    const question = questionWith(["a", "b", "c", "d"], [0, 1]);
    if (question.type === "order" || question.type === "true-false")
      throw new Error("expected a choice question");
    expect(shownChoices(question)).toEqual(shownChoices(structuredClone(question)));
  });

  it("keeps True before False, with the quiz file's feedback for picking each", () => {
    const question = questionSchema.parse({
      id: "tf",
      type: "true-false",
      prompt: "A statement.",
      outcome: 1,
      review: "x",
      explanation: "It is false.",
      answer: false,
      feedback: { right: "Right, false.", wrong: "No, it is false." },
    });
    if (question.type !== "true-false") throw new Error("expected true-false");
    expect(shownChoices(question)).toEqual([
      { text: "True", correct: false, feedback: "No, it is false.", index: 0 },
      { text: "False", correct: true, feedback: "Right, false.", index: 1 },
    ]);
  });
});
