/*
 * Blackboard Learn's "Upload Questions" file (Original course view: Tests, Surveys and
 * Pools > Upload Questions): one question per line, fields separated by tabs, UTF-8. MC and
 * MA list each answer followed by "correct" or "incorrect", TF gives "true" or "false", ORD
 * lists the items in the right order. The format has no feedback, so none is included.
 * Blackboard reads the text as HTML: `& < >` are written as entities and a line break as
 * <br />; a tab, which would start a new field, becomes a space.
 */
import { shownChoices } from "~/lib/quiz/choices.ts";
import type { Question } from "~/schemas/quiz.ts";
import type { ExportQuiz } from "./types.ts";

/** A text as one field of the file. */
export function blackboardField(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("\t", " ")
    .replace(/\r\n|\r|\n/g, "<br />");
}

function line(question: Question): string[] {
  switch (question.type) {
    case "single":
    case "multiple":
      return [
        question.type === "single" ? "MC" : "MA",
        question.prompt,
        ...shownChoices(question).flatMap((o) => [o.text, o.correct ? "correct" : "incorrect"]),
      ];
    case "true-false":
      return ["TF", question.prompt, question.answer ? "true" : "false"];
    case "order":
      return ["ORD", question.prompt, ...question.items];
  }
}

/** The quizzes' questions as one upload file. */
export function toBlackboard(quizzes: ExportQuiz[]): string {
  return quizzes
    .flatMap((quiz) => quiz.questions)
    .map((question) => {
      const [type = "", ...fields] = line(question);
      return [type, ...fields.map(blackboardField)].join("\t");
    })
    .join("\n")
    .concat("\n");
}
