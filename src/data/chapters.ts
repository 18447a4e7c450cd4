import { getCollection, type CollectionEntry } from "astro:content";
import type { ChapterData } from "~/schemas/chapter.ts";
import { neighbours, sortChapters } from "~/lib/content/chapter-order.ts";
import { relativeContentPath } from "~/lib/content/file-path.ts";
import { href } from "~/lib/address/paths.ts";
import { countWords, readingMinutes } from "~/lib/content/reading-time.ts";

/** A chapter ready for the page frame: its data, address and estimated reading time. */
export interface Chapter extends ChapterData {
  entry: CollectionEntry<"chapters">;
  filePath: string;
  href: string;
  minutes: number;
}

let cache: Promise<Chapter[]> | undefined;

/** Every chapter in reading order, checked for clashing order numbers and slugs. */
export function getChapters(): Promise<Chapter[]> {
  cache ??= getCollection("chapters").then((entries) =>
    sortChapters(
      entries.map((entry) => ({
        ...entry.data,
        entry,
        filePath: relativeContentPath(entry.filePath),
        href: href(`/chapters/${entry.data.slug}/`),
        // Outcomes, key points and prompts are read too; count them in the estimate.
        minutes: readingMinutes(
          entry.body ?? "",
          countWords(
            [...entry.data.outcomes, ...entry.data.keyPoints, ...entry.data.reflection].join(" "),
          ),
        ),
      })),
    ),
  );
  return cache;
}

/** When the site as a whole was last reviewed: the latest of its chapters' dates. */
export function lastReviewed(chapters: readonly Chapter[]): Date {
  return new Date(Math.max(...chapters.map((chapter) => chapter.updated.getTime())));
}

/** A chapter with those before and after it, for previous and next links. */
export async function getChapterWithNeighbours(slug: string) {
  const chapters = await getChapters();
  const chapter = chapters.find((c) => c.slug === slug);
  if (!chapter) throw new Error(`No chapter has the slug "${slug}".`);
  return { chapter, chapters, ...neighbours(chapters, slug) };
}
