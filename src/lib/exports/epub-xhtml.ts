/*
 * A chapter as the built guide shows it (src/pages/guide/[...part].astro), made into the
 * body of the book's chapter file: the site's controls and previews left out, headings
 * one level up (the guide puts chapters under an h2, the book under an h1), links that
 * lead to another place in the book pointing there, links to the site's other pages at its
 * public address, or plain text without one, and the result serialised as XHTML.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";

/** Where the guide's links land in the book. */
export interface BookLinks {
  /** The site's base path, as the built pages' links start ("/" or "/learning-together/"). */
  base: string;
  /** The public address, for links to the site's other pages; none without one. */
  site: string | undefined;
  /** The book's file holding an id, for the guide's fragment links ("#benefits-delegation"). */
  fileOf: (id: string) => string | undefined;
  /**
   * Where a page of the site, and a place in it, is in the book ("glossary/" and "delegation"
   * give "glossary.xhtml#delegation"); undefined for a page the book does not hold.
   */
  inBook: (path: string, fragment: string | undefined) => string | undefined;
}

const PROMOTED: Record<string, string> = { h3: "h2", h4: "h3", h5: "h4", h6: "h5" };
/** The epub:type of a link into the book's glossary or bibliography. */
const LINK_TYPE: Record<string, string> = {
  "glossary.xhtml": "glossref",
  "references.xhtml": "biblioref",
};

const isElement = (node: RootContent | ElementContent): node is Element => node.type === "element";
const classes = (node: Element) =>
  Array.isArray(node.properties["className"]) ? node.properties["className"].map(String) : [];

/** Whether the site shows this only on screen: a preview, a section link, a control. */
function isSiteControl(node: Element): boolean {
  return (
    node.properties["role"] === "tooltip" ||
    node.properties["hidden"] !== undefined ||
    ["button", "script", "style", "template", "form"].includes(node.tagName) ||
    classes(node).some((name) => ["section-link", "citation-controls", "sr-only"].includes(name))
  );
}

/** Where a link goes in the book, or on the public site; undefined to leave it as text. */
function linkTarget(link: string, { base, site, fileOf, inBook }: BookLinks, own: string) {
  if (link.startsWith("#")) {
    const file = fileOf(link.slice(1));
    if (!file) return undefined;
    return file === own ? link : `${file}${link}`;
  }
  if (/^https?:|^mailto:/.test(link)) return link;
  if (!link.startsWith(base)) return undefined;
  const [path = "", fragment] = link.slice(base.length).split("#", 2);
  const target = inBook(path, fragment);
  if (target) return target.startsWith(`${own}#`) ? target.slice(own.length) : target;
  return site ? new URL(link, site).href : undefined;
}

/** Replaces each element by its children: for the site's custom elements and wrappers. */
function unwrap(children: (RootContent | ElementContent)[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === "comment" || child.type === "doctype") return [];
    if (!isElement(child)) return [child as ElementContent];
    if (isSiteControl(child)) return [];
    child.children = unwrap(child.children);
    const wrapper = child.tagName.includes("-") || classes(child).includes("heading-wrapper");
    return wrapper ? child.children : [child];
  });
}

/**
 * The body of a chapter's file from the parts of its guide article: outcomes, text, key
 * points and reflection prompts, as XHTML. `own` is the chapter's file, so links to its
 * own sections stay fragments.
 */
export function epubChapterBody(html: string, links: BookLinks, own: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  tree.children = unwrap(tree.children);
  visit(tree, "element", (node, index, parent) => {
    // The site's styling, script hooks and previews (gone above) mean nothing in the book.
    node.properties = Object.fromEntries(
      Object.entries(node.properties).filter(
        ([name]) => name !== "className" && !name.startsWith("data") && name !== "ariaDescribedBy",
      ),
    );
    const { properties } = node;
    const promoted = PROMOTED[node.tagName];
    if (promoted) node.tagName = promoted;
    const link = properties["href"];
    if (node.tagName === "a" && typeof link === "string") {
      const target = linkTarget(link, links, own);
      if (target === undefined && parent && index !== undefined) {
        // A page the book does not hold and the build has no address for: its words stay.
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
      properties["href"] = target;
      const type = LINK_TYPE[String(target).split("#")[0] ?? ""];
      if (type) properties["epub:type"] = type;
    }
    return undefined;
  });
  return xhtmlFragment(tree);
}

/** Serialises a tree as XML: every element closed, attributes quoted, numeric references. */
export function xhtmlFragment(tree: Root | Element): string {
  return toHtml(tree, {
    closeSelfClosing: true,
    tightSelfClosing: true,
    collapseEmptyAttributes: false,
    allowDangerousHtml: false,
    characterReferences: { useNamedReferences: false },
    upperDoctype: true,
  });
}
