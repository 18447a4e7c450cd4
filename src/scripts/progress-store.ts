import {
  parseProgress,
  progressKey,
  serializeProgress,
  type Progress,
} from "~/lib/quiz/progress.ts";
import type { QuestionState } from "~/lib/quiz/engine.ts";
import { basePath } from "~/lib/paths.ts";

/** This copy of the site's key: see progressKey(). */
const KEY = progressKey(basePath());

/**
 * The one place the browser keeps quiz progress (shape and version: src/lib/quiz/progress.ts).
 * Storage that is blocked, full or holds something else never breaks a quiz: bad data is
 * dropped on load, and when nothing can be saved the quiz works for this page only.
 */
let memory: Progress | undefined;

/** Fired on document whenever a quiz's progress changes, for overall scores. */
export const PROGRESS_EVENT = "quiz-progress";

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** All saved progress, validated. Anything that did not fit is removed from storage. */
export function loadProgress(): Progress {
  if (memory) return memory;
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(KEY) ?? null;
  } catch {
    raw = null;
  }
  memory = parseProgress(raw);
  if (raw !== null && raw !== serializeProgress(memory)) persist();
  return memory;
}

function persist(): void {
  try {
    const store = storage();
    if (!store || !memory) return;
    if (Object.keys(memory).length === 0) store.removeItem(KEY);
    else store.setItem(KEY, serializeProgress(memory));
  } catch {
    // Full or blocked: progress lasts until the page is left.
  }
}

/** Saves one question's state. */
export function saveQuestion(quiz: string, question: string, state: QuestionState): void {
  const progress = loadProgress();
  progress[quiz] = { ...progress[quiz], [question]: state };
  persist();
}

/** Forgets a whole quiz ("Start over"). */
export function clearQuiz(quiz: string): void {
  memory = Object.fromEntries(Object.entries(loadProgress()).filter(([name]) => name !== quiz));
  persist();
}
