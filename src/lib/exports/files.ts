/*
 * The quiz downloads the site offers: each format for all chapters together and for each
 * chapter alone, under /quiz/export/. Pages that link them and the endpoint that writes them
 * both take the list from here.
 */
import { toBlackboard } from "./blackboard.ts";
import { toMoodleXml } from "./moodle.ts";
import { toQtiZip } from "./qti.ts";
import type { Attempts, ExportQuiz } from "./types.ts";

/**
 * What each format is, what it is for, and how it is made. Only a QTI assessment carries the
 * attempts a quiz allows: Moodle's and Blackboard's files hold questions, and the educator
 * sets attempts on the quiz that uses them.
 */
export const EXPORT_FORMATS = [
  {
    id: "moodle",
    extension: "moodle.xml",
    label: "Moodle XML",
    platform:
      "Moodle 4.4 or later (put-in-order questions need 4.4, or the Ordering plugin before it)",
    write: (quizzes: ExportQuiz[], _attempts: Attempts): string | Uint8Array<ArrayBuffer> =>
      toMoodleXml(quizzes),
  },
  {
    id: "canvas",
    extension: "canvas-qti.zip",
    label: "QTI 1.2 zip for Canvas",
    platform:
      "Canvas classic quizzes (put-in-order questions are left out: Canvas has no such type)",
    write: (quizzes: ExportQuiz[], attempts: Attempts): string | Uint8Array<ArrayBuffer> =>
      toQtiZip(quizzes, attempts),
  },
  {
    id: "blackboard",
    extension: "blackboard.txt",
    label: "Blackboard text file",
    platform: "Blackboard Learn, Original course view (the format carries no feedback)",
    write: (quizzes: ExportQuiz[], _attempts: Attempts): string | Uint8Array<ArrayBuffer> =>
      toBlackboard(quizzes),
  },
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file name for all chapters together. */
export const ALL_CHAPTERS = "all-chapters";

/** A download's path under the site: /quiz/export/<name>.<extension>. */
export function exportPath(name: string, format: ExportFormat): string {
  return `/quiz/export/${name}.${format.extension}`;
}

/**
 * A course package's path under the site: /course/<name>.imscc, for all chapters
 * (ALL_CHAPTERS) or one chapter's slug.
 */
export function cartridgePath(name: string): string {
  return `/course/${name}.imscc`;
}
