/** The chain-link icon beside every section heading, as SVG path data. */
export const LINK_ICON_PATH =
  "M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71";

/** The accessible name of a section link before JavaScript turns it into a copy button. */
export const sectionLinkLabel = (title: string) => `Link to section: ${title}`;

/** The sections the page frame adds to every chapter, by their fixed ids, in page order. */
export const FRAME_SECTIONS = {
  "learning-outcomes": "Learning outcomes",
  "key-points": "Key points",
  reflect: "Reflect",
  quiz: "Check your understanding",
  "chapter-references": "References in this chapter",
  "cite-this-page": "Cite this page",
} as const;

/**
 * Ids the page frame itself gives to every chapter page. A chapter body that used one
 * would clash with them.
 */
export const FRAME_SECTION_IDS = ["main", ...Object.keys(FRAME_SECTIONS)] as readonly string[];
