/*
 * The whole guide as an EPUB 3 book, for e-readers: a cover, the navigation document, a
 * page on the book's source and licence, every chapter with its quiz as questions, then
 * the answers, the glossary and the references at the back. XHTML with no script and no
 * form, so it reads in any reading system, with the accessibility metadata of EPUB
 * Accessibility 1.1. The same book always gives the same bytes: fixed file times, fixed
 * order, no date but the chapters' latest review. Written after the build by
 * src/integrations/epub-book.ts, which gathers the chapters from the built guide.
 */
import { createHash } from "node:crypto";
import { zipSync, type Zippable } from "fflate";
import type { Question } from "~/schemas/quiz.ts";
import { shownChoices } from "../quiz/choices.ts";
import { shuffledOrder } from "../quiz/engine.ts";
import { escapeXml } from "./xml.ts";

/** The book's path under the site (not under /course/: it is for readers, not platforms). */
export const EPUB_PATH = "/downloads/learning-together.epub";

/** One chapter as the book holds it. */
export interface EpubChapter {
  slug: string;
  order: number;
  title: string;
  summary: string;
  /**
   * The chapter from its learning outcomes to its reflection prompts, as XHTML whose
   * headings start at h2 and whose links already point inside the book (epubChapterBody).
   */
  body: string;
  quiz: Question[];
  /** The chapter's quiz on the live site, where it can be answered; none without an address. */
  quizUrl: string | undefined;
}

/** The whole book. */
export interface EpubBook {
  /** A stable identifier, such as a urn:uuid (nameUuid). */
  identifier: string;
  title: string;
  /** Who wrote the text, as the site credits it. */
  creator: string;
  /** The licence, in the words of the About page. */
  rights: string;
  /** The work it is built from. */
  source: string;
  description: string;
  /** The latest chapter review: the book's dcterms:modified, at midnight UTC. */
  modified: Date;
  /** The public address, for the page on the book's source; none without one. */
  siteUrl: string | undefined;
  cover: { png: Uint8Array; alt: string };
  chapters: EpubChapter[];
  glossary: { id: string; term: string; definition: string }[];
  /** In number order; `entry` is the formatted reference as XHTML, its DOI a link. */
  references: { id: string; number: number; entry: string }[];
}

const LANGUAGE = "en-GB";
const MIMETYPE = "application/epub+zip";
/** Files in the book are dated this day, so the same book always gives the same bytes. */
const FIXED_TIME = new Date(2000, 0, 1);

