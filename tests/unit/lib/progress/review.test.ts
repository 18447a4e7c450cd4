import { describe, expect, it } from "vitest";
import {
  afterQuizAnswer,
  afterReview,
  dayStart,
  dueLabel,
  dueNow,
  nextDue,
  REVIEW_DAYS,
} from "~/lib/progress/review.ts";
import type { QuestionState } from "~/lib/quiz/engine.ts";

/** 3 December 2026, 15:20 local time: a miss in the afternoon. */
const NOW = new Date(2026, 11, 3, 15, 20).getTime();
const day = (offset: number) => new Date(2026, 11, 3 + offset).getTime();
const state = (fields: Partial<QuestionState>): QuestionState => ({
  attempts: 1,
  correct: true,
  revealed: false,
  response: [0],
  ...fields,
});

describe("the Leitner schedule", () => {
  it("waits 1, 3, 7 and 21 days in boxes 1 to 4", () => {
    expect(REVIEW_DAYS).toEqual([1, 3, 7, 21]);
  });

  it("brings a miss back at the start of the next day, whatever the hour", () => {
    expect(afterQuizAnswer(undefined, state({ correct: false }), NOW)).toEqual({
      box: 1,
      due: day(1),
    });
    expect(dayStart(NOW, 1)).toBe(day(1));
  });

  it("counts an answer shown, and a right answer after a retry, as a miss", () => {
    expect(afterQuizAnswer(undefined, state({ revealed: true }), NOW)).toEqual({
      box: 1,
      due: day(1),
    });
    expect(afterQuizAnswer(undefined, state({ attempts: 2 }), NOW)).toEqual({
      box: 1,
      due: day(1),
    });
  });

  it("leaves a first-time right answer out of review, and a question in review as it is", () => {
    expect(afterQuizAnswer(undefined, state({}), NOW)).toBeUndefined();
    const waiting = { box: 3, due: day(5) };
    expect(afterQuizAnswer(waiting, state({}), NOW)).toBe(waiting);
    expect(afterQuizAnswer(waiting, state({ attempts: 3 }), NOW)).toBe(waiting);
    // A new miss sends it back to the start.
    expect(afterQuizAnswer(waiting, state({ correct: false }), NOW)).toEqual({
      box: 1,
      due: day(1),
    });
  });

  it("moves a right answer in review up a box, and out of review after the last", () => {
    let entry = afterReview(undefined, false, NOW);
    expect(entry).toEqual({ box: 1, due: day(1) });
    entry = afterReview(entry, true, NOW);
    expect(entry).toEqual({ box: 2, due: day(3) });
    entry = afterReview(entry, true, NOW);
    expect(entry).toEqual({ box: 3, due: day(7) });
    entry = afterReview(entry, true, NOW);
    expect(entry).toEqual({ box: 4, due: day(21) });
    expect(afterReview(entry, true, NOW)).toBeUndefined();
  });

  it("sends a wrong answer in review back to the first box", () => {
    expect(afterReview({ box: 4, due: day(0) }, false, NOW)).toEqual({ box: 1, due: day(1) });
  });
});

describe("what is due", () => {
  const review = {
    benefits: { late: { box: 1, due: day(-2) }, later: { box: 2, due: day(3) } },
    venepuncture: { today: { box: 1, due: day(0) }, soon: { box: 1, due: day(1) } },
  };

  it("lists what is due now, the longest waiting first", () => {
    expect(dueNow(review, NOW).map((q) => `${q.chapter}/${q.question}`)).toEqual([
      "benefits/late",
      "venepuncture/today",
    ]);
    expect(dueNow(review, day(3)).map((q) => q.question)).toEqual([
      "late",
      "today",
      "soon",
      "later",
    ]);
    expect(dueNow({}, NOW)).toEqual([]);
  });

  it("says when the next question will be, or nothing when none waits", () => {
    expect(nextDue(review, NOW)).toBe(day(1));
    expect(nextDue(review, day(3))).toBeUndefined();
    expect(nextDue({}, NOW)).toBeUndefined();
  });

  it("counts them in words", () => {
    expect(dueLabel(1)).toBe("1 question to review");
    expect(dueLabel(3)).toBe("3 questions to review");
  });
});
