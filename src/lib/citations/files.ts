/** The media types reference managers register for each download. */
const FILE_TYPES = {
  bib: "application/x-bibtex; charset=utf-8",
  ris: "application/x-research-info-systems; charset=utf-8",
} as const;

/** A static endpoint's response: `body` as a BibTeX or RIS file. */
export function referenceFile(body: string, type: keyof typeof FILE_TYPES): Response {
  return new Response(body, { headers: { "Content-Type": FILE_TYPES[type] } });
}
