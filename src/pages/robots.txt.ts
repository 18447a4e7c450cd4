import type { APIRoute } from "astro";
import { absoluteUrl, basePath } from "~/lib/address/paths.ts";

/**
 * Everything may be crawled; the sitemap's address depends on where the site is deployed,
 * and a build that knows no public address writes no sitemap, so names none.
 * Under a base path this file is only read if the host serves it from the root too.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl("/sitemap-index.xml", site);
  return new Response(
    `User-agent: *\nAllow: ${basePath()}\n${sitemap ? `\nSitemap: ${sitemap}\n` : ""}`,
    { headers: { "Content-Type": "text/plain; charset=utf-8" } },
  );
};
