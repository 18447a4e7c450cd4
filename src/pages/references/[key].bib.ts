import type { APIRoute, GetStaticPaths } from "astro";
import { toBibtex } from "~/lib/citations/format.ts";
import { getReference, getReferences } from "~/data/references.ts";

export const getStaticPaths = (async () =>
  (await getReferences()).map(({ key }) => ({ params: { key } }))) satisfies GetStaticPaths;

/** One reference as a BibTeX file: /references/<key>.bib. */
export const GET: APIRoute = async ({ params }) =>
  new Response(toBibtex([(await getReference(params.key ?? "")).data]));
