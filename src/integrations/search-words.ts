import type { AstroIntegration } from "astro";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { letterCount, MIN_WORD_LETTERS } from "../lib/search/vocabulary.ts";
import { splitWords } from "../lib/search/words.ts";

/** The most words the list holds: enough for the site many times over, still a small download. */
export const MAX_WORDS = 5000;

/** Pagefind starts each decompressed file with this, to tell a good read from a bad one. */
const SIGNATURE = "pagefind_dcd";

/**
 * The JSON inside one of Pagefind's `.pf_fragment` files: gzip holding the signature, then
 * the page's record. Read the way Pagefind's own search script reads it, which also accepts
 * an uncompressed file. Throws, so the build stops, if a Pagefind upgrade changes the format:
 * an empty word list would otherwise ship without anyone noticing.
 */
export function decodeFragment(bytes: Uint8Array, file = "fragment"): { content: string } {
  const starts = (data: Uint8Array) =>
    Buffer.from(data.subarray(0, SIGNATURE.length)).toString("latin1") === SIGNATURE;
  const data = starts(bytes) ? bytes : gunzipSync(bytes);
  if (!starts(data)) throw new Error(`${file}: no "${SIGNATURE}" signature after decompressing`);
  const record: unknown = JSON.parse(Buffer.from(data.subarray(SIGNATURE.length)).toString());
  if (
    typeof record !== "object" ||
    record === null ||
    !("content" in record) ||
    typeof record.content !== "string"
  ) {
    throw new Error(`${file}: no "content" text in the fragment`);
  }
  return { content: record.content };
}

/**
 * The distinct words of the texts (lower case, letters only, at least three letters), most
 * frequent first, then alphabetically by code point so every build writes the same list.
 */
export function wordList(texts: readonly string[], max = MAX_WORDS): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of splitWords(text)) {
      if (letterCount(word) >= MIN_WORD_LETTERS) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([a, aCount], [b, bCount]) => bCount - aCount || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, max)
    .map(([word]) => word);
}

/**
 * Writes `search-words.json`, the words the search can find, for "Did you mean …?" when a
 * query finds nothing. Read from Pagefind's own index, not the HTML, so the list holds
 * exactly what was indexed: never navigation, quiz answers or text hidden from search.
 * Must come after the Pagefind integration, whose index it reads.
 */
export default function searchWords(): AstroIntegration {
  return {
    name: "learning-together:search-words",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fragments = join(site, "pagefind", "fragment");
        let names: string[];
        try {
          names = (await readdir(fragments)).filter((name) => name.endsWith(".pf_fragment"));
        } catch {
          throw new Error(
            `${fragments} is missing: list searchWords() after pagefindIndex() in astro.config.mjs`,
          );
        }
        const texts: string[] = [];
        for (const name of names.sort()) {
          const file = join(fragments, name);
          texts.push(decodeFragment(await readFile(file), file).content);
        }
        const words = wordList(texts);
        await writeFile(join(site, "search-words.json"), JSON.stringify({ v: 1, words }));
        logger.info(
          `Wrote ${words.length} words from ${texts.length} pages for search suggestions`,
        );
      },
    },
  };
}
