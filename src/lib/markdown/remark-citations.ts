import { readFileSync } from "node:fs";
import type { Heading, Parent, Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { relativeContentPath } from "../content/file-path.ts";

/** Where one `<Cite>` sits in a chapter: the data behind "Cited in" back-links. */
export interface CitationPlace {
  /** The reference's key, as in content/references.json. */
  key: string;
  /** The id of the marker itself, so a back-link lands on it: cite-<key>, then cite-<key>-2. */
  marker: string;
  /** The h2 or h3 section it sits in, or null before the first heading. */
  section: { id: string; title: string } | null;
}

interface Options {
  /** The bibliography every key must be in. */
  referencesFile: string;
}

/**
 * Checks every `<Cite id="...">` against the bibliography, failing the build with the
 * chapter, line and key when a key is unknown. It gives each marker an id of its own and
 * records where each citation sits, for numbering and back-links, in the page's
 * `remarkPluginFrontmatter.citations`. Runs after remarkHeadingIds, whose ids it reads.
 */
export function remarkCitations({ referencesFile }: Options) {
  return (tree: Root, file: VFile) => {
    const where = relativeContentPath(file.path);
    const places: CitationPlace[] = [];
    let keys: string[] | undefined;
    let section: CitationPlace["section"] = null;

    visit(tree, (node, _index, parent) => {
      if (node.type === "heading") {
        const heading = node as Heading;
        const id = heading.data?.hProperties?.["id"];
        if ((heading.depth === 2 || heading.depth === 3) && typeof id === "string") {
          section = { id, title: toString(heading).trim() };
        }
        return;
      }
      if (node.type !== "mdxJsxTextElement" && node.type !== "mdxJsxFlowElement") return;
      const element = node as MdxJsxTextElement | MdxJsxFlowElement;
      if (element.name !== "Cite") return;

      const at = `${where}:${element.position?.start.line ?? "?"}`;
      const key = literalAttribute(element, "id");
      if (key === undefined) {
        throw new Error(
          `${at}: <Cite> needs the key of a reference as a plain string, such as <Cite id="busari-2017" />.`,
        );
      }
      keys ??= readKeys(referencesFile);
      if (!keys.includes(key)) {
        throw new Error(
          `${at}: <Cite id="${key}" /> names no reference in ${relativeContentPath(referencesFile)}. ` +
            `Use one of its keys (${keys.join(", ")}) or add the reference there.`,
        );
      }
      keepWithPrecedingWord(element, parent);
      const count = places.filter((place) => place.key === key).length;
      const marker = count === 0 ? `cite-${key}` : `cite-${key}-${count + 1}`;
      element.attributes.push({ type: "mdxJsxAttribute", name: "marker", value: marker });
      places.push({ key, marker, section });
    });

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter["citations"] = places;
  };
}

/** Makes the space before a marker non-breaking, so "[2]" never starts a line on its own. */
function keepWithPrecedingWord(element: MdxJsxTextElement | MdxJsxFlowElement, parent?: Parent) {
  if (!parent) return;
  const before = parent.children[parent.children.indexOf(element) - 1];
  if (before?.type === "text" && before.value.endsWith(" ")) {
    before.value = `${before.value.slice(0, -1)}\u00a0`;
  }
}

/** The value of a JSX attribute written as a plain string, such as id="busari-2017". */
export function literalAttribute(element: MdxJsxTextElement | MdxJsxFlowElement, name: string) {
  for (const attribute of element.attributes) {
    if (attribute.type === "mdxJsxAttribute" && attribute.name === name) {
      return typeof attribute.value === "string" ? attribute.value : undefined;
    }
  }
  return undefined;
}

/** The keys in the bibliography file. The full check of each entry is its collection schema's. */
function readKeys(path: string): string[] {
  let items: unknown;
  try {
    items = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(
      `${relativeContentPath(path)} could not be read as JSON: ${(error as Error).message}`,
    );
  }
  if (!Array.isArray(items)) {
    throw new Error(`${relativeContentPath(path)} must hold a list (a JSON array) of references.`);
  }
  return items.flatMap((item: { id?: unknown }) => (typeof item?.id === "string" ? [item.id] : []));
}
