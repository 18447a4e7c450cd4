/** The chain-link icon beside every section heading, as SVG path data. */
export const LINK_ICON_PATH =
  "M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71";

/** The accessible name of a section link before JavaScript turns it into a copy button. */
export const sectionLinkLabel = (title: string) => `Link to section: ${title}`;

/**
 * Ids the page frame itself gives to sections of every chapter page. A chapter body that
 * used one would clash with them.
 */
export const FRAME_SECTION_IDS = [
  "main",
  "learning-outcomes",
  "key-points",
  "reflect",
  "quiz",
] as const;
