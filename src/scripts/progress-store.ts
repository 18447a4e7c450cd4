import {
  emptySaved,
  isEmpty,
  isNewerStore,
  parseSaved,
  progressKey,
  serializeSaved,
  type Note,
  type Progress,
  type Review,
  type ReviewEntry,
  type Saved,
} from "~/lib/progress/store.ts";
import type { QuestionState } from "~/lib/quiz/engine.ts";
import { afterQuizAnswer, afterReview } from "~/lib/progress/review.ts";
import { basePath } from "~/lib/address/paths.ts";

/** This copy of the site's key: see progressKey(). */
const KEY = progressKey(basePath());

/**
 * The one place the browser keeps a reader's progress: quiz answers, chapters opened and
 * read, questions due for review, highlights and notes (shape and version:
 * src/lib/progress/store.ts). Storage that is blocked, full or holds
 * something else never breaks a quiz: bad data is dropped on load, and when nothing can
 * be saved the quiz works for this page only.
 */
let memory: Saved | undefined;
/**
 * False once storage has refused a read or a write: from then on, this page's copy is the
 * only one, and it is kept rather than read afresh.
 */
let durable = true;
/** True when storage holds a newer version's store, which this page must not overwrite. */
let newer = false;

/** Fired on document whenever a quiz's progress changes, for overall scores. */
export const PROGRESS_EVENT = "quiz-progress";

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Everything saved, validated. Anything that did not fit, or an older shape, is rewritten. */
function load(): Saved {
  if (memory) return memory;
  let raw: string | null = null;
  try {
    const store = storage();
    if (!store) durable = false;
    raw = store?.getItem(KEY) ?? null;
  } catch {
    raw = null;
    durable = false;
  }
  if (isNewerStore(raw)) {
    // Written by a newer copy of the site: this visit works without it and leaves it be.
    durable = false;
    newer = true;
    memory = parseSaved(null);
    return memory;
  }
  memory = parseSaved(raw);
  if (raw !== null && raw !== serializeSaved(memory)) persist();
  return memory;
}

function persist(): void {
  if (newer) return;
  try {
    const store = storage();
    if (!store) durable = false;
    if (!store || !memory) return;
    if (isEmpty(memory)) store.removeItem(KEY);
    else store.setItem(KEY, serializeSaved(memory));
  } catch {
    // Full or blocked: progress lasts until the page is left.
    durable = false;
  }
}

/**
 * Whether progress outlasts this page: false when the browser refuses storage (blocked, as
 * some do inside another site's frame, or full).
 */
export function progressKept(): boolean {
  load();
  return durable;
}

/**
 * Whether storage holds progress saved by a newer version of the site, which this page
 * neither reads nor overwrites (so, too, progressKept() is false).
 */
export function progressNewer(): boolean {
  load();
  return newer;
}

/** Every quiz's saved answers. */
export function loadProgress(): Progress {
  return load().quizzes;
}

/**
 * What is stored now, read afresh before a change: another tab may have saved since this
 * page loaded, and writing this page's older copy back would lose what it saved.
 */
function fresh(): Saved {
  if (durable) memory = undefined;
  return load();
}

/**
 * Saves one question's state, and after an answer checked or shown, its place in review: a
 * miss comes back a day later (src/lib/progress/review.ts).
 */
export function saveQuestion(quiz: string, question: string, state: QuestionState): void {
  const saved = fresh();
  saved.quizzes[quiz] = { ...saved.quizzes[quiz], [question]: state };
  if (state.response.length > 0 || state.revealed) {
    setEntry(
      saved,
      quiz,
      question,
      afterQuizAnswer(saved.review[quiz]?.[question], state, Date.now()),
    );
  }
  persist();
}

/** Puts a question's review entry in `saved`, or takes it out. */
function setEntry(
  saved: Saved,
  chapter: string,
  question: string,
  entry: ReviewEntry | undefined,
): void {
  const questions = Object.fromEntries(
    Object.entries(saved.review[chapter] ?? {}).filter(([id]) => id !== question),
  );
  if (entry) questions[question] = entry;
  saved.review = Object.fromEntries([
    ...Object.entries(saved.review).filter(([slug]) => slug !== chapter),
    ...(Object.keys(questions).length > 0 ? [[chapter, questions] as const] : []),
  ]);
}

/** Takes a question out of review: its chapter no longer has it. */
export function forgetReview(chapter: string, question: string): void {
  const saved = fresh();
  setEntry(saved, chapter, question, undefined);
  persist();
}

/** The questions waiting for review. */
export function loadReview(): Review {
  return load().review;
}

/** Records an answer given in review: right climbs a box, wrong goes back to the first. */
export function saveReviewAnswer(
  chapter: string,
  question: string,
  right: boolean,
): ReviewEntry | undefined {
  const saved = fresh();
  const entry = afterReview(saved.review[chapter]?.[question], right, Date.now());
  setEntry(saved, chapter, question, entry);
  persist();
  return entry;
}

/** Forgets a whole quiz ("Start over"). */
export function clearQuiz(quiz: string): void {
  const saved = fresh();
  saved.quizzes = Object.fromEntries(
    Object.entries(saved.quizzes).filter(([name]) => name !== quiz),
  );
  persist();
}

/** The chapters read to the end, by slug, in the order they were finished. */
export function loadRead(): string[] {
  return load().read;
}

/** The chapter last opened, if any. */
export function loadOpened(): string | undefined {
  return load().opened;
}

/** Notes that a chapter has been opened: "Continue" leads back to it until it is read. */
export function markOpened(chapter: string): void {
  const saved = fresh();
  if (saved.opened === chapter) return;
  saved.opened = chapter;
  persist();
}

/** Notes that a chapter has been read to the end. */
export function markRead(chapter: string): void {
  const saved = fresh();
  if (saved.read.includes(chapter)) return;
  saved.read = [...saved.read, chapter];
  persist();
}

/** Every highlight and note kept, in any chapter. */
export function loadNotes(): Note[] {
  return structuredClone(load().notes);
}

/** Keeps a highlight or note, new or changed (by its id). */
export function saveNote(note: Note): void {
  const saved = fresh();
  saved.notes = [...saved.notes.filter((kept) => kept.id !== note.id), note];
  persist();
}

/** Forgets a highlight and its note. Returns what was forgotten, for an undo. */
export function deleteNote(id: string): Note | undefined {
  const saved = fresh();
  const gone = saved.notes.find((note) => note.id === id);
  saved.notes = saved.notes.filter((note) => note.id !== id);
  persist();
  return gone;
}

/** Everything this browser keeps, for the "your data" page. */
export function loadSaved(): Saved {
  return structuredClone(fresh());
}

/**
 * Keeps `saved` in place of what is kept (a restore, merged by the caller). Returns whether
 * it is kept beyond this page.
 */
export function replaceSaved(saved: Saved): boolean {
  if (newer) return false;
  memory = saved;
  persist();
  return durable;
}

/** Forgets everything kept: answers, read marks, the chapter opened, review and notes. */
export function clearSaved(): void {
  memory = emptySaved();
  newer = false;
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Refused: nothing was kept to clear.
  }
}

/** The size of what is kept, in bytes of stored text (UTF-16, as browsers count it). */
export function storedBytes(): number {
  try {
    return (storage()?.getItem(KEY)?.length ?? 0) * 2;
  } catch {
    return 0;
  }
}

/** The stored text itself, as it is, for a download when it is a newer version's. */
export function storedText(): string | null {
  try {
    return storage()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}
