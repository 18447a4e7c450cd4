import { z } from "astro/zod";

/** A chapter's address segment: lower-case words joined by hyphens, as in /chapters/benefits/. */
const slug = z
  .string({ required_error: 'Add "slug", the chapter\'s address, for example: slug: benefits' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: "Use lower-case letters, digits and single hyphens, for example: learning-together",
  })
  // Numbers are the addresses of the later parts of long lists: /chapters/2/ (parts.ts).
  .refine((slug) => !/^\d+$/.test(slug), {
    message:
      "A slug of digits only is kept for the numbered parts of long pages, such as /chapters/2/: add a word, for example: part-2-roles",
  });

/** A list of short sentences with a minimum and maximum length, and a message that says so. */
function sentences(field: string, min: number, max: number, example: string) {
  const need = `${min} to ${max} items, each on its own line under "${field}:" starting with "  - ", such as "  - ${example}"`;
  const say = `"${field}" needs ${need}`;
  return z
    .array(
      z
        .string()
        .trim()
        .min(1, { message: `An item in "${field}" is empty: write it or remove it` }),
      {
        required_error: `"${field}" is missing. Add ${need}`,
        invalid_type_error: say,
      },
    )
    .min(min, { message: say })
    .max(max, { message: say });
}

const DATE_HELP = 'Write "updated" as year-month-day, such as: updated: 2026-11-25';

/**
 * A past day written as year-month-day. YAML reads an unquoted 2026-11-25 as a date and a
 * quoted one as text; both are accepted, nothing looser ("25/11/2026" is ambiguous).
 */
const reviewDate = z.preprocess(
  (value) =>
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())
      ? new Date(`${value.trim()}T00:00:00Z`)
      : value,
  z
    .date({
      errorMap: (issue) => ({
        message:
          issue.code === "invalid_type" && issue.received === "undefined"
            ? `"updated" is missing. ${DATE_HELP}`
            : DATE_HELP,
      }),
    })
    .refine((date) => date.getTime() <= Date.now(), {
      message: '"updated" is in the future: give the day the chapter was last reviewed',
    }),
);

/**
 * The front matter of a chapter in content/chapters/. Everything a reader sees around the
 * body comes from here, so every field is required: a missing one fails the build.
 */
export const chapterSchema = z
  .object({
    /** The chapter's title, shown as its h1 and in navigation. */
    title: z
      .string({ required_error: 'Add "title", the chapter\'s heading' })
      .trim()
      .min(3, { message: '"title" is too short' })
      .max(80, { message: '"title" is over 80 characters: shorten it' }),
    /** One sentence under the title, on cards and as the page's meta description. */
    summary: z
      .string({ required_error: 'Add "summary", one sentence saying what the chapter covers' })
      .trim()
      .min(20, { message: '"summary" is too short: write one full sentence' })
      .max(160, { message: '"summary" is over 160 characters: keep it to one short sentence' })
      .refine((s) => !s.includes("\n"), { message: '"summary" must be a single line' }),
    /** Position in the reading order, from 1. Unique across chapters. */
    order: z
      .number({
        required_error: 'Add "order", the chapter\'s place in the reading order (1, 2, 3...)',
        invalid_type_error: '"order" must be a whole number such as 3',
      })
      .int({ message: '"order" must be a whole number such as 3' })
      .positive({ message: '"order" starts at 1' }),
    /**
     * The day the chapter was last reviewed, as year-month-day: `updated: 2026-11-25`. Shown
     * as "Last reviewed" and used as the date when someone cites the page. Change it when
     * the text changes in substance.
     */
    updated: reviewDate,
    /** The fixed address segment: /chapters/<slug>/. Never change it once published. */
    slug,
    /** What the reader can do after the chapter: each completes "By the end you can...". */
    outcomes: sentences("outcomes", 2, 4, "explain what interprofessional learning is"),
    /** The chapter's main points, repeated as a summary after the body. */
    keyPoints: sentences("keyPoints", 2, 6, "Both sides can gain."),
    /** Questions the reader thinks over on their own or in a group. */
    reflection: sentences("reflection", 1, 3, "Who taught you a skill that you now rely on?"),
  })
  .strict();

export type ChapterData = z.infer<typeof chapterSchema>;
