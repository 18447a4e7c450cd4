/*
 * <notes-list> on /notes/: every highlight and note this browser keeps, by chapter in
 * reading order, each in the order of its chapter's text (src/lib/notes/listing.ts), read
 * from the chapter's page as the chapter reads it (notes-text.ts), so the offline copy
 * serves too. A note whose text has gone from its chapter is listed as detached; one whose
 * chapter is gone, under "Other notes". Each can be deleted, with an undo; the list prints
 * and downloads as Markdown (src/lib/notes/markdown.ts).
 */
import {
  dateText,
  notesByChapter,
  otherNotes,
  placeNotes,
  type ChapterRef,
  type ListedNote,
  type NotesSection,
} from "~/lib/notes/listing.ts";
import { tidy } from "~/lib/notes/anchor.ts";
import { notesMarkdown } from "~/lib/notes/markdown.ts";
import { href } from "~/lib/address/paths.ts";
import type { Note } from "~/lib/progress/store.ts";
import { announcer } from "./announce.ts";
import { fetchChapterLinks } from "./chapter-links.ts";
import { define } from "./define.ts";
import { joinText, textNodes } from "./notes-text.ts";
import { deleteNote, loadNotes, progressKept, progressNewer, saveNote } from "./progress-store.ts";
import { fileDate, saveFile } from "./save-file.ts";

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
const kind = (note: Note) => (note.text ? "note" : "highlight");
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Builds an element with classes and text. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text = "") {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}

/**
 * A chapter's text as notes read it, from its page (the offline copy when there is no
 * connection), or undefined when the page cannot be had.
 */
async function chapterText(chapter: ChapterRef): Promise<string | undefined> {
  try {
    const response = await fetch(chapter.href);
    if (!response.ok) return undefined;
    const doc = new DOMParser().parseFromString(await response.text(), "text/html");
    const root = doc.querySelector("[data-notes-root]");
    return root ? joinText(textNodes(root)) : undefined;
  } catch {
    return undefined;
  }
}

const DETACHED =
  "Detached. Its text is no longer in the chapter: the chapter has changed since you made it.";

class NotesList extends HTMLElement {
  #summary = this.querySelector<HTMLElement>("[data-summary]");
  #list = this.querySelector<HTMLElement>("[data-list]");
  #say = announcer(this.querySelector<HTMLElement>("[data-announce]"), 5000);
  #sections: NotesSection[] = [];

