import type { Element, Root } from "hast";
import type { MdxJsxAttribute } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { joinBase } from "../address/paths.ts";

/** The attributes that hold an address, by element. */
const URL_ATTRIBUTES: Record<string, string> = {
  a: "href",
  area: "href",
  img: "src",
  source: "src",
  audio: "src",
  video: "src",
};

/** A root-relative site path ("/chapters/benefits/"), not "//host/" or "#section". */
const isSitePath = (value: unknown): value is string =>
  typeof value === "string" && value.startsWith("/") && !value.startsWith("//");

/**
 * Puts the base path in front of every root-relative link and image in a chapter, so
 * authors keep writing `[text](/chapters/benefits/#delegation)` and the link still works
 * when the site is served from a folder such as /learning-together/. Covers Markdown
 * links and images and plain JSX elements with a literal address. With `site`, a Markdown
 * link to another page of the site also gets its full public address in
 * `data-print-url`, which a printed page shows after the link (global.css): a bare path
 * on paper leads nowhere.
 */
export function rehypeBaseLinks({ base, site }: { base: string; site?: string | undefined }) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === "element") {
        const element = node as Element;
        const attribute = URL_ATTRIBUTES[element.tagName];
        const value = attribute ? element.properties[attribute] : undefined;
        if (!attribute || !isSitePath(value)) return;
        const address = joinBase(base, value);
        element.properties[attribute] = address;
        if (site && element.tagName === "a") {
          element.properties["dataPrintUrl"] = new URL(address, site).href;
        }
        return;
      }
      if (base === "/") return;
      if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        const jsx = node as unknown as { name: string | null; attributes: MdxJsxAttribute[] };
        const attribute = jsx.name ? URL_ATTRIBUTES[jsx.name] : undefined;
        for (const attr of jsx.attributes) {
          if (attr.type === "mdxJsxAttribute" && attr.name === attribute && isSitePath(attr.value))
            attr.value = joinBase(base, attr.value);
        }
      }
    });
  };
}
