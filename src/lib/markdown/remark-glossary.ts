import { readFileSync } from "node:fs";
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { parse } from "yaml";
import { relativeContentPath } from "../content/file-path.ts";
import { literalAttribute } from "./remark-citations.ts";

interface Options {
  /** The glossary every <Term id> must be in. */
  glossaryFile: string;
}

/**
 * Checks every `<Term id="...">` against the glossary, failing the build with the chapter,
 * line and term when the id is unknown, or when a chapter links one term twice (only its
 * first use links to the glossary). Each link gets the id term-<id>, so the glossary can
 * point back to it; the terms a page links are kept in `remarkPluginFrontmatter.terms`.
 */
export function remarkGlossary({ glossaryFile }: Options) {
  return (tree: Root, file: VFile) => {
    const where = relativeContentPath(file.path);
    const linked: string[] = [];
    let ids: string[] | undefined;

    visit(tree, (node) => {
      if (node.type !== "mdxJsxTextElement" && node.type !== "mdxJsxFlowElement") return;
      const element = node as MdxJsxTextElement | MdxJsxFlowElement;
      if (element.name !== "Term") return;
      const at = `${where}:${element.position?.start.line ?? "?"}`;
      const id = literalAttribute(element, "id");
      if (id === undefined) {
        throw new Error(
          `${at}: <Term> needs the id of a glossary entry as a plain string, such as <Term id="venepuncture">venepuncture</Term>.`,
        );
      }
      ids ??= readIds(glossaryFile);
      if (!ids.includes(id)) {
        throw new Error(
          `${at}: <Term id="${id}"> names no entry in ${relativeContentPath(glossaryFile)}. ` +
            `Use one of its ids (${ids.join(", ")}) or add the term there.`,
        );
      }
      if (linked.includes(id)) {
        throw new Error(
          `${at}: <Term id="${id}"> links the term a second time. Link only its first use in the page; write the later ones as plain text.`,
        );
      }
      linked.push(id);
      element.attributes.push({ type: "mdxJsxAttribute", name: "marker", value: `term-${id}` });
    });

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter["terms"] = linked;
  };
}

/** The ids in the glossary file. The full check of each entry is its collection schema's. */
function readIds(path: string): string[] {
  let items: unknown;
  try {
    items = parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(
      `${relativeContentPath(path)} could not be read as YAML: ${(error as Error).message}`,
    );
  }
  if (!Array.isArray(items)) {
    throw new Error(`${relativeContentPath(path)} must hold a list of terms.`);
  }
  return items.flatMap((item: { id?: unknown }) => (typeof item?.id === "string" ? [item.id] : []));
}
