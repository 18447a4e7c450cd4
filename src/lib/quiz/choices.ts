import type { Question } from "~/schemas/quiz.ts";

type TrueFalse = Extract<Question, { type: "true-false" }>;

/** One of a question's choices as the page, the answer key and the exports show it. */
export interface Choice {
  text: string;
  correct: boolean;
  /** What a reader who picks it is told; empty for none. */
  feedback: string;
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
