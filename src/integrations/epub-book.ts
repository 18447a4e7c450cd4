import type { AstroIntegration } from "astro";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import { parse } from "yaml";
import { chapterFile, EPUB_PATH, nameUuid, toEpub, type EpubChapter } from "../lib/exports/epub.ts";
import { epubChapterBody, xhtmlFragment, type BookLinks } from "../lib/exports/epub-xhtml.ts";
import { SITE } from "../lib/site/identity.ts";
import { glossaryTermSchema } from "../schemas/glossary.ts";
import { quizSchema } from "../schemas/quiz.ts";
import { fileSize, guideDownload, rewritePages, withSize } from "./downloads.ts";

/*
 * The whole guide as an EPUB book, written after the build from what the build made: the
 * chapters from the guide's pages (their text as the site renders it, ids already unique
 * across chapters), the references from /references/, the licence from /about/, the cover
 * from the home page's sharing card, and the quizzes and glossary from their content files
 * (validated by the same schemas). Then the pages that link the book get its size.
 */

/** Elements of a tree in document order. */
function elements(tree: Root | Element): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (node) => {
    found.push(node);
  });
  return found;
}

const classes = (node: Element) =>
  Array.isArray(node.properties["className"]) ? node.properties["className"].map(String) : [];

/** An element's text, with white space as a reader sees it. */
function textOf(node: Element | RootContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return "";
  return node.children.map(textOf).join("").replace(/\s+/g, " ").trim();
}

async function page(dist: string, path: string): Promise<Root> {
  return fromHtml(await readFile(join(dist, path, "index.html"), "utf8"));
}

/** The guide's pages in order: /guide/, then /guide/2/ and on when it is in parts. */
async function guidePages(dist: string): Promise<Root[]> {
  const parts = (await readdir(join(dist, "guide")))
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(a) - Number(b));
  return Promise.all(["guide", ...parts.map((n) => `guide/${n}`)].map((p) => page(dist, p)));
}

interface GuideChapter {
  slug: string;
  order: number;
  title: string;
  summary: string;
  /** The article's outcomes, text, key points and prompts, as the built HTML holds them. */
  html: string;
  ids: string[];
}

/** A chapter of the guide from its article: <p>Chapter N</p>, <h2>, summary, then its parts. */
function guideChapter(article: Element): GuideChapter {
  const children = article.children.filter((c): c is Element => c.type === "element");
  const heading = children.find((c) => c.tagName === "h2");
  const slug = String(heading?.properties["id"] ?? "");
  const at = heading ? children.indexOf(heading) : -1;
  const parts = children.filter((c) => c.tagName === "section" || c.tagName === "div");
  return {
    slug,
    order: Number(/\d+/.exec(textOf(children[0] ?? article))?.[0] ?? 0),
    title: heading ? textOf(heading) : "",
    summary: textOf(children[at + 1] ?? article),
    html: toHtml(parts),
    ids: elements(article)
      .map((node) => node.properties["id"])
      .filter((id): id is string => typeof id === "string"),
  };
}

/** The licence paragraph of /about/: the first paragraph after its "licence" heading. */
function licence(about: Root): string {
  const all = elements(about);
  const start = all.findIndex((node) => node.properties["id"] === "licence");
  const paragraph = all.slice(start).find((node) => node.tagName === "p");
  if (start < 0 || !paragraph) throw new Error("/about/ has no #licence section to credit");
  return textOf(paragraph);
}

/** The references of /references/, in number order, each as XHTML with its DOI a link. */
function references(list: Root) {
  return elements(list)
    .filter((node) => node.tagName === "li" && classes(node).includes("reference-entry"))
    .map((node) => {
      const vancouver = elements(node).find(
        (p) => classes(p).includes("citation-text") && p.properties["dataStyle"] === "vancouver",
      );
      return {
        id: String(node.properties["id"]),
        number: Number(node.properties["value"]),
        entry: vancouver ? xhtmlFragment({ type: "root", children: vancouver.children }) : "",
      };
    });
}

