import { z } from "astro/zod";

const text = (field: string) =>
  z
    .string({ required_error: `Add "${field}"` })
    .trim()
    .min(1, { message: `"${field}" is empty` });

/** Fields every question has, whatever its type. */
const base = {
  /** Stable id within the quiz, used for saved progress: never reuse one for a new question. */
  id: z
    .string({ required_error: 'Add "id", a short stable name such as "comfort-tips"' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message: '"id" must be lower-case words joined by hyphens',
    }),
  /** The question as the reader sees it. */
  prompt: text("prompt"),
  /** Which of the chapter's learning outcomes it tests: 1 for the first, and so on. */
  outcome: z
    .number({
      required_error: 'Add "outcome", the number of the learning outcome it tests (1, 2, ...)',
    })
    .int()
    .positive(),
  /** The id of the chapter section that teaches it, for the "Review" link. */
  review: text("review"),
  /** Why the right answer is right; shown after an answer and in the answer key. */
  explanation: text("explanation"),
};

/** One choice of a single-choice or multiple-select question. */
const option = z
  .object({
    /** What the reader picks. */
    text: text("text"),
    /** Whether picking it is right. */
    correct: z.boolean().default(false),
    /** Why this choice is right or wrong, shown when it is picked. Empty for none. */
    feedback: z.string().trim().default(""),
  })
  .strict();

/**
 * What a reader is told after a true-or-false or put-in-order answer: as specific as an
 * option's feedback, for the right answer and for a wrong one.
 */
const answerFeedback = z
  .object(
    {
      /** Shown in the answer key and exports beside the right answer. */
      right: text("feedback.right"),
      /** Shown when the reader answers wrong: what to look at again. */
      wrong: text("feedback.wrong"),
    },
    {
      required_error:
        'Add "feedback" with "right" and "wrong": what a reader who answers right, or wrong, is told',
    },
  )
  .strict();

const distinct = (values: string[]) => new Set(values).size === values.length;

/** One question. The `type` decides which other fields it has. */
export const questionSchema = z
  .discriminatedUnion(
    "type",
    [
      z
        .object({
          ...base,
          type: z.literal("single"),
          options: z.array(option).min(2, { message: "Give at least two options" }),
        })
        .strict(),
      z
        .object({
          ...base,
          type: z.literal("multiple"),
          options: z.array(option).min(2, { message: "Give at least two options" }),
        })
        .strict(),
      z
        .object({
          ...base,
          type: z.literal("true-false"),
          /** Whether the statement in the prompt is true. */
          answer: z.boolean({ required_error: 'Add "answer: true" or "answer: false"' }),
          feedback: answerFeedback,
        })
        .strict(),
      z
        .object({
          ...base,
          type: z.literal("order"),
          /** The steps in their correct order; the reader sees them shuffled. */
          items: z
            .array(text("items"))
            .min(3, { message: "Give at least three items to put in order" })
            .refine(distinct, { message: "Each item to put in order must be different" }),
          feedback: answerFeedback,
        })
        .strict(),
    ],
    {
      errorMap: (issue, ctx) =>
        issue.code === "invalid_union_discriminator"
          ? { message: '"type" must be one of: single, multiple, true-false, order' }
          : { message: ctx.defaultError },
    },
  )
  // Rules on the answers, checked after the shape (a discriminated union takes no refinements).
  .superRefine((question, ctx) => {
    if (question.type !== "single" && question.type !== "multiple") return;
    const correct = question.options.filter((o) => o.correct).length;
    if (question.type === "single" && correct !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: `Question "${question.id}": a single-choice question needs exactly one option with "correct: true" (it has ${correct})`,
      });
    }
    if (question.type === "multiple" && correct === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: `Question "${question.id}": a multiple-select question needs at least one option with "correct: true"`,
      });
    }
    if (new Set(question.options.map((o) => o.text)).size !== question.options.length) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: `Question "${question.id}": two options have the same text`,
      });
    }
  });

/** A chapter's quiz: content/quizzes/<chapter-slug>.yaml. */
export const quizSchema = z
  .object({
    /** 3 to 6 questions on the chapter. */
    questions: z
      .array(questionSchema)
      .min(3, { message: "A chapter quiz needs 3 to 6 questions" })
      .max(6, { message: "A chapter quiz needs 3 to 6 questions" })
      .refine((qs) => distinct(qs.map((q) => q.id)), { message: "Each question needs its own id" }),
  })
  .strict();

export type Question = z.infer<typeof questionSchema>;
export type QuizData = z.infer<typeof quizSchema>;
