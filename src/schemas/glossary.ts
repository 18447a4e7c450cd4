import { z } from "astro/zod";

/**
 * One entry of content/glossary.yaml: a word the chapters lean on and a plain definition
 * of its common meaning. The id is its address on /glossary/ and what <Term id> names.
 */
export const glossaryTermSchema = z
  .object({
    id: z
      .string({ required_error: 'Add "id", the term\'s address on /glossary/, such as "mdt"' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        message: '"id" must be lower-case words joined by hyphens',
      }),
    /** The term as the glossary heads it, with its abbreviation if it has one. */
    term: z.string({ required_error: 'Add "term", the word or phrase defined' }).trim().min(2),
    /** Plain English, common meaning only: one to three short sentences. */
    definition: z
      .string({ required_error: 'Add "definition", one to three plain sentences' })
      .trim()
      .min(20, { message: '"definition" is too short: write at least one full sentence' })
      .max(320, {
        message: '"definition" is over 320 characters: keep it to three short sentences',
      })
      .refine((text) => /[.?!]$/.test(text), {
        message: '"definition" must end with a full stop',
      }),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
