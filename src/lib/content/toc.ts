/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** An entry of the table of contents: an h2 with the h3s under it. */
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * Nests a chapter's h2 and h3 headings into a table of contents. Other depths are left
 * out; an h3 before any h2 stands at the top level rather than being lost.
 */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    const entry = { slug, text, children: [] };
    if (depth === 2) toc.push(entry);
    else if (depth === 3) (toc.at(-1)?.children ?? toc).push(entry);
  }
  return toc;
}
