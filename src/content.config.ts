import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { chapterSchema } from "./schemas/chapter.ts";
import { glossaryTermSchema } from "./schemas/glossary.ts";
import { pageSchema } from "./schemas/page.ts";
import { quizSchema } from "./schemas/quiz.ts";
import { referenceSchema } from "./schemas/reference.ts";

/** Where the words live. Tests point CONTENT_DIR at fixtures to check build errors. */
const contentDir = process.env["CONTENT_DIR"] ?? "./content";

/** Chapters live outside src/ so that the words of the site sit apart from its code. */
const chapters = defineCollection({
  // Ids come from file names, not from the slug field, so that two files claiming one
  // slug both load and sortChapters() can name them, instead of one silently replacing
  // the other.
  loader: glob({
    pattern: "*.mdx",
    base: `${contentDir}/chapters`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: chapterSchema,
});

/** Standalone pages whose words are prose: about, and later the guides. */
const pages = defineCollection({
  loader: glob({ pattern: "*.mdx", base: `${contentDir}/pages` }),
  schema: pageSchema,
});

/** One quiz per chapter: content/quizzes/<chapter-slug>.yaml. */
const quizzes = defineCollection({
  loader: glob({ pattern: "*.yaml", base: `${contentDir}/quizzes` }),
  schema: quizSchema,
});

/** The bibliography: the essay's references in CSL-JSON, keyed by the id chapters cite. */
const references = defineCollection({
  loader: file(`${contentDir}/references.json`),
  schema: referenceSchema,
});

/** The glossary: the words chapters lean on, each linked with <Term id> at its first use. */
const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: glossaryTermSchema,
});

export const collections = { chapters, pages, quizzes, references, glossary };
