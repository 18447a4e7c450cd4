import { describe, expect, it } from "vitest";
import { describeQuote } from "~/lib/notes/anchor.ts";
import { notesByChapter, otherNotes, placeNotes } from "~/lib/notes/listing.ts";
import type { Note } from "~/lib/progress/store.ts";

const TEXT =
  "Specialists know their skills well. Feedback from them is practical. " +
  "Students learn the small steps that textbooks leave out.";
const CHAPTER = {
  slug: "benefits",
  title: "Why learning from specialists works",
  href: "/chapters/benefits/",
};

/** A note on `words` of TEXT (or on words not in it), saved at `at`. */
function noteOn(id: string, words: string, at: number, chapter = "benefits"): Note {
  const start = TEXT.indexOf(words);
  const quote =
    start === -1
      ? { exact: words, prefix: "", suffix: "" }
      : describeQuote(TEXT, { start, end: start + words.length });
  return { id, chapter, quote, text: "", at };
}

describe("a chapter's notes, in order", () => {
  const notes = [
    noteOn("late", "small steps", 1),
    noteOn("gone", "a sentence since cut", 2),
    noteOn("early", "know their skills", 3),
    noteOn("gone-first", "another cut sentence", 0),
  ];

  it("lists found notes in the order of the text, then detached ones by time", () => {
    expect(
      placeNotes(notes, CHAPTER, TEXT).map(({ note, place, href }) => [note.id, place, href]),
    ).toEqual([
      ["early", "found", "/chapters/benefits/#note-early"],
      ["late", "found", "/chapters/benefits/#note-late"],
      ["gone-first", "detached", "/chapters/benefits/"],
      ["gone", "detached", "/chapters/benefits/"],
    ]);
  });

  it("lists them by time saved, unchecked, when the chapter could not be read", () => {
    expect(
      placeNotes(notes, CHAPTER, undefined).map(({ note, place }) => [note.id, place]),
    ).toEqual([
      ["gone-first", "unchecked"],
      ["late", "unchecked"],
      ["gone", "unchecked"],
      ["early", "unchecked"],
    ]);
  });
});

describe("notes by chapter", () => {
  it("puts chapters in reading order and notes of chapters the site no longer has aside", () => {
    const chapters = [
      { slug: "first", title: "First", href: "/chapters/first/" },
      CHAPTER,
      { slug: "empty", title: "Empty", href: "/chapters/empty/" },
    ];
    const notes = [
      noteOn("b", "small steps", 1),
      noteOn("x2", "old", 5, "retired"),
      noteOn("f", "x", 2, "first"),
      noteOn("x1", "older", 4, "retired"),
    ];
    const grouped = notesByChapter(notes, chapters);
    expect(
      grouped.chapters.map(({ chapter, notes: own }) => [chapter.slug, own.map((n) => n.id)]),
    ).toEqual([
      ["first", ["f"]],
      ["benefits", ["b"]],
    ]);
    expect(grouped.others.map((n) => n.id)).toEqual(["x1", "x2"]);
    expect(otherNotes(grouped.others)).toMatchObject({
      title: "Other notes",
      href: undefined,
      notes: [
        { place: "gone", href: undefined },
        { place: "gone", href: undefined },
      ],
    });
  });
});
