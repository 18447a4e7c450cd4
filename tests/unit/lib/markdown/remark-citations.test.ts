import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { afterAll, describe, expect, it } from "vitest";
import { relativeContentPath } from "~/lib/content/file-path.ts";
import { remarkCitations, type CitationPlace } from "~/lib/markdown/remark-citations.ts";
import { remarkHeadingIds } from "~/lib/markdown/remark-heading-ids.ts";

const dir = mkdtempSync(join(tmpdir(), "remark-citations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const referencesFile = join(dir, "references.json");
writeFileSync(referencesFile, JSON.stringify([{ id: "busari-2017" }, { id: "davison-2022" }]));

/** Runs MDX through the heading and citation plugins; returns the tree and the places found. */
function run(mdx: string, file = referencesFile) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkHeadingIds)
    .use(remarkCitations, { referencesFile: file });
  const vfile = new VFile({ path: `${process.cwd()}/content/chapters/04-test.mdx`, value: mdx });
  const tree = processor.runSync(processor.parse(vfile), vfile);
  const data = vfile.data as { astro?: { frontmatter?: { citations?: CitationPlace[] } } };
  return { tree, places: data.astro?.frontmatter?.citations ?? [] };
}

describe("remarkCitations", () => {
  it("records each citation with its own marker id and the section it sits in", () => {
    const { places } = run(
      [
        'Intro <Cite id="davison-2022" />.',
        "## Teamwork \\{#teamwork}",
        'Text <Cite id="busari-2017" />.',
        "### Speaking up \\{#speaking-up}",
        'More <Cite id="busari-2017" /> and <Cite id="davison-2022" />.',
      ].join("\n\n"),
    );
    expect(places).toEqual([
      { key: "davison-2022", marker: "cite-davison-2022", section: null },
      {
        key: "busari-2017",
        marker: "cite-busari-2017",
        section: { id: "teamwork", title: "Teamwork" },
      },
      {
        key: "busari-2017",
        marker: "cite-busari-2017-2",
        section: { id: "speaking-up", title: "Speaking up" },
      },
      {
        key: "davison-2022",
        marker: "cite-davison-2022-2",
        section: { id: "speaking-up", title: "Speaking up" },
      },
    ]);
  });

  it("keeps the marker on the same line as the word before it", () => {
    const { tree } = run('Text by Busari <Cite id="busari-2017" />.');
    expect(JSON.stringify(tree)).toContain('"value":"Text by Busari\u00a0"');
  });

  it("passes the marker id to the component", () => {
    const { tree } = run('## A \\{#a}\n\nText <Cite id="busari-2017" />.');
    expect(JSON.stringify(tree)).toContain('"name":"marker","value":"cite-busari-2017"');
  });

  it("fails on an unknown key, naming the chapter, the line, the key and the known keys", () => {
    expect(() => run('## A \\{#a}\n\nText <Cite id="busari-2071" />.')).toThrow(
      `content/chapters/04-test.mdx:3: <Cite id="busari-2071" /> names no reference in ${relativeContentPath(referencesFile)}. Use one of its keys (busari-2017, davison-2022) or add the reference there.`,
    );
  });

  it("fails on a <Cite> without a plain key", () => {
    expect(() => run("Text <Cite id={key} />.")).toThrow(
      'content/chapters/04-test.mdx:1: <Cite> needs the key of a reference as a plain string, such as <Cite id="busari-2017" />.',
    );
    expect(() => run("Text <Cite />.")).toThrow(/<Cite> needs the key of a reference/);
  });

  it("fails clearly when the bibliography is not valid JSON", () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "[{ id: busari }]");
    expect(() => run('Text <Cite id="busari-2017" />.', broken)).toThrow(
      /broken\.json could not be read as JSON/,
    );
  });

  it("leaves a chapter without citations with an empty list", () => {
    expect(run("## A \\{#a}\n\nNo sources here.").places).toEqual([]);
  });
});
