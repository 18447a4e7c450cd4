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
