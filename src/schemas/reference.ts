import { z } from "astro/zod";

/** A reference's key, used in `<Cite id="...">` and as its id on /references/. */
export const REFERENCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (field: string) =>
  z
    .string({ required_error: `Add "${field}" as the source gives it` })
    .trim()
    .min(1, { message: `"${field}" is empty: write it as the source gives it, or remove it` });

/** A number written as text, the way CSL-JSON keeps volumes and issues. */
const numberText = (field: string) =>
  text(field).regex(/^\d+$/, { message: `"${field}" must be digits only, such as "15"` });

/** One author as CSL-JSON writes a name: family name, and given names or initials. */
const author = z
  .object({
    /** Surname, exactly as the source spells it, hyphens included. */
    family: text("family"),
    /** Given names or initials, each initial followed by a full stop: "J. O." for JO. */
    given: text("given").regex(/^(?:\p{Lu}\.)(?: \p{Lu}\.)*$|^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u, {
      message:
        'Write initials with full stops and spaces, such as "J. O." (the source\'s "JO"), or full given names',
    }),
  })
  .strict();

/**
 * One journal article in content/references.json, in CSL-JSON (the format reference
 * managers and citation-js read). Only what the essay's reference list gives may be
 * recorded, so the fields are the ones it gives: anything else is an error, which also
 * catches a misspelt field name such as "doi" for "DOI".
 */
export const referenceSchema = z
  .object({
    /** The key chapters cite it by, such as "busari-2017": lower-case words and hyphens. */
    id: z
      .string({ required_error: 'Add "id", the key chapters cite it by, such as "busari-2017"' })
      .regex(REFERENCE_ID, {
        message:
          'Use lower-case letters, digits and single hyphens for "id", such as "busari-2017"',
      }),
    /** The CSL type. The essay cites journal articles only. */
    type: z.literal("article-journal", {
      errorMap: () => ({ message: '"type" must be "article-journal"' }),
    }),
    /** Authors in the order the source lists them. */
    author: z.array(author).min(1, { message: 'Add at least one entry to "author"' }),
    /**
     * The article's title in sentence case (capitals only where a sentence would have them,
     * and after a question mark or full stop), as reference managers store titles and as
     * NLM and APA print them.
     */
    title: text("title"),
    /** The journal's full name, which APA 7 and Harvard print: "Journal of Interprofessional Care". */
    "container-title": text("container-title"),
    /** The journal's NLM abbreviation, which Vancouver prints: "J Interprof Care". */
    "container-title-short": text("container-title-short"),
    /** The year of publication. */
    issued: z
      .object({
        "date-parts": z.tuple([z.tuple([z.number().int().min(1800).max(2100)])]),
      })
      .strict(),
    /** The journal volume. */
    volume: numberText("volume"),
    /**
     * The journal issue. Optional on purpose: the source gives one for some articles and
     * not others, and one must never be made up to fill a gap.
     */
    issue: numberText("issue").optional(),
    /** The page range, first and last page joined by a hyphen: "227-234". */
    page: text("page").regex(/^\d+-\d+$/, {
      message: 'Write "page" as first and last page joined by a hyphen, such as "227-234"',
    }),
    /** The Digital Object Identifier without "https://doi.org/": "10.2147/JMDH.S140042". */
    DOI: text("DOI").regex(/^10\.\d{4,9}\/\S+$/, {
      message: 'Write "DOI" without "https://doi.org/", such as "10.2147/JMDH.S140042"',
    }),
  })
  .strict()
  .refine((reference) => reference["container-title"] !== reference["container-title-short"], {
    path: ["container-title"],
    message:
      'Give the journal\'s full name in "container-title" and its abbreviation in "container-title-short"',
  });

export type Reference = z.infer<typeof referenceSchema>;
