import { readFileSync } from "node:fs";

/** Every page the sitemap lists, as paths such as /chapters/benefits/. */
export function sitemapPaths(): string[] {
  const xml = readFileSync("dist/sitemap-0.xml", "utf8");
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
  if (paths.length === 0)
    throw new Error("dist/sitemap-0.xml lists no pages: build the site first");
  return paths;
}

/** The six chapters, with their fixed addresses, in reading order. */
export const CHAPTERS = [
  { path: "/chapters/learning-together/", title: "Learning together across professions" },
  { path: "/chapters/benefits/", title: "Why learning from specialists works" },
  {
    path: "/chapters/venepuncture/",
    title: "A first venepuncture, taught by a healthcare assistant",
  },
  { path: "/chapters/hierarchy-and-safety/", title: "Teamwork, hierarchy and safety" },
  { path: "/chapters/observing-practice/", title: "Learning by observing practice" },
  {
    path: "/chapters/learning-environment/",
    title: "Building an environment for learning together",
  },
] as const;
