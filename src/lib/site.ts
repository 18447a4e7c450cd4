/** Facts about the site used across pages. */
export const SITE = {
  name: "Learning Together",
  tagline: "Interprofessional collaboration in healthcare, chapter by chapter",
  description:
    "A free study guide to interprofessional learning in healthcare: how learning across professions builds skills, teamwork, speaking up and patient safety.",
  essayTitle:
    "Learning to learn from each other: the importance of interprofessional collaboration in healthcare",
  locale: "en_GB",
} as const;

/** The main navigation, in the order it appears in the header. */
export const MAIN_NAV = [
  { href: "/chapters/", label: "Chapters" },
  { href: "/quiz/", label: "Quiz" },
  { href: "/about/", label: "About" },
  { href: "/search/", label: "Search" },
] as const;
