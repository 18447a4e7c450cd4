import type { QuestionState } from "./engine.ts";

/**
 * Saved quiz progress, kept in the browser under one localStorage key.
 *
 * Shape, version 1:
 *   { "v": 1, "quizzes": { "<chapter-slug>": { "<question-id>": {
 *       "a": attempts (whole number >= 0), "c": correct (boolean),
 *       "r": revealed (boolean), "s": last response (list of whole numbers >= 0) } } } }
 *
 * Anything else (another version, a foreign shape, broken JSON) is discarded on load,
 * and so is any single entry that does not fit. Bump the version when the shape changes.
 */
export const PROGRESS_KEY = "ipc-progress";
export const PROGRESS_VERSION = 1;

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

/** Reads saved progress from its stored text, keeping only what fits the current shape. */
export function parseProgress(raw: string | null | undefined): Progress {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!isRecord(data) || data["v"] !== PROGRESS_VERSION || !isRecord(data["quizzes"])) return {};
  const progress: Progress = {};
  for (const [slug, questions] of Object.entries(data["quizzes"])) {
    if (!SLUG.test(slug) || !isRecord(questions)) continue;
    const kept: Record<string, QuestionState> = {};
    for (const [id, value] of Object.entries(questions)) {
      const state = SLUG.test(id) ? parseState(value) : undefined;
      if (state) kept[id] = state;
    }
    if (Object.keys(kept).length > 0) progress[slug] = kept;
  }
  return progress;
}

/** The text to store for some progress. */
export function serializeProgress(progress: Progress): string {
  const quizzes: Record<
    string,
    Record<string, { a: number; c: boolean; r: boolean; s: number[] }>
  > = {};
  for (const [slug, questions] of Object.entries(progress)) {
    const entries = Object.entries(questions);
    if (entries.length === 0) continue;
    quizzes[slug] = Object.fromEntries(
      entries.map(([id, st]) => [
        id,
        { a: st.attempts, c: st.correct, r: st.revealed, s: st.response },
      ]),
    );
  }
  return JSON.stringify({ v: PROGRESS_VERSION, quizzes });
}
