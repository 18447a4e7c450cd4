import type { APIRoute, GetStaticPaths } from "astro";
import { ALL_CHAPTERS, EXPORT_FORMATS, exportPath } from "~/lib/exports/files.ts";
import { QUIZ_ATTEMPTS } from "astro:env/server";
import { quizAttempts, type ExportQuiz } from "~/lib/exports/types.ts";
import { getQuizzes, toExportQuiz } from "~/data/quizzes.ts";

/** Every quiz download: each format, for all chapters and for each chapter alone. */
export const getStaticPaths = (async () => {
  const quizzes: ExportQuiz[] = (await getQuizzes()).map(toExportQuiz);
  if (quizzes.some((quiz) => quiz.slug === ALL_CHAPTERS)) {
    throw new Error(
      `A chapter's slug is "${ALL_CHAPTERS}", the name of the all-chapters download. Give the chapter another slug.`,
    );
  }
  const sets = [
    { name: ALL_CHAPTERS, quizzes },
    ...quizzes.map((q) => ({ name: q.slug, quizzes: [q] })),
  ];
  return EXPORT_FORMATS.flatMap((format) =>
    sets.map(({ name, quizzes: chosen }) => ({
      params: { file: exportPath(name, format).split("/").at(-1) },
      props: { body: format.write(chosen, quizAttempts(QUIZ_ATTEMPTS)) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string | Uint8Array<ArrayBuffer> }> = ({ props }) =>
  new Response(props.body);
