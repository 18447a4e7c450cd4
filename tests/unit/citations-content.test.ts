import { readFileSync, readdirSync } from "node:fs";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { numberReferences } from "~/lib/citations/numbering.ts";
import { remarkCitations, type CitationPlace } from "~/lib/markdown/remark-citations.ts";
import { remarkHeadingIds } from "~/lib/markdown/remark-heading-ids.ts";

/** Each chapter in reading order (file names start with the order), with its citations. */
const chapters = readdirSync("content/chapters")
  .filter((file) => file.endsWith(".mdx"))
  .sort()
  .map((file) => {
    const path = `${process.cwd()}/content/chapters/${file}`;
    const body = readFileSync(path, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkHeadingIds)
      .use(remarkCitations, { referencesFile: "content/references.json" });
    const vfile = new VFile({ path, value: body });
    processor.runSync(processor.parse(vfile), vfile);
    const data = vfile.data as { astro: { frontmatter: { citations: CitationPlace[] } } };
    return { file, citations: data.astro.frontmatter.citations };
  });

const keys = (JSON.parse(readFileSync("content/references.json", "utf8")) as { id: string }[]).map(
  (r) => r.id,
);

describe("the chapters' citations", () => {
  it("cite every reference in the bibliography at least once", () => {
    const cited = new Set(chapters.flatMap((c) => c.citations.map((p) => p.key)));
    expect(keys.filter((key) => !cited.has(key))).toEqual([]);
  });

  it("cite each reference where the essay does: i on delegation, ii on hierarchy, iii on observing", () => {
    expect(
      chapters.flatMap(({ file, citations }) =>
        citations.map((p) => `${file}#${p.section?.id ?? ""} ${p.key}`),
      ),
    ).toEqual([
      "02-benefits.mdx#delegation garnweidner-holme-2022",
      "04-hierarchy-and-safety.mdx#why-comfort-matters busari-2017",
      "05-observing-practice.mdx#time-for-concerns davison-2022",
    ]);
  });

  it("number the references 1 to 3 in reading order", () => {
    const numbers = numberReferences(
      keys,
      chapters.flatMap((c) => c.citations.map((p) => p.key)),
    );
    expect(Object.fromEntries(numbers)).toEqual({
      "garnweidner-holme-2022": 1,
      "busari-2017": 2,
      "davison-2022": 3,
    });
  });
});
