import type { APIRoute } from "astro";
import { toBibtex } from "~/lib/citations/format.ts";
import { getReferences } from "~/data/references.ts";

/** Every reference as one BibTeX file, in the order of the references page. */
export const GET: APIRoute = async () =>
  new Response(toBibtex((await getReferences()).map((r) => r.data)));