/** A YAML content file, read and validated as the content collections read it. */
async function contentFile(file: string): Promise<unknown> {
  return parse(await readFile(file, "utf8"));
}

/**
 * Writes the guide as an EPUB book after the build. Links to the site's pages need its
 * public address; without one they are left as plain text, and the log says so.
 */
export default function epubBook({ contentDir }: { contentDir: string }): AstroIntegration {
  return guideDownload("learning-together:epub-book", async ({ dist, base, site, logger }) => {
    const guides = await guidePages(dist);
    const chapters = guides.flatMap((tree) =>
      elements(tree)
        .filter((node) => node.tagName === "article" && classes(node).includes("guide-chapter"))
        .map(guideChapter),
    );
    const modified = elements(guides[0] ?? { type: "root", children: [] })
      .map((node) => node.properties["dateTime"])
      .find((value) => typeof value === "string");
    const listed = references(await page(dist, "references"));
    const fileOfId = new Map<string, string>();
    for (const chapter of chapters) {
      for (const id of chapter.ids) fileOfId.set(id, chapterFile(chapter.slug));
    }
    for (const { id } of listed) fileOfId.set(id, "references.xhtml");
    const live = (path: string) => (site ? new URL(`${base}${path}`, site).href : undefined);
    const links: Omit<BookLinks, "base" | "site"> = {
      fileOf: (id) => fileOfId.get(id),
      inBook: (path, fragment) => {
        const at = fragment ? `#${fragment}` : "";
        if (path === "glossary/") return `glossary.xhtml${at}`;
        if (path === "references/") return `references.xhtml${at}`;
        const slug = /^chapters\/([^/]+)\/$/.exec(path)?.[1];
        if (!slug || !chapters.some((c) => c.slug === slug)) return undefined;
        return `${chapterFile(slug)}${fragment ? `#${slug}-${fragment}` : ""}`;
      },
    };
    const book: EpubChapter[] = await Promise.all(
      chapters.map(async (chapter) => ({
        slug: chapter.slug,
        order: chapter.order,
        title: chapter.title,
        summary: chapter.summary,
        body: epubChapterBody(chapter.html, { ...links, base, site }, chapterFile(chapter.slug)),
        quiz: quizSchema.parse(
          await contentFile(join(contentDir, "quizzes", `${chapter.slug}.yaml`)),
        ).questions,
        quizUrl: live(`chapters/${chapter.slug}/#quiz`),
      })),
    );
    const glossary = glossaryTermSchema
      .array()
      .parse(await contentFile(join(contentDir, "glossary.yaml")))
      .sort((a, b) => a.term.localeCompare(b.term, "en-GB"));
    const bytes = toEpub({
      identifier: nameUuid(SITE.name),
      title: SITE.name,
      creator: SITE.name,
      rights: licence(await page(dist, "about")),
      source: SITE.essayTitle,
      description: SITE.description,
      modified: new Date(`${modified ?? "2000-01-01"}T00:00:00Z`),
      siteUrl: live(""),
      cover: {
        png: new Uint8Array(await readFile(join(dist, "og", "home.png"))),
        // The home page's sharing card (src/pages/og/[card].png.ts): every word it shows.
        alt: `Cover of ${SITE.name}. A free study guide in ${chapters.length} short chapters. ${SITE.tagline}. ${SITE.description}`,
      },
      chapters: book,
      glossary,
      references: listed,
    });
    const out = join(dist, EPUB_PATH.slice(1));
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, bytes);
    await rewritePages(dist, withSize("data-epub-size", bytes.length));
    logger.info(
      `Wrote ${EPUB_PATH.slice(1)}, ${fileSize(bytes.length)}, ${chapters.length} chapters`,
    );
    if (!site) {
      logger.warn(
        "No public address: the EPUB's links to the live site (each chapter's quiz, pages the book does not hold) are plain text",
      );
    }
  });
}
