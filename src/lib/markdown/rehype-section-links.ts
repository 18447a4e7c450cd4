import type { Element, ElementContent, Root, RootContent } from "hast";
import { sectionLinkLabel } from "../content/frame-sections.ts";

/** Plain text of a hast node, for accessible names. */
function textOf(node: ElementContent | RootContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

/**
 * Follows every h2 and h3 that has an id with a link to that section, wrapped together
 * so the link sits beside the heading without becoming part of its text (the table of
 * contents and screen readers' heading lists stay clean). Without JavaScript it is an
 * ordinary link to the fragment; `section-links.ts` turns it into a copy button.
 */
export function rehypeSectionLinks() {
  return (tree: Root) => {
    wrapHeadings(tree);
  };
}

function wrapHeadings(parent: Root | Element) {
  parent.children = parent.children.map((child) => {
    if (child.type !== "element") return child;
    const level = /^h([23])$/.exec(child.tagName)?.[1];
    const id = child.properties["id"];
    if (!level || typeof id !== "string") {
      wrapHeadings(child);
      return child;
    }
    const title = textOf(child).trim();
    const link: Element = {
      type: "element",
      tagName: "a",
      // Left out of the search index: its words would otherwise match every section.
      properties: {
        className: ["section-link"],
        href: `#${id}`,
        dataPagefindIgnore: "",
      },
      children: [
        {
          type: "element",
          tagName: "span",
          properties: { className: ["sr-only"] },
          children: [{ type: "text", value: sectionLinkLabel(title) }],
        },
      ],
    };
    return {
      type: "element",
      tagName: "div",
      properties: { className: ["heading-wrapper", `level-h${level}`] },
      children: [child, link],
    } satisfies Element;
  });
}