  async connectedCallback() {
    this.querySelector("[data-needs-script]")?.remove();
    const notes = loadNotes();
    if (notes.length === 0) {
      this.summarise();
      return;
    }
    this.show("Loading your notes…");
    let chapters = await fetchChapterLinks(this.dataset["src"]);
    // Without the list of chapters (offline, never saved), each chapter goes by its address.
    if (chapters.length === 0) {
      chapters = [...new Set(notes.map((note) => note.chapter))].map((slug) => ({
        slug,
        title: `The chapter at ${href(`/chapters/${slug}/`)}`,
        href: href(`/chapters/${slug}/`),
      }));
    }
    const grouped = notesByChapter(notes, chapters);
    const texts = await Promise.all(grouped.chapters.map(({ chapter }) => chapterText(chapter)));
    this.#sections = grouped.chapters.map(({ chapter, notes: own }, i) => ({
      title: chapter.title,
      href: chapter.href,
      notes: placeNotes(own, chapter, texts[i]),
    }));
    if (grouped.others.length > 0) this.#sections.push(otherNotes(grouped.others));
    this.#list?.replaceChildren(...this.#sections.map((section, i) => this.section(section, i)));
    const actions = this.querySelector<HTMLElement>("[data-actions]");
    if (actions) actions.hidden = false;
    this.querySelector("[data-print]")?.addEventListener("click", () => window.print());
    this.querySelector("[data-markdown]")?.addEventListener("click", () => this.download());
    this.summarise();
  }

  show(text: string) {
    if (this.#summary) this.#summary.textContent = text;
  }

  /** How many notes are kept, or how to make one when there are none. */
  summarise() {
    const notes = loadNotes();
    const written = notes.filter((note) => note.text).length;
    const chapters = new Set(notes.map((note) => note.chapter)).size;
    if (progressNewer()) {
      this.show(
        "This browser holds notes saved by a newer version of this site, which this page cannot read.",
      );
    } else if (!progressKept()) {
      this.show(
        "This browser is not letting the site keep anything, so notes you make will not be kept.",
      );
    } else if (notes.length === 0) {
      this.show(
        "You have no notes yet. To make one, select some text in a chapter, then choose to highlight it or add a note.",
      );
    } else {
      this.show(
        `${plural(written, "note")} and ${plural(notes.length - written, "highlight")}, in ${plural(chapters, "chapter")}.`,
      );
    }
  }

  /** A chapter's notes under its title (the `index`th chapter listed). */
  section({ title, href: chapterHref, notes }: NotesSection, index: number) {
    const section = make("section", "mt-10");
    const heading = make("h2", "text-2xl font-semibold", title);
    heading.id = `notes-in-${index}`;
    section.setAttribute("aria-labelledby", heading.id);
    section.append(heading);
    if (notes.some(({ place }) => place === "unchecked")) {
      section.append(
        make(
          "p",
          "mt-2",
          "This chapter could not be loaded, so these notes' places in it could not be checked: you may be offline. They are listed in the order you made them.",
        ),
      );
    }
    if (!chapterHref) {
      section.append(make("p", "mt-2", "These notes are from chapters this site no longer has."));
    }
    const list = make("ul", "mt-2");
    list.append(...notes.map((listed) => this.entry(listed)));
    section.append(list);
    return section;
  }

  /** One note: its quote, the reader's text, when it was saved, its link and Delete. */
  entry({ note, place, href: target }: ListedNote) {
    const item = make("li", "border-b border-line py-5");
    const quoteId = `note-quote-${note.id}`;
    const quote = make(
      "blockquote",
      "border-s-4 border-accent ps-4 italic",
      tidy(note.quote.exact),
    );
    quote.id = quoteId;
    item.append(quote);
    if (note.text) item.append(make("p", "mt-3 whitespace-pre-line break-words", note.text));
    if (place === "detached") item.append(make("p", "mt-3 font-semibold", DETACHED));
    const saved = make("p", "mt-2 text-sm text-muted", `${capital(kind(note))} saved on `);
    const time = make("time", "", dateText(note.at));
    time.dateTime = new Date(note.at).toISOString();
    saved.append(time);
    item.append(saved);
    const controls = make("p", "mt-2 flex flex-wrap items-center gap-x-6 gap-y-2");
    if (target) {
      const link = make(
        "a",
        // Inline on paper, so the address printed after it keeps its space.
        "inline-flex min-h-11 items-center print:inline",
        place === "detached" ? "Go to the chapter" : `Go to this ${kind(note)} in the chapter`,
      );
      // A full address, which a printed page shows after the link (global.css).
      link.href = new URL(target, document.baseURI).href;
      link.setAttribute("aria-describedby", quoteId);
      controls.append(link);
    }
    const remove = make("button", "button no-print", `Delete this ${kind(note)}`);
    remove.type = "button";
    remove.setAttribute("aria-describedby", quoteId);
    remove.addEventListener("click", () => this.deleteEntry(item, note, remove));
    controls.append(remove);
    item.append(controls);
    return item;
  }

  /** Deletes a note, leaving "deleted" and an Undo in its place, which takes focus. */
  deleteEntry(item: HTMLElement, note: Note, button: HTMLButtonElement) {
    const gone = deleteNote(note.id) ?? note;
    const entry = [...item.childNodes];
    const done = make("p", "font-semibold", `${capital(kind(note))} deleted.`);
    const undo = make("button", "button no-print mt-2", "Undo");
    undo.type = "button";
    undo.addEventListener("click", () => {
      saveNote(gone);
      item.replaceChildren(...entry);
      item.classList.remove("no-print");
      button.focus();
      this.#say(`${capital(kind(note))} restored.`);
      this.summarise();
    });
    item.replaceChildren(done, undo);
    // Nothing of a deleted note is printed.
    item.classList.add("no-print");
    undo.focus();
    this.#say(`${capital(kind(note))} deleted.`);
    this.summarise();
  }

  /** The notes still kept, as a Markdown file. */
  download() {
    const kept = new Set(loadNotes().map((note) => note.id));
    const sections = this.#sections.map((section) => ({
      ...section,
      notes: section.notes.filter(({ note }) => kept.has(note.id)),
    }));
    const now = Date.now();
    const name = `learning-together-notes-${fileDate(now)}.md`;
    saveFile(name, notesMarkdown(sections, { made: now, base: document.baseURI }), "text/markdown");
    this.#say(`Downloaded ${name}.`);
  }
}
define("notes-list", NotesList);
