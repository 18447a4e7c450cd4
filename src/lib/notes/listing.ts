import type { Note } from "../progress/store.ts";
import { locateQuote } from "./anchor.ts";

/**
 * A reader's notes as /notes/ lists them and its Markdown download writes them: by chapter
 * in reading order, each chapter's notes in the order of its text, and those whose chapter
 * the site no longer has last. Plain functions, so the page and the file agree.
 */

/** A chapter as the site lists it (/chapters.json). */
export interface ChapterRef {
  slug: string;
  title: string;
  href: string;
}

/**
 * Where a note stands in its chapter as the chapter reads now: its text is there
 * ("found"), gone ("detached"), or the chapter could not be read to check ("unchecked").
 * "gone" is a note whose chapter the site no longer has.
 */
export type Place = "found" | "detached" | "unchecked" | "gone";

/** One note in the listing, with the address it leads to (none when its chapter is gone). */
export interface ListedNote {
  note: Note;
  place: Place;
  href: string | undefined;
}

/** A chapter's notes under its title, or the notes of chapters the site no longer has. */
export interface NotesSection {
  title: string;
  /** The chapter's address; undefined for notes of chapters the site no longer has. */
  href: string | undefined;
  notes: ListedNote[];
}

/** The heading of the notes whose chapter the site no longer has. */
export const OTHER_NOTES = "Other notes";

/** The address of a note's place in its chapter: the chapter page focuses it. */
export const noteHref = (chapterHref: string, id: string) => `${chapterHref}#note-${id}`;

const byTime = (a: Note, b: Note) => a.at - b.at;

/**
 * A chapter's notes in order, given the chapter's text as notes read it (notes-text.ts), or
 * undefined when it could not be had: those found in the order of the text, then the
 * detached ones, then (without the text) all of them by the time they were saved.
 */
export function placeNotes(
  notes: readonly Note[],
  chapter: ChapterRef,
  text: string | undefined,
): ListedNote[] {
  if (text === undefined) {
    return [...notes]
      .sort(byTime)
      .map((note) => ({ note, place: "unchecked", href: noteHref(chapter.href, note.id) }));
  }
  const located = notes.map((note) => ({ note, span: locateQuote(text, note.quote) }));
  const found = located
    .flatMap(({ note, span }) => (span ? [{ note, start: span.start }] : []))
    .sort((a, b) => a.start - b.start || byTime(a.note, b.note))
    .map(({ note }): ListedNote => ({
      note,
      place: "found",
      href: noteHref(chapter.href, note.id),
    }));
  const detached = located
    .flatMap(({ note, span }) => (span ? [] : [note]))
    .sort(byTime)
    .map((note): ListedNote => ({ note, place: "detached", href: chapter.href }));
  return [...found, ...detached];
}

/**
 * The chapters that have notes, in reading order, each with its notes (in the order kept),
 * and the notes of chapters not in `chapters`, by the time they were saved.
 */
export function notesByChapter(
  notes: readonly Note[],
  chapters: readonly ChapterRef[],
): { chapters: { chapter: ChapterRef; notes: Note[] }[]; others: Note[] } {
  const known = new Set(chapters.map((chapter) => chapter.slug));
  return {
    chapters: chapters.flatMap((chapter) => {
      const own = notes.filter((note) => note.chapter === chapter.slug);
      return own.length > 0 ? [{ chapter, notes: own }] : [];
    }),
    others: notes.filter((note) => !known.has(note.chapter)).sort(byTime),
  };
}

/** The section of notes whose chapter the site no longer has, listed without a link. */
export function otherNotes(notes: readonly Note[]): NotesSection {
  return {
    title: OTHER_NOTES,
    href: undefined,
    notes: notes.map((note) => ({ note, place: "gone", href: undefined })),
  };
}

/** A date as the site writes it: "5 March 2026" (in `timeZone`, the reader's by default). */
export const dateText = (time: number, timeZone?: string) =>
  new Intl.DateTimeFormat("en-GB", {
    dateStyle: "long",
    ...(timeZone ? { timeZone } : {}),
  }).format(time);
