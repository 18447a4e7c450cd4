/*
 * Moodle XML, as Moodle 4.4 and later import it (question/format/xml/format.php): single and
 * multiple choice as `multichoice`, true/false as `truefalse`, put-in-order as `ordering`
 * (a standard question type since 4.4; older sites need the qtype_ordering plugin). Text is
 * plain (format="plain_text", shown with its line breaks), so nothing can act as HTML.
 *
 * Every text is one CDATA section, as Moodle's own exporter writes it: Moodle's XML reader
 * drops any piece of text that is only white space (lib/xmlize.php, the character-data
 * handler), and an entity such as &quot; is a piece of its own, so the space in
 * `&quot;a&quot; &apos;b&apos;` was lost. A CDATA section is one piece, read back exactly.
 */
import { shownChoices, trueFalseChoices } from "~/lib/quiz/choices.ts";
import type { Question } from "~/schemas/quiz.ts";
import type { ExportQuiz } from "./types.ts";
import { cdata } from "./xml.ts";

/**
 * The grades Moodle accepts for an answer, as fractions of the mark (question_bank::
 * fraction_options_full). It rejects a question whose grades are not on this list.
 */
const ACCEPTED = [
  1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667,
  0.1428571, 0.125, 0.1111111, 0.1, 0.05,
];

/**
 * Each of `count` right (or wrong) answers' share of the mark, as the percentage Moodle
 * writes: 3 → "33.33333". Fails for a count whose share Moodle would not accept.
 */
export function moodleShare(count: number, question: string): string {
  const share = 1 / count;
  const accepted = ACCEPTED.find((value) => Math.abs(value - share) < 0.0000005);
  if (accepted === undefined) {
    throw new Error(
      `Question "${question}": Moodle cannot give ${count} answers an equal share of the mark. Use 1 to 10 of them.`,
    );
  }
  return String(Number((accepted * 100).toFixed(5)));
}

const text = (value: string) => `<text>${cdata(value)}</text>`;
const block = (tag: string, value: string) => `<${tag} format="plain_text">${text(value)}</${tag}>`;

function answer(fraction: string, value: string, feedback = ""): string {
  return (
    `    <answer fraction="${fraction}" format="plain_text">${text(value)}` +
    (feedback ? `<feedback format="plain_text">${text(feedback)}</feedback>` : "") +
    `</answer>`
  );
}

/** The answers and settings that differ by type. */
function body(question: Question): string[] {
  switch (question.type) {
    case "single":
      return [
        "    <single>true</single>",
        "    <shuffleanswers>true</shuffleanswers>",
        "    <answernumbering>abc</answernumbering>",
        ...shownChoices(question).map((o) => answer(o.correct ? "100" : "0", o.text, o.feedback)),
      ];
    case "multiple": {
      const right = question.options.filter((o) => o.correct).length;
      const wrong = question.options.length - right;
      const plus = moodleShare(right, question.id);
      const minus = wrong > 0 ? `-${moodleShare(wrong, question.id)}` : "0";
      return [
        "    <single>false</single>",
        "    <shuffleanswers>true</shuffleanswers>",
        "    <answernumbering>abc</answernumbering>",
        ...shownChoices(question).map((o) => answer(o.correct ? plus : minus, o.text, o.feedback)),
      ];
    }
    case "true-false": {
      // Moodle finds the true and false answers by their text.
      const [yes, no] = trueFalseChoices(question);
      return [
        answer(yes.correct ? "100" : "0", "true", yes.feedback),
        answer(no.correct ? "100" : "0", "false", no.feedback),
      ];
    }
    case "order":
      // The answers in the file's order are the right order; Moodle shuffles them.
      return [
        "    <layouttype>VERTICAL</layouttype>",
        "    <selecttype>ALL</selecttype>",
        `    <selectcount>${question.items.length}</selectcount>`,
        "    <gradingtype>ABSOLUTE_POSITION</gradingtype>",
        "    <showgrading>SHOW</showgrading>",
        "    <numberingstyle>none</numberingstyle>",
        // Moodle's combined feedback: a partly right order gets the wrong-answer feedback,
        // with the number of items in the right place.
        `    ${block("correctfeedback", question.feedback.right)}`,
        `    ${block("partiallycorrectfeedback", question.feedback.wrong)}`,
        `    ${block("incorrectfeedback", question.feedback.wrong)}`,
        "    <shownumcorrect>1</shownumcorrect>",
        ...question.items.map((item, index) => answer(String(index + 1), item)),
      ];
  }
}

const TYPES: Record<Question["type"], string> = {
  single: "multichoice",
  multiple: "multichoice",
  "true-false": "truefalse",
  order: "ordering",
};

/** Every quiz given as Moodle XML: one category per chapter, its questions in order. */
export function toMoodleXml(quizzes: ExportQuiz[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"];
  for (const quiz of quizzes) {
    lines.push(
      `  <question type="category"><category>${text(`$course$/top/${quiz.title.replaceAll("/", "-")}`)}</category></question>`,
    );
    quiz.questions.forEach((question, index) => {
      lines.push(
        `  <question type="${TYPES[question.type]}">`,
        `    <name>${text(`${quiz.title}: question ${index + 1}`)}</name>`,
        `    ${block("questiontext", question.prompt)}`,
        `    ${block("generalfeedback", question.explanation)}`,
        "    <defaultgrade>1</defaultgrade>",
        "    <penalty>0.3333333</penalty>",
        "    <hidden>0</hidden>",
        `    <idnumber>${cdata(`${quiz.slug}-${question.id}`)}</idnumber>`,
        ...body(question),
        "  </question>",
      );
    });
  }
  lines.push("</quiz>", "");
  return lines.join("\n");
}