/** A urn:uuid derived from a name (a version 5 UUID's layout over SHA-1): the same every build. */
export function nameUuid(name: string): string {
  const hex = createHash("sha1").update(name).digest("hex").slice(0, 32).split("");
  hex[12] = "5";
  hex[16] = ((parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  const h = hex.join("");
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A chapter's file in the book. */
export const chapterFile = (slug: string) => `chapter-${slug}.xhtml`;
const questionId = (slug: string, id: string) => `${slug}-question-${id}`;
const answerId = (slug: string, id: string) => `${slug}-answer-${id}`;

/** An XHTML content document: the namespace, xml:lang and lang, the stylesheet. */
function xhtml(title: string, body: string, bodyType?: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<!DOCTYPE html>",
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${LANGUAGE}" lang="${LANGUAGE}">`,
    "<head>",
    '<meta charset="UTF-8"/>',
    `<title>${escapeXml(title)}</title>`,
    '<link rel="stylesheet" type="text/css" href="style.css"/>',
    "</head>",
    bodyType ? `<body epub:type="${bodyType}">` : "<body>",
    body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

const TYPE_HINT: Record<Question["type"], string> = {
  single: "Choose one.",
  multiple: "Choose all that apply.",
  "true-false": "True or false?",
  order: "Put these in order.",
};

/** What the reader chooses from, in the order every copy of the quiz shows. */
function shownOptions(question: Question): string[] {
  if (question.type === "order") {
    return shuffledOrder(question.id, question.items.length).map((n) => question.items[n] ?? "");
  }
  return shownChoices(question).map((choice) => choice.text);
}

/** A chapter's quiz: each question with its options as a list, and a link to its answer. */
function quizSection(chapter: EpubChapter): string {
  const live = chapter.quizUrl
    ? `<p>To answer it and have your answers marked, use <a href="${escapeXml(chapter.quizUrl)}">the chapter's quiz on the website</a>.</p>`
    : "<p>To answer it and have your answers marked, use the chapter's quiz on the website.</p>";
  const items = chapter.quiz.map((question, index) => {
    const options = shownOptions(question)
      .map((text) => `<li>${escapeXml(text)}</li>`)
      .join("");
    return [
      `<li id="${questionId(chapter.slug, question.id)}">`,
      `<p>${escapeXml(question.prompt)}</p>`,
      `<p class="hint">${TYPE_HINT[question.type]}</p>`,
      `<ul>${options}</ul>`,
      `<p><a href="answers.xhtml#${answerId(chapter.slug, question.id)}">Answer to question ${index + 1}</a></p>`,
      "</li>",
    ].join("\n");
  });
  return [
    `<section id="${chapter.slug}-quiz" aria-labelledby="${chapter.slug}-quiz-heading">`,
    `<h2 id="${chapter.slug}-quiz-heading">Check your understanding</h2>`,
    "<p>The answers, with why each is right, are at the back of the book.</p>",
    live,
    `<ol class="quiz">`,
    ...items,
    "</ol>",
    "</section>",
  ].join("\n");
}

/** A chapter's file: its title, summary, body and quiz. */
function chapterDocument(chapter: EpubChapter, total: number): string {
  return xhtml(
    chapter.title,
    [
      `<section epub:type="chapter" aria-labelledby="${chapter.slug}">`,
      `<p class="kicker">Chapter ${chapter.order} of ${total}</p>`,
      `<h1 id="${chapter.slug}">${escapeXml(chapter.title)}</h1>`,
      `<p class="summary">${escapeXml(chapter.summary)}</p>`,
      chapter.body,
      quizSection(chapter),
      "</section>",
    ].join("\n"),
    "bodymatter",
  );
}

/** The right answer in words. */
function rightAnswer(question: Question): string {
  if (question.type === "order") {
    return `<ol>${question.items.map((item) => `<li>${escapeXml(item)}</li>`).join("")}</ol>`;
  }
  const right = shownChoices(question).filter((choice) => choice.correct);
  return `<ul>${right.map((choice) => `<li>${escapeXml(choice.text)}</li>`).join("")}</ul>`;
}

/** What each choice is told, or what a right and a wrong answer are told. */
function feedback(question: Question): string {
  if (question.type === "order") {
    const { right, wrong } = question.feedback;
    return `<dl><dt>In the right order</dt><dd>${escapeXml(right)}</dd><dt>In another order</dt><dd>${escapeXml(wrong)}</dd></dl>`;
  }
  const told = shownChoices(question).filter((choice) => choice.feedback !== "");
  if (told.length === 0) return "";
  return `<dl>${told.map((choice) => `<dt>${escapeXml(choice.text)}</dt><dd>${escapeXml(choice.feedback)}</dd>`).join("")}</dl>`;
}

/** The answers to every quiz, each linking back to its question. */
function answersDocument(chapters: EpubChapter[]): string {
  const sections = chapters.map((chapter) => {
    const answers = chapter.quiz.map((question, index) =>
      [
        `<li id="${answerId(chapter.slug, question.id)}">`,
        `<p class="question">${escapeXml(question.prompt)}</p>`,
        "<p>Answer:</p>",
        rightAnswer(question),
        `<p>${escapeXml(question.explanation)}</p>`,
        feedback(question) ? `<p>Feedback:</p>\n${feedback(question)}` : "",
        `<p><a href="${chapterFile(chapter.slug)}#${questionId(chapter.slug, question.id)}">Back to question ${index + 1}</a></p>`,
        "</li>",
      ]
        .filter(Boolean)
        .join("\n"),
    );
    return [
      `<section aria-labelledby="answers-${chapter.slug}">`,
      `<h2 id="answers-${chapter.slug}">${chapter.order}. ${escapeXml(chapter.title)}</h2>`,
      `<ol class="quiz">`,
      ...answers,
      "</ol>",
      "</section>",
    ].join("\n");
  });
  return xhtml(
    "Answers",
    [
      '<section epub:type="backmatter" aria-labelledby="answers">',
      '<h1 id="answers">Answers</h1>',
      "<p>Each chapter's quiz with its answers, why they are right, and what each choice is told.</p>",
      ...sections,
      "</section>",
    ].join("\n"),
    "backmatter",
  );
}

function glossaryDocument(glossary: EpubBook["glossary"]): string {
  const entries = glossary.map(
    ({ id, term, definition }) =>
      `<dt id="${escapeXml(id)}" epub:type="glossterm">${escapeXml(term)}</dt>\n<dd epub:type="glossdef">${escapeXml(definition)}</dd>`,
  );
  return xhtml(
    "Glossary",
    [
      '<section epub:type="glossary" aria-labelledby="glossary">',
      '<h1 id="glossary">Glossary</h1>',
      "<p>Plain explanations of words the chapters use. They are this guide's own, not the essay's claims.</p>",
      "<dl>",
      ...entries,
      "</dl>",
      "</section>",
    ].join("\n"),
    "backmatter",
  );
}

function referencesDocument(references: EpubBook["references"]): string {
  const entries = references.map(
    ({ id, number, entry }) => `<li id="${escapeXml(id)}" value="${number}">${entry}</li>`,
  );
  return xhtml(
    "References",
    [
      '<section epub:type="bibliography" aria-labelledby="references">',
      '<h1 id="references">References</h1>',
      "<p>The numbers match the markers in the chapters.</p>",
      "<ol>",
      ...entries,
      "</ol>",
      "</section>",
    ].join("\n"),
    "backmatter",
  );
}

/** The day as "3 December 2026". */
const longDay = (date: Date) =>
  `${date.getUTCDate()} ${date.toLocaleString("en-GB", { month: "long", timeZone: "UTC" })} ${date.getUTCFullYear()}`;

/** The page after the cover: the title, where the text comes from and how it may be reused. */
function aboutDocument(book: EpubBook): string {
  const online = book.siteUrl
    ? `<p>Online at <a href="${escapeXml(book.siteUrl)}">${escapeXml(book.siteUrl)}</a>, where each chapter's quiz can be answered.</p>`
    : "";
  return xhtml(
    book.title,
    [
      '<section epub:type="frontmatter" aria-labelledby="title">',
      `<h1 id="title">${escapeXml(book.title)}</h1>`,
      `<p>${escapeXml(book.description)}</p>`,
      online,
      `<p>Last reviewed ${longDay(book.modified)}.</p>`,
      '<section epub:type="copyright-page" aria-labelledby="licence">',
      '<h2 id="licence">Source and licence</h2>',
      `<p>Built from the essay “${escapeXml(book.source)}”.</p>`,
      `<p>${escapeXml(book.rights)}</p>`,
      "</section>",
      "</section>",
    ]
      .filter(Boolean)
      .join("\n"),
    "frontmatter",
  );
}

function coverDocument(book: EpubBook): string {
  return xhtml(
    `${book.title}: cover`,
    `<section epub:type="cover" aria-label="Cover"><img src="cover.png" alt="${escapeXml(book.cover.alt)}"/></section>`,
    "cover",
  );
}

/** The book's files in reading order, after the cover: [file, title]. */
function readingOrder(book: EpubBook): [string, string][] {
  return [
    ["about.xhtml", book.title],
    ["nav.xhtml", "Contents"],
    ...book.chapters.map((chapter): [string, string] => [
      chapterFile(chapter.slug),
      `${chapter.order}. ${chapter.title}`,
    ]),
    ["answers.xhtml", "Answers"],
    ["glossary.xhtml", "Glossary"],
    ["references.xhtml", "References"],
  ];
}

/** The navigation document: the table of contents and the landmarks. */
function navDocument(book: EpubBook): string {
  const chapterItems = book.chapters.map(
    (chapter) =>
      `<li><a href="${chapterFile(chapter.slug)}">${chapter.order}. ${escapeXml(chapter.title)}</a></li>`,
  );
  return xhtml(
    "Contents",
    [
      '<nav epub:type="toc" id="toc" aria-labelledby="toc-heading">',
      '<h1 id="toc-heading">Contents</h1>',
      "<ol>",
      `<li><a href="about.xhtml">${escapeXml(book.title)}</a></li>`,
      ...chapterItems,
      '<li><a href="answers.xhtml">Answers</a></li>',
      '<li><a href="glossary.xhtml">Glossary</a></li>',
      '<li><a href="references.xhtml">References</a></li>',
      "</ol>",
      "</nav>",
      '<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-heading" hidden="hidden">',
      '<h2 id="landmarks-heading">Landmarks</h2>',
      "<ol>",
      '<li><a epub:type="cover" href="cover.xhtml">Cover</a></li>',
      '<li><a epub:type="toc" href="nav.xhtml">Contents</a></li>',
      `<li><a epub:type="bodymatter" href="${chapterFile(book.chapters[0]?.slug ?? "")}">Start of the chapters</a></li>`,
      '<li><a epub:type="glossary" href="glossary.xhtml">Glossary</a></li>',
      '<li><a epub:type="bibliography" href="references.xhtml">References</a></li>',
      "</ol>",
      "</nav>",
    ].join("\n"),
  );
}

/** The day at midnight UTC, as dcterms:modified takes it. */
const modified = (date: Date) => `${date.toISOString().slice(0, 10)}T00:00:00Z`;

/**
 * What the accessibility metadata claims, in words. True of the book as written here:
 * headings in order under one h1 per file, a contents list and landmarks, the cover's
 * text as its alternative, no script, no form, and styles a reading system can override.
 */
export const ACCESSIBILITY_SUMMARY =
  "This book meets WCAG 2.2 Level AA. Each file has one main heading and its headings in order; the contents list and landmarks lead to every chapter, the answers, the glossary and the references. The cover image has a text alternative that gives all its words; there are no other images. The text can be resized and restyled by the reading system. Quiz questions are lists, with the answers at the back of the book and links between them. There is no audio, video, script or form. The book was born digital and has no print page numbers.";

/** The package document: metadata (accessibility included), manifest and spine. */
function packageDocument(book: EpubBook, files: [string, string][]): string {
  const idOf = (file: string) => (file === "nav.xhtml" ? "nav" : file.replace(/\.xhtml$/, ""));
  const features = [
    "structuralNavigation",
    "tableOfContents",
    "alternativeText",
    "readingOrder",
    "displayTransformability",
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${LANGUAGE}">`,
    '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:identifier id="book-id">${escapeXml(book.identifier)}</dc:identifier>`,
    `<dc:title>${escapeXml(book.title)}</dc:title>`,
    `<dc:language>${LANGUAGE}</dc:language>`,
    `<dc:creator>${escapeXml(book.creator)}</dc:creator>`,
    `<dc:rights>${escapeXml(book.rights)}</dc:rights>`,
    `<dc:source>${escapeXml(book.source)}</dc:source>`,
    `<dc:description>${escapeXml(book.description)}</dc:description>`,
    `<meta property="dcterms:modified">${modified(book.modified)}</meta>`,
    '<meta property="schema:accessMode">textual</meta>',
    '<meta property="schema:accessMode">visual</meta>',
    '<meta property="schema:accessModeSufficient">textual</meta>',
    '<meta property="schema:accessModeSufficient">textual,visual</meta>',
    ...features.map((feature) => `<meta property="schema:accessibilityFeature">${feature}</meta>`),
    '<meta property="schema:accessibilityHazard">none</meta>',
    `<meta property="schema:accessibilitySummary">${escapeXml(ACCESSIBILITY_SUMMARY)}</meta>`,
    '<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>',
    "</metadata>",
    "<manifest>",
    '<item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>',
    '<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image"/>',
    '<item id="style" href="style.css" media-type="text/css"/>',
    ...files.map(
      ([file]) =>
        `<item id="${idOf(file)}" href="${file}" media-type="application/xhtml+xml"${file === "nav.xhtml" ? ' properties="nav"' : ""}/>`,
    ),
    "</manifest>",
    "<spine>",
    '<itemref idref="cover"/>',
    ...files.map(([file]) => `<itemref idref="${idOf(file)}"/>`),
    "</spine>",
    "</package>",
    "",
  ].join("\n");
}

/**
 * A small stylesheet: readable margins and spacing, no colours or backgrounds of its own, so
 * the reading system's light, dark and sepia themes and the reader's font choices apply.
 */
const STYLESHEET = `body { line-height: 1.5; }
h1, h2, h3, h4 { line-height: 1.25; page-break-after: avoid; break-after: avoid; }
.kicker, .hint { font-size: 0.9em; font-style: italic; }
.summary { font-size: 1.1em; }
section { margin-top: 1.5em; }
aside { margin: 1.5em 0; padding: 0 1em; border-left: 0.25em solid; }
aside > p:first-child { font-weight: bold; }
ol.quiz > li { margin-bottom: 1.5em; }
dt { font-weight: bold; margin-top: 0.75em; }
dd { margin-left: 1.5em; }
img { max-width: 100%; height: auto; }
section[epub|type~="cover"] { text-align: center; }
a { overflow-wrap: anywhere; }
`;

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`;

/** Every file of the book but the mimetype, by its path in the zip, in a fixed order. */
export function epubFiles(book: EpubBook): [string, string | Uint8Array][] {
  const order = readingOrder(book);
  const documents: Record<string, string> = {
    "about.xhtml": aboutDocument(book),
    "nav.xhtml": navDocument(book),
    "answers.xhtml": answersDocument(book.chapters),
    "glossary.xhtml": glossaryDocument(book.glossary),
    "references.xhtml": referencesDocument(book.references),
  };
  for (const chapter of book.chapters) {
    documents[chapterFile(chapter.slug)] = chapterDocument(chapter, book.chapters.length);
  }
  return [
    ["META-INF/container.xml", CONTAINER],
    ["EPUB/package.opf", packageDocument(book, order)],
    ["EPUB/style.css", STYLESHEET],
    ["EPUB/cover.xhtml", coverDocument(book)],
    ["EPUB/cover.png", book.cover.png],
    ...order.map(([file]): [string, string] => [`EPUB/${file}`, documents[file] ?? ""]),
  ];
}

/**
 * The book as EPUB bytes: `mimetype` first and stored uncompressed, as the OCF format
 * asks, then every other file compressed, all dated FIXED_TIME.
 */
export function toEpub(book: EpubBook): Uint8Array {
  const encode = (content: string | Uint8Array) =>
    typeof content === "string" ? new TextEncoder().encode(content) : content;
  const zip: Zippable = { mimetype: [encode(MIMETYPE), { level: 0 }] };
  for (const [path, content] of epubFiles(book)) zip[path] = [encode(content), { level: 9 }];
  return zipSync(zip, { mtime: FIXED_TIME });
}
