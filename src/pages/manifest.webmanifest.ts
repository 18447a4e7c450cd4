import type { APIRoute } from "astro";
import { basePath } from "~/lib/address/paths.ts";
import { webManifest } from "~/lib/sharing/web-manifest.ts";

/* The web app manifest, so the site can be installed; its addresses follow the base path. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(basePath()), null, 2), {
    headers: { "Content-Type": "application/manifest+json" },
  });
