/** The fields of a chapter that its place in the book depends on. */
export interface OrderedChapter {
  /** Where the chapter's file is, for error messages. */
  filePath: string;
  order: number;
  slug: string;
}

/**
 * Sorts chapters into reading order, and fails with a message naming both files when two
 * chapters share an order or a slug (the content layer cannot see across entries).
 */
export function sortChapters<T extends OrderedChapter>(chapters: readonly T[]): T[] {
  const byOrder = new Map<number, T>();
  const bySlug = new Map<string, T>();
  // Check in file-name order so the file blamed is always the later one, whatever order
  // the content layer returned them in.
  const byFile = [...chapters].sort((a, b) => a.filePath.localeCompare(b.filePath));
  for (const chapter of byFile) {
    const sameOrder = byOrder.get(chapter.order);
    if (sameOrder) {
      throw new Error(
        `${chapter.filePath}: "order: ${chapter.order}" is already used by ${sameOrder.filePath}. ` +
          `Give each chapter its own order number.`,
      );
    }
    const sameSlug = bySlug.get(chapter.slug);
    if (sameSlug) {
      throw new Error(
        `${chapter.filePath}: "slug: ${chapter.slug}" is already used by ${sameSlug.filePath}. ` +
          `Each chapter needs its own address.`,
      );
    }
    byOrder.set(chapter.order, chapter);
    bySlug.set(chapter.slug, chapter);
  }
  return [...chapters].sort((a, b) => a.order - b.order);
}

/** The chapters before and after one in reading order, where there are any. */
export function neighbours<T extends { slug: string }>(
  ordered: readonly T[],
  slug: string,
): { previous: T | undefined; next: T | undefined } {
  const index = ordered.findIndex((chapter) => chapter.slug === slug);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/**
 * The chapters the side list shows around the current one: all of them up to
 * `2 * radius + 1`, otherwise a run of that many with the current one as near the middle
 * as the ends allow. Listing every chapter on every chapter page would make the site's
 * size grow with the square of its chapters (see the README's Performance section).
 */
export function chapterWindow<T>(
  chapters: readonly T[],
  current: number,
  radius = 3,
): { shown: T[]; all: boolean } {
  const size = 2 * radius + 1;
  if (chapters.length <= size) return { shown: [...chapters], all: true };
  const start = Math.min(Math.max(current - radius, 0), chapters.length - size);
  return { shown: chapters.slice(start, start + size), all: false };
}
