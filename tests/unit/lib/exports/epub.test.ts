import { XMLParser, XMLValidator } from "fast-xml-parser";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { epubChapterBody, type BookLinks } from "~/lib/exports/epub-xhtml.ts";
import { epubFiles, nameUuid, toEpub, type EpubBook } from "~/lib/exports/epub.ts";

const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

const links: BookLinks = {
  base: "/lt/",
  site: "https://example.org",
  fileOf: (id) =>
    id.startsWith("two-") ? "chapter-two.xhtml" : id === "ref-a" ? "references.xhtml" : undefined,
  inBook: (path, fragment) => (path === "glossary/" ? `glossary.xhtml#${fragment}` : undefined),
};

/** A chapter's parts as the built guide holds them. */
const guideHtml = `<section aria-labelledby="one-learning-outcomes one"><div class="heading-wrapper"><h3 id="one-learning-outcomes">Learning outcomes</h3><a class="section-link" href="#one-learning-outcomes"><span class="sr-only">Link to section</span></a></div><ul><li>explain a thing</li></ul></section><div class="prose-site"><p>Read about <link-preview class="link-preview"><a id="one-term-mdt" class="term-link" href="/lt/glossary/#mdt" aria-describedby="p1">the team</a><span role="tooltip" class="preview" hidden><span id="p1">Preview</span></span></link-preview>, a study <a href="#ref-a" aria-label="Reference 1">[1]</a>, <a href="#two-roles" data-print-url="x">roles</a>, the <a href="/lt/quiz/">quiz page</a> &amp; <a href="https://doi.org/10.1/x">a DOI</a>.<br></p><h4 id="one-deeper">Deeper</h4></div><section aria-labelledby="one-key-points one"><h3 id="one-key-points">Key points</h3><ul><li>A key point.</li></ul></section><section aria-labelledby="one-reflect one"><h3 id="one-reflect">Reflect</h3><ul><li>A prompt?</li></ul></section>`;

const question = (id: string) => ({
  id,
  type: "single" as const,
  prompt: `Which is right, ${id} & <why>?`,
  outcome: 1,
  review: "one-deeper",
  explanation: "Because the chapter says so.",
  options: [
    { text: "Right one", correct: true, feedback: "Right." },
    { text: "Wrong one", correct: false, feedback: "Not this." },
  ],
});

const book: EpubBook = {
  identifier: nameUuid("Learning Together"),
  title: "Learning Together",
  creator: "Learning Together",
  rights: "You may share and adapt the text under CC BY 4.0.",
  source: "An essay",
  description: "A study guide.",
  modified: new Date("2026-12-03T00:00:00Z"),
  siteUrl: "https://example.org/lt/",
  cover: { png, alt: "Cover of Learning Together." },
  chapters: [
    {
      slug: "one",
      order: 1,
      title: "Chapter one",
      summary: "The first.",
      body: epubChapterBody(guideHtml, links, "chapter-one.xhtml"),
      quiz: [question("first"), question("second")],
      quizUrl: "https://example.org/lt/chapters/one/#quiz",
    },
    {
      slug: "two",
      order: 2,
      title: "Chapter two",
      summary: "The second.",
      body: '<div><h2 id="two-roles">Roles</h2><p>Text.</p></div>',
      quiz: [
        {
          id: "order-it",
          type: "order",
          prompt: "Put in order.",
          outcome: 1,
          review: "two-roles",
          explanation: "That is the order.",
          items: ["a", "b", "c"],
          feedback: { right: "Yes.", wrong: "Look again." },
        },
      ],
      quizUrl: undefined,
    },
  ],
  glossary: [{ id: "mdt", term: "Multidisciplinary team (MDT)", definition: "A team." }],
  references: [
    { id: "ref-a", number: 1, entry: 'A. doi:<a href="https://doi.org/10.1/x">10.1/x</a>' },
  ],
};

const files = new Map(epubFiles(book));
const text = (path: string) => String(files.get(path));
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });

