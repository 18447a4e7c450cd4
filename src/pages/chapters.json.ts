import type { APIRoute } from "astro";
import { getChapters } from "~/data/chapters.ts";

/**
 * Every chapter's slug, title and address in reading order, for "Continue: <chapter>"
 * (continue-reading.ts) once the guide has more chapters than a page can carry inline:
 * fetched only by a reader who has read one, so a first view never pays for it.
 */
export const GET: APIRoute = async () => {
  const chapters = (await getChapters()).map(({ slug, title, href }) => ({ slug, title, href }));
  return new Response(JSON.stringify(chapters), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
