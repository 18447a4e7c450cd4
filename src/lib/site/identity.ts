/** Facts about the site used across pages. */
export const SITE = {
  name: "Learning Together",
  tagline: "Interprofessional collaboration in healthcare, chapter by chapter",
  description:
    "A free study guide to interprofessional learning in healthcare: how learning across professions may build skills, teamwork, the confidence to speak up and patient safety.",
  essayTitle:
    "Learning to learn from each other: the importance of interprofessional collaboration in healthcare",
  locale: "en_GB",
  /** Who the chapters are written for, and at what level (schema.org's audience and level). */
  audience:
    "Students of medicine, nursing and the allied health professions, and healthcare assistants in training",
  educationalLevel: "Beginner",
} as const;

/** The main navigation, in the order it appears in the header, as site paths. */
export const MAIN_NAV = [
  { path: "/chapters/", label: "Chapters" },
  { path: "/quiz/", label: "Quiz" },
  { path: "/about/", label: "About" },
  { path: "/search/", label: "Search" },
] as const;
