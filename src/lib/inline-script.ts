/**
 * An inline script as the page carries it: whole-line `//` comments and indentation
 * removed, so explanations stay in the source without costing every page bytes. The
 * layout inlines this text and astro.config.mjs hashes the same text for the CSP.
 */
export function compactScript(source: string): string {
  return source
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("//"))
    .join("\n");
}
