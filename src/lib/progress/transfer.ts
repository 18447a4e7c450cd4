/**
 * Moving a reader's progress between browsers: one JSON file holding the store, read back
 * with every check the store itself makes, and merged into what a browser already has.
 *
 * The file: { "file": "learning-together-progress", "saved": "<ISO date>", "store": <the
 * store, version 3, as localStorage holds it (store.ts)> }.
 *
 * Merging keeps the most of both: for a question answered in both, the state with more
 * attempts (this browser's on a tie); chapters read in either; the chapter last opened here,
 * or else the file's; for a question in review in both, the one due sooner; every note,
 * and for a note in both, the one saved last.
 */
import {
  emptySaved,
  isNewerStore,
  parseSaved,
  serializeSaved,
  type Note,
  type Saved,
} from "./store.ts";

export const FILE_KIND = "learning-together-progress";

/** The text of a download of `saved`, made at `now`. */
export function progressFile(saved: Saved, now: number): string {
  const store = JSON.parse(serializeSaved(saved)) as unknown;
  return `${JSON.stringify({ file: FILE_KIND, saved: new Date(now).toISOString(), store }, null, 1)}\n`;
}

/** What reading a file gave: the store in it, or why it cannot be used. */
export type FileReading = { ok: true; saved: Saved } | { ok: false; message: string };

const NOTHING_CHANGED = "Nothing was changed.";

/** Reads a file a reader chose to restore from. */
export function readProgressFile(text: string): FileReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: `This file could not be read: it is not whole (cut short, or not a saved progress file at all). ${NOTHING_CHANGED}`,
    };
  }
  const record = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  if (record["file"] !== FILE_KIND || typeof record["store"] !== "object") {
    return {
      ok: false,
      message: `This is not a progress file from this site. Choose a file made with "Download your data". ${NOTHING_CHANGED}`,
    };
  }
  const store = JSON.stringify(record["store"]);
  if (isNewerStore(store)) {
    return {
      ok: false,
      message: `This file comes from a newer version of this site, which this copy cannot read. ${NOTHING_CHANGED}`,
    };
  }
  const saved = parseSaved(store);
  if (serializeSaved(saved) === serializeSaved(emptySaved())) {
    return { ok: false, message: `This file holds no progress to restore. ${NOTHING_CHANGED}` };
  }
  return { ok: true, saved };
}

/** How much a merge brought in. */
export interface MergeCounts {
  answers: number;
  read: number;
  review: number;
  notes: number;
}

/** `here` with `file` merged in (see the rules above), and what the file added. */
export function mergeSaved(here: Saved, file: Saved): { saved: Saved; added: MergeCounts } {
  const added: MergeCounts = { answers: 0, read: 0, review: 0, notes: 0 };
  const quizzes = structuredClone(here.quizzes);
  for (const [slug, questions] of Object.entries(file.quizzes)) {
    const mine = (quizzes[slug] ??= {});
    for (const [id, state] of Object.entries(questions)) {
      const current = mine[id];
      if (current && current.attempts >= state.attempts) continue;
      mine[id] = state;
      added.answers += 1;
    }
  }
  const read = [...here.read];
  for (const slug of file.read) {
    if (read.includes(slug)) continue;
    read.push(slug);
    added.read += 1;
  }
  const review = structuredClone(here.review);
  for (const [slug, questions] of Object.entries(file.review)) {
    const mine = (review[slug] ??= {});
    for (const [id, entry] of Object.entries(questions)) {
      const current = mine[id];
      if (current && current.due <= entry.due) continue;
      mine[id] = entry;
      added.review += 1;
    }
  }
  const notes: Note[] = here.notes.map((note) => {
    const theirs = file.notes.find((other) => other.id === note.id);
    return theirs && theirs.at > note.at ? theirs : note;
  });
  for (const note of file.notes) {
    if (notes.some((other) => other.id === note.id)) continue;
    notes.push(note);
    added.notes += 1;
  }
  return {
    saved: { quizzes, read, opened: here.opened ?? file.opened, review, notes },
    added,
  };
}
