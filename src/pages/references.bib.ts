import type { APIRoute } from "astro";
import { referenceFile } from "~/lib/citations/files.ts";
import { toBibtex } from "~/lib/citations/format.ts";
import { getReferences } from "~/lib/references.ts";

/** Every reference as one BibTeX file, in the order of the references page. */
export const GET: APIRoute = async () =>
  referenceFile(toBibtex((await getReferences()).map((r) => r.data)), "bib");
