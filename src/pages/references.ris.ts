import type { APIRoute } from "astro";
import { toRis } from "~/lib/citations/format.ts";
import { getReferences } from "~/data/references.ts";

/** Every reference as one RIS file, in the order of the references page. */
export const GET: APIRoute = async () =>
  new Response(toRis((await getReferences()).map((r) => r.data)));
