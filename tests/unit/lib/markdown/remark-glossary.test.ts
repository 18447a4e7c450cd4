import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { afterAll, describe, expect, it } from "vitest";
import { relativeContentPath } from "~/lib/content/file-path.ts";
import { remarkGlossary } from "~/lib/markdown/remark-glossary.ts";

const dir = mkdtempSync(join(tmpdir(), "remark-glossary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const glossaryFile = join(dir, "glossary.yaml");
writeFileSync(
  glossaryFile,
  "- id: venepuncture\n  term: Venepuncture\n  definition: Taking blood.\n- id: hierarchy\n  term: Hierarchy\n  definition: A ranking.\n",
);

/** Runs MDX through the glossary plugin; returns the terms the page links. */
function run(mdx: string, file = glossaryFile) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGlossary, {
    glossaryFile: file,
  });
  const vfile = new VFile({ path: `${process.cwd()}/content/chapters/03-test.mdx`, value: mdx });
  const tree = processor.runSync(processor.parse(vfile), vfile);
  const data = vfile.data as { astro?: { frontmatter?: { terms?: string[] } } };
  return { tree, terms: data.astro?.frontmatter?.terms ?? [] };
}

describe("remarkGlossary", () => {
  it("records the terms a page links, in order, and gives each link its id", () => {
    const { tree, terms } = run(
      'A first <Term id="venepuncture">venepuncture</Term>.\n\nLess <Term id="hierarchy">hierarchy</Term>.',
    );
    expect(terms).toEqual(["venepuncture", "hierarchy"]);
    expect(JSON.stringify(tree)).toContain('"name":"marker","value":"term-venepuncture"');
  });

  it("fails naming the file, the line and the term when the term is unknown", () => {
    expect(() => run('Text.\n\nA <Term id="venipuncture">venipuncture</Term>.')).toThrow(
      `content/chapters/03-test.mdx:3: <Term id="venipuncture"> names no entry in ${relativeContentPath(glossaryFile)}. Use one of its ids (venepuncture, hierarchy) or add the term there.`,
    );
  });

  it("fails when a page links one term twice: only its first use links", () => {
    expect(() =>
      run(
        '<Term id="hierarchy">Hierarchy</Term> matters.\n\nMore <Term id="hierarchy">hierarchy</Term>.',
      ),
    ).toThrow(
      'content/chapters/03-test.mdx:3: <Term id="hierarchy"> links the term a second time. Link only its first use in the page; write the later ones as plain text.',
    );
  });

  it("asks for a plain string id", () => {
    expect(() => run("A <Term id={x}>word</Term>.")).toThrow(
      /<Term> needs the id of a glossary entry/,
    );
  });

  it("says so when the glossary cannot be read", () => {
    const broken = join(dir, "broken.yaml");
    writeFileSync(broken, "- id: [unclosed");
    expect(() => run('A <Term id="hierarchy">hierarchy</Term>.', broken)).toThrow(
      /could not be read as YAML/,
    );
  });
});
