/**
 * A chapter's progress in words, for its card: whether it has been read to the end, and
 * how far its quiz has got. "0/4" would read as four wrong answers when only one was
 * tried, so a quiz under way says how many are answered.
 */
export function chapterStatus(
  read: boolean,
  quiz: { answered: number; correct: number; total: number },
): string {
  const { answered, correct, total } = quiz;
  const quizText =
    answered === 0
      ? "Quiz: not started"
      : answered < total
        ? `Quiz: ${answered} of ${total} answered, ${correct} right`
        : `Quiz: ${correct}/${total} right`;
  return read ? `Read · ${quizText}` : quizText;
}

/**
 * Where to pick up: the chapter last opened if it is not read to the end yet; otherwise
 * the first chapter not yet read after the one finished last (`read` is in the order they
 * were finished), or, when every chapter after it is read, the first one not read. None
 * when nothing is opened or read (the reader starts at the beginning) or all are read, so
 * it never sends a reader back to a first chapter they never opened while one they did
 * waits unread.
 */
export function continueWith<T extends { slug: string }>(
  chapters: readonly T[],
  read: readonly string[],
  opened?: string,
): T | undefined {
  const unread = (chapter: T) => !read.includes(chapter.slug);
  const open = chapters.find((chapter) => chapter.slug === opened);
  if (open && unread(open)) return open;
  const finished = [...read].reverse().find((slug) => chapters.some((c) => c.slug === slug));
  if (finished === undefined) return undefined;
  const at = chapters.findIndex((chapter) => chapter.slug === finished);
  return chapters.slice(at + 1).find(unread) ?? chapters.find(unread);
}
