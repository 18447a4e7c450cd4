import { getCollection, render } from "astro:content";
import type { Reference } from "~/schemas/reference.ts";
import { getChapters, type Chapter } from "./chapters.ts";
import { CITATION_STYLES, type CitationStyle } from "~/lib/citations/styles.ts";
import { formatCitation, type FormattedCitation } from "~/lib/citations/format.ts";
import { numberReferences, shortLabel } from "~/lib/citations/numbering.ts";
import type { CitationPlace } from "~/lib/markdown/remark-citations.ts";

/** One place a reference is cited, as a "Cited in" back-link. */
export interface CitedAt {
  chapter: Chapter;
  /** The link back to the marker in the chapter. */
  href: string;
  /** "Why learning from specialists works: Competencies and delegation". */
  label: string;
}

/** A reference ready for the page: its Vancouver number, formats and where it is cited. */
export interface CitedReference {
  key: string;
  /** Its number in the text, by order of first citation across the chapters. */
  number: number;
  data: Reference;
  /** Authors and year for link and button names: "Busari, Moll and Duits (2017)". */
  label: string;
  formats: Record<CitationStyle, FormattedCitation>;
  citedIn: CitedAt[];
}

let cache: Promise<CitedReference[]> | undefined;

/**
 * Every reference in Vancouver order, with where it is cited. A reference no chapter
 * cites would have no number, so it fails the build, naming the key and the fix.
 */
export function getReferences(): Promise<CitedReference[]> {
  cache ??= (async () => {
    const [chapters, entries] = await Promise.all([getChapters(), getCollection("references")]);
    const cited: { chapter: Chapter; place: CitationPlace }[] = [];
    for (const chapter of chapters) {
      const { remarkPluginFrontmatter } = await render(chapter.entry);
      const places = (remarkPluginFrontmatter["citations"] ?? []) as CitationPlace[];
      for (const place of places) cited.push({ chapter, place });
    }
    const numbers = numberReferences(
      entries.map((entry) => entry.id),
      cited.map(({ place }) => place.key),
    );
    return entries
      .map((entry) => ({
        key: entry.id,
        number: numbers.get(entry.id) ?? 0,
        data: entry.data,
        label: shortLabel(entry.data),
        formats: Object.fromEntries(
          CITATION_STYLES.map((style) => [style, formatCitation(entry.data, style)]),
        ) as Record<CitationStyle, FormattedCitation>,
        citedIn: cited
          .filter(({ place }) => place.key === entry.id)
          .map(({ chapter, place }) => ({
            chapter,
            href: `${chapter.href}#${place.marker}`,
            label: place.section ? `${chapter.title}: ${place.section.title}` : chapter.title,
          })),
      }))
      .sort((a, b) => a.number - b.number);
  })();
  return cache;
}

/** One reference by key; the key was checked when the chapter was compiled. */
export async function getReference(key: string): Promise<CitedReference> {
  const reference = (await getReferences()).find((r) => r.key === key);
  if (!reference) throw new Error(`No reference has the key "${key}".`);
  return reference;
}

/** The references a chapter cites, in number order. */
export async function getChapterReferences(slug: string): Promise<CitedReference[]> {
  return (await getReferences()).filter((r) => r.citedIn.some((at) => at.chapter.slug === slug));
}
