import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { glossaryTermSchema } from "~/schemas/glossary.ts";

/** The glossary and the chapters, as the site is built from them. */
const contentDir = process.env["CONTENT_DIR"] ?? "content";
const glossary = parse(readFileSync(join(contentDir, "glossary.yaml"), "utf8")) as unknown[];
const chapters = readdirSync(join(contentDir, "chapters"))
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => {
    const text = readFileSync(join(contentDir, "chapters", name), "utf8");
    // The body: after the front matter's closing line.
    return { name, body: text.slice(text.indexOf("\n---\n", 4) + 5) };
  });
const TERM = /<Term id="([^"]+)">([^<]+)<\/Term>/g;

describe("the glossary", () => {
  it("has entries that each fit the schema, with ids used once", () => {
    const ids = glossary.map((entry) => glossaryTermSchema.parse(entry).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("defines only terms the chapters use: each is linked from at least one chapter", () => {
    const linked = new Set(
      chapters.flatMap(({ body }) => [...body.matchAll(TERM)].map((m) => m[1])),
    );
    const unused = glossary
      .map((entry) => (entry as { id: string }).id)
      .filter((id) => !linked.has(id));
    expect(unused).toEqual([]);
  });

  it("is linked at the first use of its words in each chapter, not a later one", () => {
    const late = chapters.flatMap(({ name, body }) =>
      [...body.matchAll(TERM)].flatMap((match) => {
        const words = (match[2] ?? "").replace(/\s*\(.*\)$/, "");
        // The running text before the link: headings are not linked (a link there would
        // be read in every list of headings), nor are words already inside another link.
        const before = body
          .slice(0, match.index)
          .replace(/^(#.*|import .*)$/gm, "")
          .replace(/\[[^\]]*\]\([^)]*\)/g, " ")
          .replace(/<[^>]+>/g, " ");
        const earlier = new RegExp(`(?<![\\w-])${words}(?![\\w-])`, "i").test(before);
        return earlier ? [`${name}: "${words}" (${match[1]}) is used before its link`] : [];
      }),
    );
    expect(late).toEqual([]);
  });
});
