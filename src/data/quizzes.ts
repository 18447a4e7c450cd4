import { getCollection, render } from "astro:content";
import type { Question } from "~/schemas/quiz.ts";
import type { ExportQuiz } from "~/lib/exports/types.ts";
import { getChapters, type Chapter } from "./chapters.ts";
import { relativeContentPath } from "~/lib/content/file-path.ts";
import { quizProblems } from "~/lib/quiz/check.ts";
import { FRAME_SECTIONS } from "~/lib/content/frame-sections.ts";

/** A question with what the page needs around it: where to review, what it tests. */
export interface QuizQuestionView {
  question: Question;
  /** The "Review: <section title>" link. */
  review: { href: string; title: string };
  /** The learning outcome it tests, as written in the chapter. */
  outcome: string;
}

/** A chapter's quiz, ready to render. */
export interface ChapterQuiz {
  chapter: Chapter;
  questions: QuizQuestionView[];
}

let cache: Promise<ChapterQuiz[]> | undefined;

/**
 * Every chapter's quiz in reading order, checked against its chapter: a missing quiz, a
 * quiz without a chapter, a "review" link to a section that does not exist or an outcome
 * the chapter does not have fails the build with a message naming the file and question.
 */
export function getQuizzes(): Promise<ChapterQuiz[]> {
  cache ??= (async () => {
    const [chapters, entries] = await Promise.all([getChapters(), getCollection("quizzes")]);
    const problems: string[] = [];
    for (const entry of entries) {
      if (!chapters.some((c) => c.slug === entry.id)) {
        problems.push(
          `${relativeContentPath(entry.filePath)}: no chapter has the slug "${entry.id}". Name the file after its chapter's slug.`,
        );
      }
    }
    const quizzes: ChapterQuiz[] = [];
    for (const chapter of chapters) {
      const entry = entries.find((e) => e.id === chapter.slug);
      if (!entry) {
        problems.push(
          `${chapter.filePath}: the chapter has no quiz. Add content/quizzes/${chapter.slug}.yaml.`,
        );
        continue;
      }
      const { headings } = await render(chapter.entry);
      const titles = new Map<string, string>([
        ...headings.filter((h) => h.depth <= 3).map((h) => [h.slug, h.text] as const),
        // The frame's sections, bar the quiz itself.
        ...Object.entries(FRAME_SECTIONS).filter(([id]) => id !== "quiz"),
      ]);
      const sectionIds = [...titles.keys()];
      problems.push(
        ...quizProblems(relativeContentPath(entry.filePath), entry.data, {
          slug: chapter.slug,
          outcomes: chapter.outcomes,
          sectionIds,
        }),
      );
      quizzes.push({
        chapter,
        questions: entry.data.questions.map((question) => ({
          question,
          review: {
            href: `${chapter.href}#${question.review}`,
            title: titles.get(question.review) ?? "",
          },
          outcome: chapter.outcomes[question.outcome - 1] ?? "",
        })),
      });
    }
    if (problems.length > 0) throw new Error(problems.join("\n"));
    return quizzes;
  })();
  return cache;
}

/** One chapter's quiz. */
export async function getQuiz(slug: string): Promise<ChapterQuiz> {
  const quiz = (await getQuizzes()).find((q) => q.chapter.slug === slug);
  if (!quiz) throw new Error(`No quiz for the chapter "${slug}".`);
  return quiz;
}

/** A chapter's quiz as the download formats take it (src/lib/exports/). */
export function toExportQuiz({ chapter, questions }: ChapterQuiz): ExportQuiz {
  return {
    slug: chapter.slug,
    title: `${chapter.order}. ${chapter.title}`,
    questions: questions.map((view) => view.question),
  };
}
