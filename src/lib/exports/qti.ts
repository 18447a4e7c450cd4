/*
 * QTI 1.2, as Canvas reads it in a QTI zip (classic quizzes: Settings > Import course
 * content > QTI .zip file) and Canvas and Moodle read it in a Common Cartridge: one
 * assessment per chapter, with single choice, multiple answers and true/false questions.
 * Neither has a put-in-order question, so those are left out (`omitted` lists them).
 *
 * Each rule below was checked against the importers' code; the README's "Quiz files and
 * course packages" section says where. In short: Canvas converts QTI 1.2 with
 * QTIMigrationTool and then AssessmentItemConverter; Moodle's Common Cartridge converter
 * is backup/cc/entity11.quiz.class.php.
 */
import { zipSync } from "fflate";
import { shownChoices } from "~/lib/quiz/choices.ts";
import type { Question } from "~/schemas/quiz.ts";
import type { Attempts, ExportQuiz } from "./types.ts";
import { escapeXml, htmlParagraphs } from "./xml.ts";

/** The questions Canvas and Common Cartridge can take: every type but put-in-order. */
export type ChoiceQuestion = Exclude<Question, { type: "order" }>;

/** Files in a zip are dated this day, so the same quizzes always give the same bytes. */
export const FIXED_TIME = new Date(2000, 0, 1);

/** Canvas's own question types (question_type), which it reads before guessing one. */
const CANVAS_TYPES: Record<ChoiceQuestion["type"], string> = {
  single: "multiple_choice_question",
  multiple: "multiple_answers_question",
  "true-false": "true_false_question",
};

/** The Common Cartridge 1.1 profile of each type (cc_profile), which Moodle requires. */
const CC_PROFILES: Record<ChoiceQuestion["type"], string> = {
  single: "cc.multiple_choice.v0p1",
  multiple: "cc.multiple_response.v0p1",
  "true-false": "cc.true_false.v0p1",
};

/**
 * Text as HTML (text/html), so "&", "<" and ">" stay characters and a line break stays a
 * line break: QTIMigrationTool puts text/plain into HTML as it is, where a new line is a
 * space (imsqtiv1.py, FlowV1.AppendHTMLContainer).
 */
const html = (value: string, className?: string) =>
  `<material><mattext texttype="text/html">${escapeXml(htmlParagraphs(value, className))}</mattext></material>`;

/**
 * An answer's text: plain, which Canvas keeps exactly (ChoiceInteraction#get_answers),
 * unless it has a line break, which only HTML keeps.
 */
const answerText = (value: string) =>
  /[\r\n]/.test(value)
    ? html(value)
    : `<material><mattext texttype="text/plain">${escapeXml(value)}</mattext></material>`;

const field = (label: string, entry: string) =>
  `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${escapeXml(entry)}</fieldentry></qtimetadatafield>`;

/**
 * A question's identifier, the same in every package and every build: "q", the chapter's
 * slug and the question's id, joined by "_", which neither may hold, so no two questions
 * share one. Canvas keys an imported question by it (AssessmentItemConverter, migration_id):
 * with "q1" in each of two quizzes, the second showed the first one's question. It starts
 * with a letter and holds only letters, digits, "-" and "_", which QTIMigrationTool keeps
 * as they are (imscp.py, FixIdentifier).
 */
export function itemIdent(slug: string, questionId: string): string {
  return `q_${slug}_${questionId}`;
}

/**
 * One question as a QTI 1.2 item. An answer's identifier is the item's and its number,
 * except a true/false answer in a cartridge, which Moodle requires to be "true" or "false".
 * The feedback of answer n is "an_fb": Canvas drops per-answer feedback whose identifier
 * looks like its general, right or wrong feedback ("general_", "correct", "wrong", "_C$":
 * get_feedback_id), which a slug or question id could otherwise bring in.
 *
 * The response conditions, which both importers read the same way:
 * 1. the explanation, for any answer, in the one "continue" condition: Moodle makes the
 *    general feedback of every such condition (entity11.quiz.class.php);
 * 2. a condition per answer that is right or has feedback, with its feedback, scoring 100
 *    if it is right. Canvas takes an answer's weight from the last condition naming it
 *    (process_response_conditions), and Moodle an answer's feedback likewise. There is no
 *    one condition for "every right answer and no wrong one", as Canvas's own export
 *    writes: Moodle counts each right answer once in it and once in its own condition, so
 *    right answers scored half the mark in all (entity11.quiz.class.php, the
 *    multiple-response fractions).
 */
