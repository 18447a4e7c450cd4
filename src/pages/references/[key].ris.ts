import type { APIRoute, GetStaticPaths } from "astro";
import { toRis } from "~/lib/citations/format.ts";
import { getReference, getReferences } from "~/data/references.ts";

export const getStaticPaths = (async () =>
  (await getReferences()).map(({ key }) => ({ params: { key } }))) satisfies GetStaticPaths;

/** One reference as an RIS file: /references/<key>.ris. */
export const GET: APIRoute = async ({ params }) =>
  new Response(toRis([(await getReference(params.key ?? "")).data]));
