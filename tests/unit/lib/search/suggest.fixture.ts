/** Words as the build lists them for "did you mean": most frequent first. */
export const WORD_LIST = [
  "the",
  "and",
  "learning",
  "team",
  "speak",
  "hierarchy",
  "delegation",
  "speaking",
  "seek",
  "pillow",
  "venepuncture",
  "collaboration",
];
