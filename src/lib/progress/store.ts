import type { QuestionState } from "../quiz/engine.ts";

/**
 * What the browser keeps of a reader's progress, under one localStorage key: their quiz
 * answers, the chapters they have read to the end, the chapter they last opened, the
 * questions due for review, and their highlights and notes.
 *
 * Shape, version 3 (fields after "read" are left out when empty, which keeps a SCORM
 * package's suspend_data, written in this shape, small):
 *   { "v": 3,
 *     "quizzes": { "<chapter-slug>": { "<question-id>": {
 *       "a": attempts (whole number >= 0), "c": correct (boolean),
 *       "r": revealed (boolean), "s": last response (list of whole numbers >= 0) } } },
 *     "read": [ "<chapter-slug>", ... ]            in the order they were finished
 *     "opened": "<chapter-slug>"                   the chapter last opened
 *     "review": { "<chapter-slug>": { "<question-id>": {
 *       "b": Leitner box (1 to REVIEW_BOXES), "d": when it is due (ms since 1970) } } },
 *     "notes": [ { "id": "<id>", "ch": "<chapter-slug>",
 *       "q": quoted text, "pre": text just before it, "suf": text just after it,
 *       "t": the note ("" for a highlight alone), "at": when saved (ms since 1970) } ] }
 *
 * Version 1 had answers only; version 2 added "read". Both are read as version 3 with
 * every answer and read mark kept, and written back as version 3. A store from a newer
 * version is not read and never overwritten (storedVersion, isNewerStore): this copy of
 * the site is older than the one that wrote it. Anything else (a foreign shape, broken
 * JSON) is discarded on load, and so is any single entry that does not fit. Bump the
 * version when the shape changes, and read the old one here.
 */
export const PROGRESS_KEY = "ipc-progress";
export const PROGRESS_VERSION = 3;
/** The versions this code reads. */
const READABLE = new Set([1, 2, PROGRESS_VERSION]);

/**
 * The storage key for a copy of the site served from `base`. Copies on one origin (two
 * GitHub Pages project sites) share localStorage, so each keeps its own key; at the root
 * the key is the original one, so no reader loses what they saved.
 */
export function progressKey(base: string): string {
  return base === "/" ? PROGRESS_KEY : `${PROGRESS_KEY}:${base}`;
}

/** Every quiz's question states, by chapter slug then question id. */
export type Progress = Record<string, Record<string, QuestionState>>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Guards against absurd sizes in tampered data. */
const MAX_RESPONSE = 20;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isIndex = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < 100;

/** One saved question state, or undefined when it does not fit the shape. */
function parseState(value: unknown): QuestionState | undefined {
  if (!isRecord(value)) return undefined;
  const { a, c, r, s } = value;
  if (!Number.isInteger(a) || (a as number) < 0 || (a as number) > 1e6) return undefined;
  if (typeof c !== "boolean" || typeof r !== "boolean") return undefined;
  if (!Array.isArray(s) || s.length > MAX_RESPONSE || !s.every(isIndex)) return undefined;
  return { attempts: a as number, correct: c, revealed: r, response: [...s] };
}

/** A question waiting for review: its Leitner box and when it is next due. */
export interface ReviewEntry {
  /** 1 for the first box (due a day after a miss), up to REVIEW_BOXES. */
  box: number;
  /** When it is due, in milliseconds since 1970. */
  due: number;
}

/** Questions waiting for review, by chapter slug then question id. */
export type Review = Record<string, Record<string, ReviewEntry>>;

/**
 * A highlight, with a note or without one. It is anchored by the text it covers with a
 * little context either side, as a W3C Web Annotation TextQuoteSelector is (exact, prefix,
 * suffix), so it finds its place again after the chapter around it is edited.
 */
export interface Note {
  id: string;
  chapter: string;
  quote: { exact: string; prefix: string; suffix: string };
  /** The note's text; empty for a highlight alone. */
  text: string;
  /** When it was last saved, in milliseconds since 1970. */
  at: number;
}

/** Everything saved. */
export interface Saved {
  quizzes: Progress;
  /** The chapters read to the end, in the order they were finished. */
  read: string[];
  /** The chapter last opened, if any. */
  opened?: string | undefined;
  review: Review;
  notes: Note[];
}

/** Boxes a question climbs through before it leaves review. */
export const REVIEW_BOXES = 4;
/** The most highlights kept, and the longest quote and note: far past any real use. */
export const MAX_NOTES = 2000;
export const MAX_QUOTE = 2000;
export const MAX_NOTE_TEXT = 10_000;
/** Guards against absurd sizes in tampered data. */
const MAX_CONTEXT = 64;
const NOTE_ID = /^[a-z0-9-]{1,40}$/;
/** 1 January 2100: later times are tampering, not a due date. */
const LATEST = 4_102_444_800_000;

/** Nothing saved yet. */
export function emptySaved(): Saved {
  return { quizzes: {}, read: [], review: {}, notes: [] };
}

/**
 * The version a stored text says it is, or undefined when it is not a store of this site
 * (broken JSON, a foreign shape).
 */
