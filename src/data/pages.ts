import { getEntry, render } from "astro:content";

/**
 * A prose page from content/pages/<id>.mdx, rendered. A missing file fails the build,
 * naming the file and the address built from it.
 */
export async function getPage(id: string) {
  const page = await getEntry("pages", id);
  if (!page) {
    throw new Error(`content/pages/${id}.mdx is missing: the /${id}/ page is built from it.`);
  }
  const { Content, headings } = await render(page);
  return { page, Content, headings };
}
