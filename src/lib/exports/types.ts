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

/** Escapes the five characters XML gives a meaning, "&" first. */
export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}
