import type { Question } from "~/schemas/quiz.ts";
import { shuffledOrder } from "./engine.ts";

type TrueFalse = Extract<Question, { type: "true-false" }>;
type ChoiceQuestion = Extract<Question, { type: "single" | "multiple" | "true-false" }>;

/** One of a question's choices as the page, the answer key and the exports show it. */
export interface Choice {
  text: string;
  correct: boolean;
  /** What a reader who picks it is told; empty for none. */
  feedback: string;
}

/** A choice in the place it is shown, with the number saved answers know it by. */
export interface ShownChoice extends Choice {
  /**
   * Its place in the quiz file (0 for the first): the value a saved answer holds and the
   * number in its export identifier, so neither changes when the shown order does.
   */
  index: number;
}

/**
 * A true-or-false question's two choices, True then False (the order the quiz engine
 * counts them in), each with the feedback the quiz file gives for picking it.
 */
export function trueFalseChoices(question: TrueFalse): [Choice, Choice] {
  const { right, wrong } = question.feedback;
  return [
    { text: "True", correct: question.answer, feedback: question.answer ? right : wrong },
    { text: "False", correct: !question.answer, feedback: question.answer ? wrong : right },
  ];
}

/**
 * A question's choices in the order every copy shows them: the page, the worksheet, the
 * answer key and the exports. Options are shuffled once, seeded by the question's id, so
 * the order is the same on every build and never the file's own (where authors tend to
 * put the right answer first); True and False keep that order.
 */
export function shownChoices(question: ChoiceQuestion): ShownChoice[] {
  if (question.type === "true-false")
    return trueFalseChoices(question).map((choice, index) => ({ ...choice, index }));
  return shuffledOrder(question.id, question.options.length).map((index) => ({
    ...(question.options[index] as Choice),
    index,
  }));
}
