import type { Element, ElementContent, Root, RootContent } from "hast";

/** Plain text of a hast node, for accessible names. */
function textOf(node: ElementContent | RootContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

const LINK_ICON: Element = {
  type: "element",
  tagName: "svg",
  properties: {
    ariaHidden: "true",
    focusable: "false",
    width: "16",
    height: "16",
    viewBox: "0 0 24 24",
    fill: "none",
    stroke: "currentColor",
    strokeWidth: "2",
    strokeLinecap: "round",
    strokeLinejoin: "round",
  },
  children: [
    {
      type: "element",
      tagName: "path",
      properties: {
        d: "M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71",
      },
      children: [],
    },
  ],
};

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
        dataSectionTitle: title,
        dataPagefindIgnore: "",
      },
      children: [
        structuredClone(LINK_ICON),
        {
          type: "element",
          tagName: "span",
          properties: { className: ["sr-only"] },
          children: [{ type: "text", value: `Link to section: ${title}` }],
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