export function storedVersion(raw: string | null | undefined): number | undefined {
  if (!raw) return undefined;
  try {
    const data: unknown = JSON.parse(raw);
    if (!isRecord(data) || !isRecord(data["quizzes"])) return undefined;
    const version = data["v"];
    return Number.isInteger(version) ? (version as number) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a stored text comes from a newer version of the site: read it not, keep it. */
export function isNewerStore(raw: string | null | undefined): boolean {
  return (storedVersion(raw) ?? 0) > PROGRESS_VERSION;
}

const isTime = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= LATEST;

const isText = (value: unknown, max: number): value is string =>
  typeof value === "string" && value.length <= max;

function parseReview(value: unknown): Review {
  const review: Review = {};
  if (!isRecord(value)) return review;
  for (const [slug, questions] of Object.entries(value)) {
    if (!SLUG.test(slug) || !isRecord(questions)) continue;
    const kept: Record<string, ReviewEntry> = {};
    for (const [id, entry] of Object.entries(questions)) {
      if (!SLUG.test(id) || !isRecord(entry)) continue;
      const { b, d } = entry;
      if (!Number.isInteger(b) || (b as number) < 1 || (b as number) > REVIEW_BOXES) continue;
      if (!isTime(d)) continue;
      kept[id] = { box: b as number, due: d };
    }
    if (Object.keys(kept).length > 0) review[slug] = kept;
  }
  return review;
}

function parseNote(value: unknown): Note | undefined {
  if (!isRecord(value)) return undefined;
  const { id, ch, q, pre, suf, t, at } = value;
  if (typeof id !== "string" || !NOTE_ID.test(id)) return undefined;
  if (typeof ch !== "string" || !SLUG.test(ch)) return undefined;
  if (!isText(q, MAX_QUOTE) || q.trim() === "") return undefined;
  if (!isText(pre, MAX_CONTEXT) || !isText(suf, MAX_CONTEXT)) return undefined;
  if (!isText(t, MAX_NOTE_TEXT) || !isTime(at)) return undefined;
  return { id, chapter: ch, quote: { exact: q, prefix: pre, suffix: suf }, text: t, at };
}

function parseNotes(value: unknown): Note[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  // Past the limit, the first ones are kept: a reader never loses every note to one too many.
  return value.slice(0, MAX_NOTES).flatMap((entry) => {
    const note = parseNote(entry);
    if (!note || seen.has(note.id)) return [];
    seen.add(note.id);
    return [note];
  });
}

/** Guards against absurd sizes in tampered data: far more chapters than the site will have. */
const MAX_READ = 200;

/** Reads what was saved from its stored text, keeping only what fits the current shape. */
export function parseSaved(raw: string | null | undefined): Saved {
  const saved = emptySaved();
  if (!raw) return saved;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return saved;
  }
  if (!isRecord(data) || !isRecord(data["quizzes"])) return saved;
  if (!READABLE.has(data["v"] as number)) return saved;
  for (const [slug, questions] of Object.entries(data["quizzes"])) {
    if (!SLUG.test(slug) || !isRecord(questions)) continue;
    const kept: Record<string, QuestionState> = {};
    for (const [id, value] of Object.entries(questions)) {
      const state = SLUG.test(id) ? parseState(value) : undefined;
      if (state) kept[id] = state;
    }
    if (Object.keys(kept).length > 0) saved.quizzes[slug] = kept;
  }
  const read = data["read"];
  if (Array.isArray(read) && read.length <= MAX_READ) {
    saved.read = [
      ...new Set(
        read.filter((slug): slug is string => typeof slug === "string" && SLUG.test(slug)),
      ),
    ];
  }
  const opened = data["opened"];
  if (typeof opened === "string" && SLUG.test(opened)) saved.opened = opened;
  saved.review = parseReview(data["review"]);
  saved.notes = parseNotes(data["notes"]);
  return saved;
}

/** Whether there is nothing to keep. */
export const isEmpty = (saved: Saved) =>
  saved.read.length === 0 &&
  Object.keys(saved.quizzes).length === 0 &&
  saved.opened === undefined &&
  Object.keys(saved.review).length === 0 &&
  saved.notes.length === 0;

/** The text to store. */
export function serializeSaved(saved: Saved): string {
  const quizzes: Record<
    string,
    Record<string, { a: number; c: boolean; r: boolean; s: number[] }>
  > = {};
  for (const [slug, questions] of Object.entries(saved.quizzes)) {
    const entries = Object.entries(questions);
    if (entries.length === 0) continue;
    quizzes[slug] = Object.fromEntries(
      entries.map(([id, st]) => [
        id,
        { a: st.attempts, c: st.correct, r: st.revealed, s: st.response },
      ]),
    );
  }
  const review = Object.fromEntries(
    Object.entries(saved.review ?? {})
      .filter(([, questions]) => Object.keys(questions).length > 0)
      .map(([slug, questions]) => [
        slug,
        Object.fromEntries(
          Object.entries(questions).map(([id, entry]) => [id, { b: entry.box, d: entry.due }]),
        ),
      ]),
  );
  const notes = (saved.notes ?? []).map((note) => ({
    id: note.id,
    ch: note.chapter,
    q: note.quote.exact,
    pre: note.quote.prefix,
    suf: note.quote.suffix,
    t: note.text,
    at: note.at,
  }));
  return JSON.stringify({
    v: PROGRESS_VERSION,
    quizzes,
    read: saved.read,
    ...(saved.opened ? { opened: saved.opened } : {}),
    ...(Object.keys(review).length > 0 ? { review } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  });
}
