/**
 * Review on a Leitner schedule: a question missed in a chapter's quiz, or right only after
 * a retry, comes back a day later. Answered right in review, it climbs a box and comes back
 * after longer (3, then 7, then 21 days); right from the last box, it leaves review. Answered
 * wrong, it goes back to the first box. Due dates fall at the start of a day, local time, so
 * "due tomorrow" means from the morning, whatever the hour of the miss. Plain functions: the
 * clock is always passed in.
 */
import type { QuestionState } from "../quiz/engine.ts";
import { REVIEW_BOXES, type Review, type ReviewEntry } from "./store.ts";

/** Days until a question in box n (1 for the first) is due again. */
export const REVIEW_DAYS: readonly number[] = [1, 3, 7, 21];
if (REVIEW_DAYS.length !== REVIEW_BOXES) throw new Error("A delay is needed for every box");

/** The start of the local day `days` after `now`'s, in milliseconds since 1970. */
export function dayStart(now: number, days = 0): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days).getTime();
}

/** A question entering (or going back to) the first box. */
const firstBox = (now: number): ReviewEntry => ({
  box: 1,
  due: dayStart(now, REVIEW_DAYS[0]),
});

/**
 * A question's review entry after an answer in its chapter's quiz: a miss or an answer shown
 * puts it in the first box; right only after a retry puts it there if it is not in review
 * already; right at the first try leaves it as it was (in review or not).
 */
export function afterQuizAnswer(
  entry: ReviewEntry | undefined,
  state: QuestionState,
  now: number,
): ReviewEntry | undefined {
  if (!state.correct || state.revealed) return firstBox(now);
  if (state.attempts > 1) return entry ?? firstBox(now);
  return entry;
}

/**
 * A question's review entry after it is answered in review: right climbs a box (undefined
 * once it climbs past the last: it has left review), wrong goes back to the first.
 */
export function afterReview(
  entry: ReviewEntry | undefined,
  right: boolean,
  now: number,
): ReviewEntry | undefined {
  if (!right) return firstBox(now);
  const box = (entry?.box ?? 0) + 1;
  if (box > REVIEW_BOXES) return undefined;
  return { box, due: dayStart(now, REVIEW_DAYS[box - 1]) };
}

/** One question due for review. */
export interface DueQuestion {
  chapter: string;
  question: string;
  entry: ReviewEntry;
}

/** Every question due by `now`, the longest waiting first. */
export function dueNow(review: Review, now: number): DueQuestion[] {
  return Object.entries(review)
    .flatMap(([chapter, questions]) =>
      Object.entries(questions).map(([question, entry]) => ({ chapter, question, entry })),
    )
    .filter(({ entry }) => entry.due <= now)
    .sort((a, b) => a.entry.due - b.entry.due);
}

/** When the next question not yet due will be, if any. */
export function nextDue(review: Review, now: number): number | undefined {
  const later = Object.values(review)
    .flatMap((questions) => Object.values(questions).map((entry) => entry.due))
    .filter((due) => due > now);
  return later.length > 0 ? Math.min(...later) : undefined;
}

/** "1 question to review", "3 questions to review". */
export function dueLabel(count: number): string {
  return `${count} ${count === 1 ? "question" : "questions"} to review`;
}
