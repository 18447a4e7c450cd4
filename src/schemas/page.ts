import { z } from "astro/zod";

/** The front matter of a standalone page in content/pages/ (about, and later others). */
export const pageSchema = z
  .object({
    /** The page's h1 and the first part of its <title>. */
    title: z.string({ required_error: 'Add "title", the page\'s heading' }).trim().min(3),
    /** The meta description: one or two sentences for search results and link previews. */
    description: z
      .string({ required_error: 'Add "description", one or two sentences about the page' })
      .trim()
      .min(20, { message: '"description" is too short: write one full sentence' })
      .max(200, { message: '"description" is over 200 characters: shorten it' }),
    /** A sentence shown under the title. */
    lead: z
      .string({ required_error: 'Add "lead", a sentence shown under the title' })
      .trim()
      .min(10),
  })
  .strict();

export type PageData = z.infer<typeof pageSchema>;
