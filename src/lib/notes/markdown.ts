import { tidy } from "./anchor.ts";
import { dateText, type NotesSection } from "./listing.ts";

/**
 * A reader's notes as a Markdown file, the /notes/ page's "Download as Markdown": a title and
 * the date, then each chapter under its title, each note as its quote, the reader's text with
 * their line breaks, and the full address of its place. What the reader or the chapter wrote
 * is escaped, so a quote that starts with "#" or holds "]" stays text in any CommonMark reader.
 */

/** Characters with a meaning anywhere in a line (GitHub's "~" and "|" included). */
const INLINE = /[\\`*_[\]<>~|]/g;
/** What makes a line a heading, quote, list item, rule or fence when it starts with it. */
const LINE_START = /^(#|=|-|\+|\d+(?=[.)]))/;

/** One line of text as Markdown that shows it as written. */
export function escapeLine(line: string): string {
  const text = line
    .trim()
    .replace(INLINE, "\\$&")
    // "&amp;" would show as "&": only an entity-like "&" needs it.
    .replace(/&(?=#?\w+;)/g, "\\&")
    // A heading's closing "#"s would be dropped.
    .replace(/(\s)(#+)$/, "$1\\$2");
  return text.replace(LINE_START, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}

/** An address as a link destination: in <>, so ")" and spaces cannot end it. */
const destination = (address: string) => `<${address.replace(/[<>\s]/g, encodeURIComponent)}>`;

/**
 * The reader's text as Markdown paragraphs: each line break kept (a hard break, "\" at the
 * end of the line), blank lines between paragraphs.
 */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split("\n")
        .map(escapeLine)
        .filter((line) => line !== "")
        .join("\\\n"),
    )
    .filter((block) => block !== "");
}

/** What the file says of a note's place, and the words of its link. */
const PLACE_WORDS = {
  found: { said: "", link: "Go to this note in the chapter" },
  detached: {
    said: "_Detached: its text is no longer in the chapter, which has changed since you made it._",
    link: "Go to the chapter",
  },
  unchecked: {
    said: "_Its place in the chapter could not be checked._",
    link: "Go to this note in the chapter",
  },
  gone: { said: "_Its chapter is no longer on the site._", link: "" },
} as const;

export interface MarkdownOptions {
  /** When the file is made, in milliseconds since 1970. */
  made: number;
  /** The page's own address, which the notes' addresses are resolved against. */
  base: string;
  /** For dates; the reader's own time zone when left out. */
  timeZone?: string | undefined;
}

/** The notes of `sections` as one Markdown document. */
export function notesMarkdown(
  sections: readonly NotesSection[],
  { made, base, timeZone }: MarkdownOptions,
): string {
  const blocks = ["# Your notes from Learning Together", `Saved on ${dateText(made, timeZone)}.`];
  for (const section of sections) {
    if (section.notes.length === 0) continue;
    blocks.push(`## ${escapeLine(section.title)}`);
    for (const { note, place, href } of section.notes) {
      const words = PLACE_WORDS[place];
      // On one line, as the page shows it: white space in a chapter's text is layout.
      blocks.push(`> ${escapeLine(tidy(note.quote.exact))}`);
      blocks.push(...paragraphs(note.text));
      if (words.said) blocks.push(words.said);
      const saved = `${note.text ? "Note" : "Highlight"} saved on ${dateText(note.at, timeZone)}.`;
      blocks.push(
        href && words.link
          ? `${saved} [${words.link}](${destination(new URL(href, base).href)})`
          : saved,
      );
    }
  }
  return `${blocks.join("\n\n")}\n`;
}
