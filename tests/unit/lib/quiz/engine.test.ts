import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canCheck,
  checkAnswer,
  correctResponse,
  isCorrect,
  isChecked,
  move,
  retryAnswer,
  revealAnswer,
  score,
  shuffledOrder,
  type QuizQuestion,
} from "~/lib/quiz/engine.ts";

const single: QuizQuestion = {
  type: "single",
  options: [{ correct: false }, { correct: true }, { correct: false }],
};
const multiple: QuizQuestion = {
  type: "multiple",
  options: [{ correct: true }, { correct: false }, { correct: true }, { correct: false }],
};
const trueFalse: QuizQuestion = { type: "true-false", answer: false };
const order: QuizQuestion = { type: "order", items: ["first", "second", "third", "fourth"] };

describe("correctResponse and isCorrect", () => {
  it("single choice: only the one right option", () => {
    expect(correctResponse(single)).toEqual([1]);
    expect(isCorrect(single, [1])).toBe(true);
    expect(isCorrect(single, [0])).toBe(false);
    expect(isCorrect(single, [])).toBe(false);
  });

  it("multiple select: exactly the right set, in any order, nothing missing or extra", () => {
    expect(isCorrect(multiple, [2, 0])).toBe(true);
    expect(isCorrect(multiple, [0])).toBe(false);
    expect(isCorrect(multiple, [0, 1, 2])).toBe(false);
    expect(isCorrect(multiple, [0, 2, 2])).toBe(true);
  });

  it("true or false: True is option 0, False option 1", () => {
    expect(correctResponse(trueFalse)).toEqual([1]);
    expect(isCorrect(trueFalse, [1])).toBe(true);
    expect(isCorrect(trueFalse, [0])).toBe(false);
    expect(correctResponse({ type: "true-false", answer: true })).toEqual([0]);
  });

  it("put in order: only the exact order", () => {
    expect(isCorrect(order, [0, 1, 2, 3])).toBe(true);
    expect(isCorrect(order, [1, 0, 2, 3])).toBe(false);
    expect(isCorrect(order, [0, 1, 2])).toBe(false);
  });
});

describe("canCheck", () => {
  it("needs a choice, or every item placed", () => {
    expect(canCheck(single, [])).toBe(false);
    expect(canCheck(single, [2])).toBe(true);
    expect(canCheck(order, [0, 1])).toBe(false);
    expect(canCheck(order, [3, 2, 1, 0])).toBe(true);
  });
});

describe("attempts", () => {
  it("a wrong answer then a right one counts two attempts and ends correct", () => {
    const first = checkAnswer(single, undefined, [0]);
    expect(first).toEqual({ attempts: 1, correct: false, revealed: false, response: [0] });
    const second = checkAnswer(single, first, [1]);
    expect(second).toEqual({ attempts: 2, correct: true, revealed: false, response: [1] });
  });

  it("the answer can be shown only after a first attempt", () => {
    expect(revealAnswer(undefined)).toBeUndefined();
    const tried = checkAnswer(single, undefined, [0]);
    expect(revealAnswer(tried)?.revealed).toBe(true);
  });
});

describe("retryAnswer", () => {
  it("clears the answer for another try but keeps the attempt and any shown answer", () => {
    expect(retryAnswer(undefined)).toBeUndefined();
    const wrong = revealAnswer(checkAnswer(single, undefined, [0]));
    const cleared = retryAnswer(wrong);
    expect(cleared).toEqual({ attempts: 1, correct: false, revealed: true, response: [] });
    expect(isChecked(wrong)).toBe(true);
    expect(isChecked(cleared)).toBe(false);
    expect(isChecked(checkAnswer(single, cleared, [1]))).toBe(true);
  });
});

describe("score", () => {
  it("counts answered and right, and says when every question is answered", () => {
    const states = {
      a: checkAnswer(single, undefined, [1]),
      b: checkAnswer(single, undefined, [0]),
    };
    expect(score(["a", "b", "c"], states)).toEqual({
      answered: 2,
      correct: 1,
      total: 3,
      complete: false,
    });
    expect(score(["a", "b"], states)).toEqual({
      answered: 2,
      correct: 1,
      total: 2,
      complete: true,
    });
  });

  it("does not count an answer the reader was shown as right", () => {
    const shown = revealAnswer(checkAnswer(single, checkAnswer(single, undefined, [0]), [1]));
    expect(score(["a"], { a: shown })).toMatchObject({ answered: 1, correct: 0 });
  });
});

describe("shuffledOrder", () => {
  it("is a permutation, the same every time, and never already right", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 2, max: 8 }), (id, n) => {
        const shuffled = shuffledOrder(id, n);
        expect([...shuffled].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(shuffledOrder(id, n)).toEqual(shuffled);
        expect(shuffled.every((v, i) => v === i)).toBe(false);
      }),
    );
  });
});

describe("move", () => {
  it("swaps an item with its neighbour", () => {
    expect(move([2, 0, 1], 1, -1)).toEqual([0, 2, 1]);
    expect(move([2, 0, 1], 1, 1)).toEqual([2, 1, 0]);
  });

  it("leaves the order alone at either end", () => {
    expect(move([2, 0, 1], 0, -1)).toEqual([2, 0, 1]);
    expect(move([2, 0, 1], 2, 1)).toEqual([2, 0, 1]);
  });

  it("always keeps the same items", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: -2, max: 10 }),
        fc.boolean(),
        (o, from, up) => {
          expect([...move(o, from, up ? -1 : 1)].sort()).toEqual([...o].sort());
        },
      ),
    );
  });
});
