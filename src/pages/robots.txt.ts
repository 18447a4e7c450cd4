import type { APIRoute } from "astro";

/** Everything may be crawled; the sitemap's address depends on where the site is deployed. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${new URL("/sitemap-index.xml", site).href}\n`,
    {
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );
