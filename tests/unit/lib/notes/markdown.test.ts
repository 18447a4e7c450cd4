import type { Blockquote, Heading, Link, Paragraph, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import type { ListedNote, NotesSection } from "~/lib/notes/listing.ts";
import { escapeLine, notesMarkdown } from "~/lib/notes/markdown.ts";
import type { Note } from "~/lib/progress/store.ts";

const NOON_5_MARCH = Date.UTC(2026, 2, 5, 12);
const OPTIONS = {
  made: Date.UTC(2026, 2, 7, 12),
  base: "https://example.org/ipl/notes/",
  timeZone: "UTC",
};

const note = (id: string, exact: string, text = "", at = NOON_5_MARCH): Note => ({
  id,
  chapter: "benefits",
  quote: { exact, prefix: "", suffix: "" },
  text,
  at,
});

/** The file of one chapter, `title`, with one note. */
const fileOf = (title: string, listed: ListedNote) =>
  notesMarkdown([{ title, href: "/c/", notes: [listed] }], OPTIONS);
/** The file read back by a CommonMark parser, as a reader's Markdown viewer would. */
const parse = (markdown: string) => unified().use(remarkParse).parse(markdown) as Root;
const ofType = <T extends RootContent>(tree: Root, type: T["type"]) =>
  tree.children.filter((node): node is T => node.type === type);
const links = (tree: Root) =>
  ofType<Paragraph>(tree, "paragraph").flatMap((p) =>
    p.children.filter((node): node is Link => node.type === "link"),
  );

describe("notes as Markdown", () => {
  const sections: NotesSection[] = [
    {
      title: "Why learning from specialists works",
      href: "/ipl/chapters/benefits/",
      notes: [
        {
          note: note("a1", "Specialists know\n  their skills well.", "Ask the HCA.\nThen try it."),
          place: "found",
          href: "/ipl/chapters/benefits/#note-a1",
        },
        {
          note: note("b2", "A sentence since rewritten."),
          place: "detached",
          href: "/ipl/chapters/benefits/",
        },
      ],
    },
    {
      title: "Other notes",
      href: undefined,
      notes: [
        {
          note: note("c3", "From a chapter now gone.", "Still mine."),
          place: "gone",
          href: undefined,
        },
      ],
    },
  ];
  const markdown = notesMarkdown(sections, OPTIONS);
  const tree = parse(markdown);

  it("has a title, the date, and each chapter under its title", () => {
    const headings = ofType<Heading>(tree, "heading");
    expect(headings.map((h) => [h.depth, toString(h)])).toEqual([
      [1, "Your notes from Learning Together"],
      [2, "Why learning from specialists works"],
      [2, "Other notes"],
    ]);
    expect(markdown).toContain("Saved on 7 March 2026.");
  });

  it("gives each note its quote, the reader's text with its line breaks, and when it was saved", () => {
    expect(ofType<Blockquote>(tree, "blockquote").map((q) => toString(q))).toEqual([
      "Specialists know their skills well.",
      "A sentence since rewritten.",
      "From a chapter now gone.",
    ]);
    const paragraph = ofType<Paragraph>(tree, "paragraph").find((p) =>
      toString(p).startsWith("Ask"),
    );
    expect(paragraph?.children.map((node) => node.type)).toEqual(["text", "break", "text"]);
    expect(markdown).toContain("Note saved on 5 March 2026.");
    expect(markdown).toContain("Highlight saved on 5 March 2026.");
  });

  it("links each note to its place by its full address, a detached one to its chapter", () => {
    expect(links(tree).map((link) => [toString(link), link.url])).toEqual([
      ["Go to this note in the chapter", "https://example.org/ipl/chapters/benefits/#note-a1"],
      ["Go to the chapter", "https://example.org/ipl/chapters/benefits/"],
    ]);
    expect(markdown).toContain("_Detached: its text is no longer in the chapter");
    expect(markdown).toContain("_Its chapter is no longer on the site._");
  });

  it("says a note's place could not be checked when its chapter could not be read", () => {
    const unchecked = fileOf("A chapter", {
      note: note("a1", "Quoted."),
      place: "unchecked",
      href: "/ipl/#note-a1",
    });
    expect(unchecked).toContain("_Its place in the chapter could not be checked._");
  });

  it("leaves out chapters whose notes were all deleted", () => {
    const none = notesMarkdown([{ title: "Empty", href: "/x/", notes: [] }], OPTIONS);
    expect(parse(none).children.map((node) => node.type)).toEqual(["heading", "paragraph"]);
  });
});

describe("what would break Markdown is shown as written", () => {
  const awkward = [
    "# Not a heading",
    "> not a quote",
    "- not a list",
    "+ nor this",
    "* nor this",
    "1. not numbered",
    "2) nor this",
    "---",
    "===",
    "```",
    "~~~",
    "<div>not HTML</div>",
    "[not a link](https://example.org)",
    "![not an image](x.png)",
    "*not emphasis* and _nor this_ and **nor this**",
    "`not code`",
    "a | b | c",
    "~~not struck~~",
    "&amp; stays &amp;",
    "C:\\path\\to",
    "Ends with closing hashes ##",
    "    indented",
  ];
  for (const line of awkward) {
    it(`as a quote: ${line}`, () => {
      const tree = parse(`> ${escapeLine(line)}`);
      expect(tree.children.map((node) => node.type)).toEqual(["blockquote"]);
      expect(toString(tree)).toBe(line.trim());
      expect(JSON.stringify(tree)).not.toMatch(
        /"type":"(link|image|emphasis|strong|inlineCode|html|delete)"/,
      );
    });
    it(`as a note: ${line}`, () => {
      const file = fileOf(line, {
        note: note("n1", line, line),
        place: "found",
        href: "/c/#note-n1",
      });
      const tree = parse(file);
      expect(tree.children.map((node) => node.type)).toEqual([
        "heading",
        "paragraph",
        "heading",
        "blockquote",
        "paragraph",
        "paragraph",
      ]);
      const [, , heading, quote, text] = tree.children;
      expect([heading, quote, text].map((node) => (node ? toString(node) : ""))).toEqual([
        line.trim(),
        line.trim(),
        line.trim(),
      ]);
      expect(links(tree).map((link) => link.url)).toEqual(["https://example.org/c/#note-n1"]);
    });
  }

  it("keeps a link whole when its address holds brackets, parentheses or spaces", () => {
    const file = fileOf("A (bracketed] title", {
      note: note("n1", "quote"),
      place: "found",
      href: "/c (1)/a]b/#note-n1",
    });
    expect(links(parse(file)).map((link) => link.url)).toEqual([
      "https://example.org/c%20(1)/a]b/#note-n1",
    ]);
  });
});
