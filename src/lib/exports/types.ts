import type { Question } from "~/schemas/quiz.ts";

/**
 * One chapter's quiz as the export formats take it: plain data from the validated quiz
 * file, so the writers are pure functions, unit-tested without Astro.
 */
export interface ExportQuiz {
  /** The chapter's slug, used in file names and question ids. */
  slug: string;
  /** The chapter's title, used as the category or quiz name in the platform. */
  title: string;
  questions: Question[];
}

/**
 * How many attempts a platform's quiz allows: a number, or "unlimited", the default, since
 * these quizzes are for practice. Set at build time by QUIZ_ATTEMPTS (quizAttempts()).
 */
export type Attempts = number | "unlimited";

/** A QUIZ_ATTEMPTS setting that is neither a number of attempts nor "unlimited". */
export class QuizAttemptsError extends Error {}

/** Reads QUIZ_ATTEMPTS: unset or "unlimited" for no limit, or a whole number from 1. */
export function quizAttempts(setting: string | undefined): Attempts {
  const value = setting?.trim() ?? "";
  if (value === "" || value.toLowerCase() === "unlimited") return "unlimited";
  if (/^[1-9][0-9]*$/.test(value)) return Number(value);
  throw new QuizAttemptsError(
    `QUIZ_ATTEMPTS is "${setting}": set it to a whole number of attempts such as 3, or to "unlimited" (the default, for practice quizzes).`,
  );
}
