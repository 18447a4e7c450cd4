import type { QuizData } from "~/schemas/quiz.ts";

/** What a quiz is checked against: the chapter it belongs to. */
export interface QuizChapter {
  slug: string;
  outcomes: readonly string[];
  /** Every section id in the chapter, body and frame. */
  sectionIds: readonly string[];
}

/**
 * The problems that tie a quiz to its chapter, each naming the file, the question and the
 * fix: a "review" link to a section that does not exist, or an outcome number the chapter
 * does not have. An empty list means the quiz is sound.
 */
export function quizProblems(filePath: string, quiz: QuizData, chapter: QuizChapter): string[] {
  const problems: string[] = [];
  for (const question of quiz.questions) {
    if (!chapter.sectionIds.includes(question.review)) {
      problems.push(
        `${filePath}: question "${question.id}" reviews section "${question.review}", which /chapters/${chapter.slug}/ does not have. ` +
          `Use one of: ${chapter.sectionIds.join(", ")}.`,
      );
    }
    if (question.outcome > chapter.outcomes.length) {
      problems.push(
        `${filePath}: question "${question.id}" tests outcome ${question.outcome}, but the chapter has ${chapter.outcomes.length}. ` +
          `Use a number from 1 to ${chapter.outcomes.length}.`,
      );
    }
  }
  return problems;
}