describe("EPUB writer", () => {
  it("writes metadata with a stable identifier, the licence and the accessibility claims", () => {
    const opf = text("EPUB/package.opf");
    expect(book.identifier).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(nameUuid("Learning Together")).toBe(book.identifier);
    const { metadata } = xml.parse(opf).package;
    expect(metadata["dc:identifier"]["#text"]).toBe(book.identifier);
    expect(metadata["dc:language"]).toBe("en-GB");
    expect(metadata["dc:title"]).toBe("Learning Together");
    expect(metadata["dc:rights"]).toContain("CC BY 4.0");
    const meta = (property: string) =>
      (metadata.meta as { property: string; "#text": string }[])
        .filter((m) => m.property === property)
        .map((m) => m["#text"]);
    expect(meta("dcterms:modified")).toEqual(["2026-12-03T00:00:00Z"]);
    expect(meta("dcterms:conformsTo")).toEqual(["EPUB Accessibility 1.1 - WCAG 2.2 Level AA"]);
    expect(meta("schema:accessMode")).toEqual(["textual", "visual"]);
    expect(meta("schema:accessModeSufficient")).toContain("textual");
    expect(meta("schema:accessibilityFeature")).toEqual(
      expect.arrayContaining(["structuralNavigation", "tableOfContents", "alternativeText"]),
    );
    expect(meta("schema:accessibilityHazard")).toEqual(["none"]);
    expect(meta("schema:accessibilitySummary")[0]).toMatch(/no print page numbers/);
  });

  it("reads in order: cover, title page, contents, chapters, answers, glossary, references", () => {
    const spine = [...text("EPUB/package.opf").matchAll(/<itemref idref="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(spine).toEqual([
      "cover",
      "about",
      "nav",
      "chapter-one",
      "chapter-two",
      "answers",
      "glossary",
      "references",
    ]);
    const nav = text("EPUB/nav.xhtml");
    expect(nav).toContain('<nav epub:type="toc"');
    expect(nav).toContain('<a href="chapter-two.xhtml">2. Chapter two</a>');
    expect(nav).toMatch(
      /<nav epub:type="landmarks"[\s\S]*epub:type="bodymatter" href="chapter-one.xhtml"/,
    );
    expect(text("EPUB/cover.xhtml")).toContain('alt="Cover of Learning Together."');
  });

  it("gives each chapter one h1, then its outcomes, text, key points, prompts and quiz", () => {
    const chapter = text("EPUB/chapter-one.xhtml");
    expect(chapter.match(/<h1[ >]/g)).toHaveLength(1);
    expect(chapter).toContain('xml:lang="en-GB" lang="en-GB"');
    const order = [
      "Learning outcomes",
      "Read about",
      "Key points",
      "Reflect",
      "Check your understanding",
    ];
    const at = order.map((words) => chapter.indexOf(words));
    expect(at.every((n) => n > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(chapter).toContain('<h2 id="one-learning-outcomes">');
    expect(chapter).toContain('<h3 id="one-deeper">');
    expect(chapter).not.toMatch(
      /<script|<form|<button|<input|link-preview|tooltip|class="sr-only"|data-/,
    );
    // Every file parses as XML.
    for (const [path, content] of files) {
      if (path.endsWith(".xhtml") || path.endsWith(".opf"))
        expect(XMLValidator.validate(String(content)), path).toBe(true);
    }
  });

  it("points links inside the book, the site's other pages at its public address", () => {
    const chapter = text("EPUB/chapter-one.xhtml");
    expect(chapter).toContain('href="glossary.xhtml#mdt" epub:type="glossref">the team</a>');
    expect(chapter).toContain(
      'href="references.xhtml#ref-a" aria-label="Reference 1" epub:type="biblioref"',
    );
    expect(chapter).toContain('<a href="chapter-two.xhtml#two-roles">roles</a>');
    expect(chapter).toContain('<a href="https://example.org/lt/quiz/">quiz page</a>');
    expect(chapter).toContain('<a href="https://doi.org/10.1/x">a DOI</a>');
    expect(chapter).toContain('href="https://example.org/lt/chapters/one/#quiz"');
    const offline = epubChapterBody(guideHtml, { ...links, site: undefined }, "chapter-one.xhtml");
    expect(offline).toContain("the quiz page &#x26;");
    expect(offline).not.toContain("/lt/");
    expect(text("EPUB/chapter-two.xhtml")).not.toContain('<a href="http');
  });

  it("lists each question's options and links it to its answer, and the answer back", () => {
    const chapter = text("EPUB/chapter-one.xhtml");
    const answers = text("EPUB/answers.xhtml");
    for (const id of ["first", "second"]) {
      expect(chapter).toContain(`<li id="one-question-${id}">`);
      expect(chapter).toContain(`href="answers.xhtml#one-answer-${id}"`);
      expect(answers).toContain(`<li id="one-answer-${id}">`);
      expect(answers).toContain(`href="chapter-one.xhtml#one-question-${id}"`);
    }
    expect(chapter).toContain("Which is right, first &amp; &lt;why&gt;?");
    expect(chapter).toMatch(/<ul><li>(Right|Wrong) one<\/li><li>(Right|Wrong) one<\/li><\/ul>/);
    expect(answers).toContain("<dt>Wrong one</dt><dd>Not this.</dd>");
    expect(answers).toContain("<ol><li>a</li><li>b</li><li>c</li></ol>");
    expect(answers).toContain("<dd>Look again.</dd>");
  });

  it("writes the same bytes for the same book, mimetype first and stored", () => {
    const first = toEpub(book);
    expect(toEpub(book)).toEqual(first);
    expect(new TextDecoder().decode(first.slice(30, 38))).toBe("mimetype");
    // Local file header: compression method 0 (stored) at offset 8.
    expect(first[8]).toBe(0);
    expect(new TextDecoder().decode(first.slice(38, 58))).toBe("application/epub+zip");
    const unzipped = unzipSync(first);
    expect(Object.keys(unzipped)[0]).toBe("mimetype");
    expect(Object.keys(unzipped)).toContain("EPUB/glossary.xhtml");
  });
});
