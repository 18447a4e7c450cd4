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
 * Where to pick up: the first chapter, in reading order, not yet read to the end. None
 * before anything is read (the reader starts at the beginning) or once all are read.
 */
export function continueWith<T extends { slug: string }>(
  chapters: readonly T[],
  read: readonly string[],
): T | undefined {
  if (!chapters.some((chapter) => read.includes(chapter.slug))) return undefined;
  return chapters.find((chapter) => !read.includes(chapter.slug));
}
