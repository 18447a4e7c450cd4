import { transformSync } from "esbuild";

/**
 * An inline script as the page carries it: minified, so explanations stay in the source
 * without costing every page bytes. The layout inlines this text and astro.config.mjs
 * hashes the same text for the Content Security Policy.
 */
export function compactScript(source: string): string {
  return transformSync(source, { minify: true, target: "es2019" }).code.trim();
}