export function qtiItem(
  question: ChoiceQuestion,
  slug: string,
  { cartridge = false }: { cartridge?: boolean } = {},
): string {
  const id = itemIdent(slug, question.id);
  // In the order the site shows them; numbered by their place in the quiz file, so an
  // answer keeps its identifier if the shown order changes.
  const options = shownChoices(question).map((choice) => ({
    ...choice,
    id:
      cartridge && question.type === "true-false"
        ? choice.text.toLowerCase()
        : `${id}_a${choice.index + 1}`,
    feedbackId: `a${choice.index + 1}_fb`,
  }));
  const single = question.type !== "multiple";
  const varequal = (o: { id: string }) =>
    `<varequal respident="response1" case="Yes">${o.id}</varequal>`;
  const SCORE = '<setvar action="Set" varname="SCORE">100</setvar>';
  const withFeedback = options.filter((o) => o.feedback);
  return [
    `<item ident="${id}" title="${escapeXml(question.id)}">`,
    "<itemmetadata><qtimetadata>",
    ...(cartridge
      ? [field("cc_profile", CC_PROFILES[question.type]), field("cc_weighting", "1")]
      : []),
    field("question_type", CANVAS_TYPES[question.type]),
    field("points_possible", "1"),
    "</qtimetadata></itemmetadata>",
    "<presentation>",
    html(question.prompt),
    `<response_lid ident="response1" rcardinality="${single ? "Single" : "Multiple"}"><render_choice>`,
    ...options.map((o) => `<response_label ident="${o.id}">${answerText(o.text)}</response_label>`),
    "</render_choice></response_lid>",
    "</presentation>",
    "<resprocessing>",
    '<outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>',
    '<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>',
    ...options
      .filter((o) => o.correct || o.feedback)
      .map(
        (o) =>
          `<respcondition continue="No"><conditionvar>${varequal(o)}</conditionvar>${o.correct ? SCORE : ""}${o.feedback ? `<displayfeedback feedbacktype="Response" linkrefid="${o.feedbackId}"/>` : ""}</respcondition>`,
      ),
    "</resprocessing>",
    // The class keeps each paragraph an element: Canvas unwraps a bare <p> around one run of
    // text and then shows its entities ("&amp;") as text (HtmlHelper#detect_html), in the
    // explanation as in an answer's feedback.
    `<itemfeedback ident="general_fb"><flow_mat>${html(question.explanation, "explanation")}</flow_mat></itemfeedback>`,
    ...withFeedback.map(
      (o) =>
        `<itemfeedback ident="${o.feedbackId}"><flow_mat>${html(o.feedback, "feedback")}</flow_mat></itemfeedback>`,
    ),
    "</item>",
  ].join("\n");
}

/** The questions of a quiz that Canvas and Common Cartridge cannot take. */
export function omitted(quiz: ExportQuiz): Question[] {
  return quiz.questions.filter((q) => q.type === "order");
}

/**
 * A quiz's allowed attempts as Canvas and Moodle read cc_maxattempts: "unlimited", or the
 * number. A quiz without the field allows one attempt in Canvas
 * (AssessmentTestConverter#parse_quiz_data, then Quizzes::Quiz#set_defaults).
 */
export const maxAttempts = (attempts: Attempts): string => String(attempts);

/**
 * One quiz as a QTI 1.2 assessment document: for a QTI zip, or, with `cartridge`, for a
 * Common Cartridge 1.1, whose profile (ccv1p1_qtiasiv1p2p1_v1p0.xsd) it then follows.
 */
export function toQtiAssessment(
  quiz: ExportQuiz,
  { attempts = "unlimited", cartridge = false }: { attempts?: Attempts; cartridge?: boolean } = {},
): string {
  const items = quiz.questions
    .filter((q): q is ChoiceQuestion => q.type !== "order")
    .map((q) => qtiItem(q, quiz.slug, { cartridge }));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">',
    `<assessment ident="quiz-${quiz.slug}" title="${escapeXml(quiz.title)}">`,
    "<qtimetadata>",
    ...(cartridge
      ? [field("cc_profile", "cc.exam.v0p1"), field("qmd_assessmenttype", "Examination")]
      : []),
    field("cc_maxattempts", maxAttempts(attempts)),
    "</qtimetadata>",
    '<section ident="root_section">',
    ...items,
    "</section>",
    "</assessment>",
    "</questestinterop>",
    "",
  ].join("\n");
}

/** The QTI zip's manifest: one QTI resource per quiz. */
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

/** The quizzes as a QTI 1.2 zip for Canvas, the same bytes for the same quizzes. */
export function toQtiZip(
  quizzes: ExportQuiz[],
  attempts: Attempts = "unlimited",
): Uint8Array<ArrayBuffer> {
  const encode = (text: string) => new TextEncoder().encode(text);
  const files: Record<string, Uint8Array> = { "imsmanifest.xml": encode(toQtiManifest(quizzes)) };
  for (const quiz of quizzes) {
    files[`quiz-${quiz.slug}/quiz-${quiz.slug}.xml`] = encode(toQtiAssessment(quiz, { attempts }));
  }
  return new Uint8Array(zipSync(files, { mtime: FIXED_TIME, level: 9 }));
}
