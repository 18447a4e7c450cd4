import type { QuestionState } from "../quiz/engine.ts";

/**
 * What the browser keeps of a reader's progress, under one localStorage key: their quiz
 * answers and the chapters they have read to the end.
 *
 * Shape, version 2:
 *   { "v": 2,
 *     "quizzes": { "<chapter-slug>": { "<question-id>": {
 *       "a": attempts (whole number >= 0), "c": correct (boolean),
 *       "r": revealed (boolean), "s": last response (list of whole numbers >= 0) } } },
 *     "read": [ "<chapter-slug>", ... ] }
 *
 * Version 1 was the same without "read": it is read as version 2 with nothing read, so
 * no saved answer is lost, and written back as version 2. Anything else (another version,
 * a foreign shape, broken JSON) is discarded on load, and so is any single entry that
 * does not fit. Bump the version when the shape changes, and read the old one here.
 */
export const PROGRESS_KEY = "ipc-progress";
export const PROGRESS_VERSION = 2;

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

/** Everything saved: quiz answers by chapter, and the chapters read to the end. */
export interface Saved {
  quizzes: Progress;
  read: string[];
}

/** Guards against absurd sizes in tampered data: far more chapters than the site will have. */
const MAX_READ = 200;

/** Reads what was saved from its stored text, keeping only what fits the current shape. */
export function parseSaved(raw: string | null | undefined): Saved {
  const saved: Saved = { quizzes: {}, read: [] };
  if (!raw) return saved;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return saved;
  }
  if (!isRecord(data) || !isRecord(data["quizzes"])) return saved;
  if (data["v"] !== 1 && data["v"] !== PROGRESS_VERSION) return saved;
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
  return saved;
}

/** Whether there is nothing to keep. */
export const isEmpty = (saved: Saved) =>
  saved.read.length === 0 && Object.keys(saved.quizzes).length === 0;

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
  return JSON.stringify({ v: PROGRESS_VERSION, quizzes, read: saved.read });
}
