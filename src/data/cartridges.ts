import { QUIZ_ATTEMPTS } from "astro:env/server";
import { absoluteUrl } from "~/lib/address/paths.ts";
import type { Cartridge, CartridgeChapter } from "~/lib/exports/cartridge.ts";
import { ALL_CHAPTERS } from "~/lib/exports/files.ts";
import { quizAttempts } from "~/lib/exports/types.ts";
import { SITE } from "~/lib/site/identity.ts";
import { getQuizzes, toExportQuiz } from "./quizzes.ts";

/** The licence and credit, as the About page gives them. */
const RIGHTS = `The text of "${SITE.name}" is licensed under Creative Commons Attribution 4.0 International (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/): name "${SITE.name}" as the source and link to the page you used. It is built from the essay "${SITE.essayTitle}"; the essay and the articles it cites belong to their authors.`;

/**
 * The course packages (Common Cartridge 1.1): one for all chapters, named ALL_CHAPTERS, and
 * one per chapter, by slug. None without a public address (`site`): a cartridge's chapters
 * are web links to the live site, and an address the build would have to invent would
 * break every one of them.
 */
export async function getCartridges(
  site: URL | undefined,
): Promise<{ name: string; cartridge: Cartridge }[]> {
  if (!site) return [];
  const url = (path: string) => absoluteUrl(path, site) ?? "";
  const chapters: CartridgeChapter[] = (await getQuizzes()).map((quiz, index) => ({
    slug: quiz.chapter.slug,
    number: index + 1,
    title: quiz.chapter.title,
    summary: quiz.chapter.summary,
    url: url(`/chapters/${quiz.chapter.slug}/`),
    worksheetUrl: url(`/chapters/${quiz.chapter.slug}/worksheet/`),
    answersUrl: url(`/quiz/answers/${quiz.chapter.slug}/`),
    reflection: quiz.chapter.reflection,
    quiz: toExportQuiz(quiz),
  }));
  const course = (identifier: string, title: string, chosen: CartridgeChapter[]): Cartridge => ({
    identifier,
    title,
    description: SITE.description,
    rights: RIGHTS,
    educatorsUrl: url("/educators/"),
    chapters: chosen,
    attempts: quizAttempts(QUIZ_ATTEMPTS),
  });
  return [
    { name: ALL_CHAPTERS, cartridge: course("learning_together", SITE.name, chapters) },
    ...chapters.map((chapter) => ({
      name: chapter.slug,
      cartridge: course(`learning_together_${chapter.slug}`, `${SITE.name}: ${chapter.title}`, [
        chapter,
      ]),
    })),
  ];
}
