/*
 * The whole guide as a PDF, printed by headless Chromium from the guide's own print styles
 * after the build (src/integrations/guide-pdf.ts). This holds what needs no browser: where
 * the file goes, which browser prints it (or why none does), and the one page that is
 * printed, made from the guide's parts when it is in parts.
 */
import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import { guideTarget } from "../content/guide-html.ts";

/** The PDF's path under the site, beside the EPUB book. */
export const PDF_PATH = "/downloads/learning-together.pdf";

/** The settings that choose the browser. */
export interface PdfBrowserSettings {
  /** "none" leaves the PDF out, even with a browser installed. */
  PDF_BROWSER?: string | undefined;
  /** Any Chromium or Chrome, as the tests take it. */
  CHROMIUM_PATH?: string | undefined;
}

/** Debian's Chromium, headless shell first, as the tests find it (tests/support/chromium.mjs). */
export const SYSTEM_CHROMIUMS = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"] as const;

/** The browser that prints the PDF, or why there is none (for the build log). */
export type PdfBrowser = { path: string } | { path: undefined; reason: string };

/**
 * Which Chromium prints the PDF: none when PDF_BROWSER is "none"; CHROMIUM_PATH when set
 * (none if it names no file); else Debian's headless shell or full browser; else
 * Playwright's own Chromium (`bundled`, where it is installed).
 */
export function pdfBrowser(
  settings: PdfBrowserSettings,
  exists: (path: string) => boolean,
  bundled?: string,
): PdfBrowser {
  if (settings.PDF_BROWSER?.trim().toLowerCase() === "none") {
    return { path: undefined, reason: "PDF_BROWSER is none" };
  }
  const named = settings.CHROMIUM_PATH?.trim();
  if (named) {
    return exists(named)
      ? { path: named }
      : { path: undefined, reason: `CHROMIUM_PATH names no file (${named})` };
  }
  const found = [...SYSTEM_CHROMIUMS, ...(bundled ? [bundled] : [])].find(exists);
  return found
    ? { path: found }
    : {
        path: undefined,
        reason: `no Chromium found (looked for ${SYSTEM_CHROMIUMS.join(", ")} and Playwright's own; set CHROMIUM_PATH to one)`,
      };
}

/** Where the guide's page is printed from, and what its links may lead to. */
export interface PrintedGuideOptions {
  /** The base path, "/" or "/learning-together/". */
  base: string;
  /** The public origin; without one, links to other pages are left as plain text. */
  site: string | undefined;
}

const classes = (node: Element) =>
  Array.isArray(node.properties["className"]) ? node.properties["className"].map(String) : [];

function all(tree: Root, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (node) => {
    if (test(node)) found.push(node);
  });
  return found;
}

const first = (tree: Root, test: (node: Element) => boolean) => all(tree, test)[0];

const isChapter = (node: Element) =>
  node.tagName === "article" && classes(node).includes("guide-chapter");
const isReferences = (node: Element) =>
  node.tagName === "section" && classes(node).includes("guide-chapter");
const isContentsList = (node: Element) =>
  node.tagName === "nav" && classes(node).includes("guide-contents");
const isReferenceEntry = (node: Element) =>
  node.tagName === "li" && classes(node).includes("reference-entry");

/** A list item of the contents that leads to the references, not a chapter. */
const leadsToReferences = (item: Element) =>
  all({ type: "root", children: [item] }, (node) => node.properties["href"] === "#references")
    .length > 0;

/** The element's element children. */
const children = (node: Element) => node.children.filter((c): c is Element => c.type === "element");

/** The list of a part's contents. */
function contentsList(part: Root): Element | undefined {
  const nav = first(part, isContentsList);
  return nav ? children(nav).find((node) => node.tagName === "ol") : undefined;
}

/** Removes a node from wherever it sits in the tree. */
function remove(tree: Root, target: Element): void {
  visit(tree, "element", (node) => {
    node.children = node.children.filter((child) => child !== target);
  });
}

/** The parent of a node in the tree. */
function parentOf(tree: Root, target: Element): Element | Root | undefined {
  let found: Element | Root | undefined = tree.children.includes(target) ? tree : undefined;
  visit(tree, "element", (node) => {
    if (node.children.includes(target)) found = node;
  });
  return found;
}

/** Puts `added` after `after` in its parent. */
function insertAfter(tree: Root, after: Element, added: ElementContent[]): void {
  const parent = parentOf(tree, after);
  if (!parent) return;
  const at = parent.children.indexOf(after);
  parent.children.splice(at + 1, 0, ...(added as typeof parent.children));
}

