import type { APIRoute } from "astro";
import { absoluteUrl, basePath } from "~/lib/address/paths.ts";

/**
 * Everything may be crawled; the sitemap's address depends on where the site is deployed.
 * Under a base path this file is only read if the host serves it from the root too.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: ${basePath()}\n\nSitemap: ${absoluteUrl("/sitemap-index.xml", site)}\n`,
    {
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );
