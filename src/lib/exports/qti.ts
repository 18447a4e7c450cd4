/*
 * A QTI 1.2 package for Canvas (classic quizzes: Settings > Import course content > QTI
 * .zip file), as Canvas's own QTI export writes one and its importer (QTIMigrationTool and
 * gems/plugins/qti_exporter) reads it: one assessment per chapter, with single choice,
 * multiple answers and true/false questions. Canvas has no put-in-order question, so those
 * are left out (`omitted` lists them). Text is text/plain, so nothing can act as HTML.
 */
import { zipSync } from "fflate";
import { trueFalseChoices, type Choice } from "~/lib/quiz/choices.ts";
import type { Question } from "~/schemas/quiz.ts";
import { escapeXml, type ExportQuiz } from "./types.ts";

/** The questions Canvas can take: every type but put-in-order. */
type CanvasQuestion = Exclude<Question, { type: "order" }>;

/** Files in the zip are dated this day, so the same quizzes always give the same bytes. */
const FIXED_TIME = new Date(2000, 0, 1);

const TYPES: Record<CanvasQuestion["type"], string> = {
  single: "multiple_choice_question",
  multiple: "multiple_answers_question",
  "true-false": "true_false_question",
};

const mattext = (value: string) =>
  `<material><mattext texttype="text/plain">${escapeXml(value)}</mattext></material>`;

function choices(question: CanvasQuestion): Choice[] {
  if (question.type !== "true-false") return question.options;
  return trueFalseChoices(question);
}

/** One question as a QTI item. Identifiers are made here (q1, q1a1), plain and unique. */
function item(question: CanvasQuestion, id: string): string {
  const options = choices(question).map((choice, index) => ({
    ...choice,
    id: `${id}a${index + 1}`,
  }));
  const right = options.filter((o) => o.correct);
  const wrong = options.filter((o) => !o.correct);
  const single = question.type !== "multiple";
  const varequal = (o: { id: string }) => `<varequal respident="response1">${o.id}</varequal>`;
  // Canvas reads each answer's weight from the conditions in order, the last one winning:
  // the conditions that show an answer's feedback must come before the one that scores.
  const score = single
    ? varequal(right[0] ?? { id: "" })
    : `<and>${right.map(varequal).join("")}${wrong.map((o) => `<not>${varequal(o)}</not>`).join("")}</and>`;
  return [
    `<item ident="${id}" title="${escapeXml(question.id)}">`,
    "<itemmetadata><qtimetadata>",
    `<qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>${TYPES[question.type]}</fieldentry></qtimetadatafield>`,
    "<qtimetadatafield><fieldlabel>points_possible</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield>",
    "</qtimetadata></itemmetadata>",
    "<presentation>",
    mattext(question.prompt),
    `<response_lid ident="response1" rcardinality="${single ? "Single" : "Multiple"}"><render_choice>`,
    ...options.map((o) => `<response_label ident="${o.id}">${mattext(o.text)}</response_label>`),
    "</render_choice></response_lid>",
    "</presentation>",
    "<resprocessing>",
    '<outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>',
    '<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>',
    ...options
      .filter((o) => o.feedback)
      .map(
        (o) =>
          `<respcondition continue="Yes"><conditionvar>${varequal(o)}</conditionvar><displayfeedback feedbacktype="Response" linkrefid="${o.id}_fb"/></respcondition>`,
      ),
    `<respcondition continue="No"><conditionvar>${score}</conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>`,
    "</resprocessing>",
    `<itemfeedback ident="general_fb"><flow_mat>${mattext(question.explanation)}</flow_mat></itemfeedback>`,
    ...options
      .filter((o) => o.feedback)
      .map(
        (o) =>
          `<itemfeedback ident="${o.id}_fb"><flow_mat>${mattext(o.feedback)}</flow_mat></itemfeedback>`,
      ),
    "</item>",
  ].join("\n");
}

/** The questions of a quiz that Canvas cannot import. */
export function omitted(quiz: ExportQuiz): Question[] {
  return quiz.questions.filter((q) => q.type === "order");
}

/** One quiz as a QTI 1.2 assessment document. */
export function toQtiAssessment(quiz: ExportQuiz): string {
  const ident = `quiz-${quiz.slug}`;
  const items = quiz.questions
    .filter((q): q is CanvasQuestion => q.type !== "order")
    .map((q, index) => item(q, `q${index + 1}`));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">',
    `<assessment ident="${ident}" title="${escapeXml(quiz.title)}">`,
    "<qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield></qtimetadata>",
    '<section ident="root_section">',
    ...items,
    "</section>",
    "</assessment>",
    "</questestinterop>",
    "",
  ].join("\n");
}

/** The package's manifest: one QTI resource per quiz. */
export function toQtiManifest(quizzes: ExportQuiz[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<manifest identifier="learning-together-quizzes" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">',
    "<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>",
    "<organizations/>",
    "<resources>",
    ...quizzes.map(
      (quiz) =>
        `<resource identifier="quiz-${quiz.slug}" type="imsqti_xmlv1p2"><file href="quiz-${quiz.slug}/quiz-${quiz.slug}.xml"/></resource>`,
    ),
    "</resources>",
    "</manifest>",
    "",
  ].join("\n");
}

/** The quizzes as a QTI 1.2 zip, the same bytes for the same quizzes. */
export function toQtiZip(quizzes: ExportQuiz[]): Uint8Array<ArrayBuffer> {
  const encode = (text: string) => new TextEncoder().encode(text);
  const files: Record<string, Uint8Array> = { "imsmanifest.xml": encode(toQtiManifest(quizzes)) };
  for (const quiz of quizzes) {
    files[`quiz-${quiz.slug}/quiz-${quiz.slug}.xml`] = encode(toQtiAssessment(quiz));
  }
  return new Uint8Array(zipSync(files, { mtime: FIXED_TIME, level: 9 }));
}