/** "The whole guide, part 1 of 10 | Learning Together" is the whole guide's title. */
const PART_OF = /, part \d+ of \d+/;

/** The text nodes of a heading, as one line with single spaces and nothing at either end. */
function tidyHeading(heading: Element): void {
  const texts: { value: string }[] = [];
  visit(heading, "text", (node) => {
    node.value = node.value.replace(/\s+/g, " ");
    texts.push(node);
  });
  const [start, end] = [texts[0], texts.at(-1)];
  if (start) start.value = start.value.trimStart();
  if (end) end.value = end.value.trimEnd();
}

/**
 * Chromium names a bookmark after its heading's printed lines joined with no space
 * ("taught by ahealthcare assistant") when the heading wraps. Spaces kept where a line
 * breaks (`break-spaces`) keep the words apart; the headings' text is tidied first so that
 * no white space of the HTML source shows.
 */
const HEADING_STYLE = "h1,h2,h3,h4,h5,h6{white-space:break-spaces}";

/**
 * The page the PDF is printed from: the guide's first part with the chapters, contents
 * entries and references of the others (in order) added, under the whole guide's title,
 * so that one print gives one outline, one tagged document and one reference list, with
 * links between chapters of different parts kept inside it. With one part, the page is
 * the guide as it is. Without a public address, links to the site's other pages lose
 * their address and become text (the PDF would otherwise point at the printer's made-up
 * origin).
 */
export function printedGuide(
  parts: readonly string[],
  { base, site }: PrintedGuideOptions,
): string {
  const trees = parts.map((html) => fromHtml(html));
  const [tree, ...rest] = trees;
  if (!tree) throw new Error("The guide has no pages to print");
  const chapters = trees.flatMap((part) => all(part, isChapter));
  const slugs = chapters.flatMap((chapter) =>
    children(chapter)
      .filter((node) => node.tagName === "h2" && typeof node.properties["id"] === "string")
      .map((node) => String(node.properties["id"])),
  );
  if (rest.length > 0) {
    // Chapters after the first part's last.
    const last = all(tree, isChapter).at(-1);
    if (last)
      insertAfter(
        tree,
        last,
        rest.flatMap((part) => all(part, isChapter)),
      );
    // Contents entries before the first part's "References".
    const list = contentsList(tree);
    if (list) {
      const added = rest.flatMap((part) => {
        const items = contentsList(part);
        return items ? children(items).filter((item) => !leadsToReferences(item)) : [];
      });
      const at = list.children.findIndex((c) => c.type === "element" && leadsToReferences(c));
      list.children.splice(at < 0 ? list.children.length : at, 0, ...added);
    }
    // One reference list: every part's entries, each once, by number.
    const entries = new Map<string, Element>();
    for (const entry of trees.flatMap((part) => all(part, isReferenceEntry))) {
      entries.set(String(entry.properties["id"]), entry);
    }
    let references = first(tree, isReferences);
    if (!references) {
      references = trees.map((part) => first(part, isReferences)).find(Boolean);
      const end = all(tree, isChapter).at(-1);
      if (references && end) insertAfter(tree, end, [references]);
    }
    const referenceList =
      references && first({ type: "root", children: [references] }, (n) => n.tagName === "ol");
    if (referenceList) {
      referenceList.children = [...entries.values()].sort(
        (a, b) => Number(a.properties["value"]) - Number(b.properties["value"]),
      );
    }
    // The note saying which part this is.
    for (const note of all(tree, (node) => node.properties["dataGuideParts"] !== undefined)) {
      remove(tree, note);
    }
  }
  for (const node of all(tree, (n) => n.tagName === "title" || n.tagName === "h1")) {
    visit(node, "text", (text) => {
      text.value = text.value.replace(PART_OF, "");
    });
  }
  for (const link of all(tree, (node) => node.tagName === "a")) {
    const href = link.properties["href"];
    if (typeof href !== "string" || href.startsWith("#")) continue;
    const target = guideTarget(href, base, slugs);
    if (target) {
      link.properties["href"] = target;
      delete link.properties["dataPrintUrl"];
    } else if (!site && !/^(https?|mailto):/i.test(href)) {
      // Text, no longer a link (it keeps its id and classes: a glossary term still looks one).
      link.tagName = "span";
      delete link.properties["href"];
      delete link.properties["download"];
    }
  }
  for (const heading of all(tree, (node) => /^h[1-6]$/.test(node.tagName))) tidyHeading(heading);
  const head = first(tree, (node) => node.tagName === "head");
  head?.children.push({
    type: "element",
    tagName: "style",
    properties: {},
    children: [{ type: "text", value: HEADING_STYLE }],
  });
  return toHtml(tree);
}
