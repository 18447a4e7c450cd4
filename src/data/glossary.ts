import { getCollection, getEntry, render } from "astro:content";
import type { GlossaryTerm } from "~/schemas/glossary.ts";
import { getChapters, type Chapter } from "./chapters.ts";

/** A glossary entry with the chapters that link to it, in reading order. */
export interface GlossaryEntry extends GlossaryTerm {
  usedIn: Chapter[];
}

let cache: Promise<GlossaryEntry[]> | undefined;

/** Every term, in alphabetical order, with where it is used (remark-glossary.ts records it). */
export function getGlossary(): Promise<GlossaryEntry[]> {
  cache ??= Promise.all([getCollection("glossary"), getChapters()]).then(
    async ([entries, chapters]) => {
      const linked = await Promise.all(
        chapters.map(async (chapter) => {
          const { remarkPluginFrontmatter } = await render(chapter.entry);
          return { chapter, terms: (remarkPluginFrontmatter["terms"] ?? []) as string[] };
        }),
      );
      return entries
        .map(({ data }) => ({
          ...data,
          usedIn: linked
            .filter(({ terms }) => terms.includes(data.id))
            .map(({ chapter }) => chapter),
        }))
        .sort((a, b) => a.term.localeCompare(b.term, "en-GB"));
    },
  );
  return cache;
}

/**
 * One term, for a <Term> link: its entry alone, without rendering every chapter to find
 * where terms are used (only the glossary page needs that). Unknown ids are caught
 * earlier, by remark-glossary.ts.
 */
export async function getTerm(id: string): Promise<GlossaryTerm> {
  const term = await getEntry("glossary", id);
  if (!term) throw new Error(`No glossary entry has the id "${id}" (content/glossary.yaml).`);
  return term.data;
}
