/** A chapter as /chapters.json lists it (src/pages/chapters.json.ts). */
export interface ChapterLink {
  slug: string;
  title: string;
  href: string;
}

/**
 * The chapters in reading order from /chapters.json at `src`; none when it cannot be had
 * (offline with nothing saved, or a failed request), and the caller does without.
 */
export async function fetchChapterLinks(src: string | undefined): Promise<ChapterLink[]> {
  if (!src) return [];
  try {
    const response = await fetch(src);
    return response.ok ? ((await response.json()) as ChapterLink[]) : [];
  } catch {
    return [];
  }
}
