import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";

/**
 * The whole guide puts every chapter on one page. Each chapter was written as a page of
 * its own, so its ids ("key-points", "try-this", a citation marker's) repeat from chapter
 * to chapter, and its headings start at h2 under the chapter's h1. This rewrites one
 * chapter's rendered HTML to sit under an h2 in the guide: every id gets the chapter's
 * prefix, every reference to an id follows it, headings move one level down, and links
 * to places that are also in the guide stay in the guide.
 */
export interface GuideScope {
  /**
   * Prefix for the chapter's ids: its slug, so "key-points" becomes "benefits-key-points".
   * Without one, ids stay as they are and headings keep their level (the guide's own
   * sections, such as its reference list, only need their links kept in the guide).
   */
  prefix?: string;
  /**
   * Where a link to another page lands in the guide, as a fragment ("#benefits-delegation"),
   * or undefined if that page is not in the guide and the link stays as it is.
   */
  inGuide: (href: string) => string | undefined;
  /**
   * The id of the chapter's heading, added to the name of each of its labelled sections, so
   * the guide's landmarks read "Key points, Why learning from specialists works" and not
   * six times "Key points".
   */
  labelledBy?: string;
}

/** Attributes that hold ids, as space-separated lists (hast gives these as arrays). */
const ID_LIST_ATTRIBUTES = [
  "ariaDescribedBy",
  "ariaLabelledBy",
  "ariaControls",
  "ariaOwns",
  "ariaFlowTo",
  "htmlFor",
  "headers",
  "itemRef",
];
/** Attributes that hold one id. */
const ID_ATTRIBUTES = [
  "ariaActiveDescendant",
  "ariaDetails",
  "ariaErrorMessage",
  "list",
  "form",
  "popoverTarget",
];
const DEMOTED: Record<string, string> = { h2: "h3", h3: "h4", h4: "h5", h5: "h6" };

export function scopeForGuide(html: string, { prefix, inGuide, labelledBy }: GuideScope): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const scoped = (id: string) => (prefix ? `${prefix}-${id}` : id);
  visit(tree, "element", (node: Element) => {
    const { properties } = node;
    if (typeof properties["id"] === "string") properties["id"] = scoped(properties["id"]);
    for (const name of ID_LIST_ATTRIBUTES) {
      const value = properties[name];
      if (Array.isArray(value)) properties[name] = value.map((id) => scoped(String(id)));
    }
    for (const name of ID_ATTRIBUTES) {
      const value = properties[name];
      if (typeof value === "string") properties[name] = scoped(value);
    }
    const labels = properties["ariaLabelledBy"];
    if (labelledBy && node.tagName === "section" && Array.isArray(labels)) {
      properties["ariaLabelledBy"] = [...labels, labelledBy];
    }
    const link = properties["href"];
    if (node.tagName === "a" && typeof link === "string") {
      if (link.length > 1 && link.startsWith("#")) {
        properties["href"] = `#${scoped(link.slice(1))}`;
      } else {
        const target = inGuide(link);
        if (target) {
          properties["href"] = target;
          // Printed links show their address only when it leads off the page.
          delete properties["dataPrintUrl"];
        }
      }
    }
    const demoted = DEMOTED[node.tagName];
    if (prefix && demoted) node.tagName = demoted;
  });
  return toHtml(tree);
}

/**
 * Where an address on this site lands in the guide: a chapter at its h2, a section of it
 * at that section's prefixed id, a reference in the guide's reference list. Undefined
 * for pages the guide does not hold (the quiz, the about page).
 */
export function guideTarget(link: string, base: string, slugs: readonly string[]) {
  const root = base.endsWith("/") ? base : `${base}/`;
  if (!link.startsWith(root)) return undefined;
  const [path = "", fragment] = link.slice(root.length).split("#", 2);
  const chapter = /^chapters\/([^/]+)\/$/.exec(path)?.[1];
  if (chapter && slugs.includes(chapter)) {
    return fragment ? `#${chapter}-${fragment}` : `#${chapter}`;
  }
  if (path === "references/" && fragment) return `#${fragment}`;
  return undefined;
}
