import type { Span } from "~/lib/notes/anchor.ts";

/**
 * A chapter's text as highlights and notes see it (src/lib/notes/anchor.ts anchors them in
 * it): the text nodes of its body in order, leaving out what a reader does not read there
 * (a term's hidden preview, a heading's "link to section" label, text for screen readers
 * only) and the notes' own controls. The chapter page and /notes/ read it the same way, so
 * a note found on one is found on the other.
 */
const SKIP = ".preview, .section-link, .sr-only, [data-notes-ui]";

/** The text nodes of `root` that count, in document order. */
export function textNodes(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The text of `nodes`, joined. */
export const joinText = (nodes: Text[]) => nodes.map((node) => node.data).join("");

/** The offset in the joined text of the boundary point (`container`, `offset`). */
export function offsetAt(nodes: Text[], container: Node, offset: number): number {
  const point = container.ownerDocument?.createRange();
  if (!point) return 0;
  point.setStart(container, offset);
  let total = 0;
  for (const node of nodes) {
    if (node === container) return total + offset;
    // Wholly before the point: all of it counts.
    if (point.comparePoint(node, node.length) <= 0) total += node.length;
    else break;
  }
  return total;
}

/** Elements that hold blocks, where white space between them is no text of a reader's. */
const BLOCKS = /^(UL|OL|DL|TABLE|THEAD|TBODY|TR|SECTION|DIV|ARTICLE|ASIDE|BLOCKQUOTE|FIGURE)$/;

/**
 * Wraps the text of `span` in elements from `make`, one per text node it touches (a span
 * across two paragraphs is two), and returns them in order. White space between blocks is
 * left alone.
 */
export function wrapSpan(nodes: Text[], span: Span, make: () => HTMLElement): HTMLElement[] {
  const wrapped: HTMLElement[] = [];
  let position = 0;
  for (const node of nodes) {
    const from = position;
    position += node.length;
    if (position <= span.start || from >= span.end) continue;
    const start = Math.max(span.start - from, 0);
    const end = Math.min(span.end - from, node.length);
    if (node.data.slice(start, end).trim() === "" && BLOCKS.test(node.parentElement?.tagName ?? ""))
      continue;
    let piece = node;
    if (start > 0) piece = piece.splitText(start);
    if (end - start < piece.length) piece.splitText(end - start);
    const wrapper = make();
    piece.before(wrapper);
    wrapper.append(piece);
    wrapped.push(wrapper);
  }
  return wrapped;
}

/** Puts wrapped text back as it was. */
export function unwrap(elements: Iterable<Element>): void {
  for (const element of elements) {
    const parent = element.parentNode;
    element.replaceWith(...element.childNodes);
    parent?.normalize();
  }
}
