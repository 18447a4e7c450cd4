import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseProgress,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  progressKey,
  serializeProgress,
  type Progress,
} from "~/lib/quiz/progress.ts";

const sample: Progress = {
  venepuncture: {
    "comfort-tips": { attempts: 2, correct: true, revealed: false, response: [0, 2] },
    "order-of-events": { attempts: 1, correct: false, revealed: true, response: [2, 0, 1] },
  },
  benefits: { delegation: { attempts: 1, correct: true, revealed: false, response: [1] } },
};

describe("saved progress", () => {
  it("round-trips through its stored text", () => {
    expect(parseProgress(serializeProgress(sample))).toEqual(sample);
  });

  it("stores the documented versioned shape", () => {
    expect(JSON.parse(serializeProgress({ benefits: sample["benefits"] ?? {} }))).toEqual({
      v: PROGRESS_VERSION,
      quizzes: { benefits: { delegation: { a: 1, c: true, r: false, s: [1] } } },
    });
  });

  it("starts empty when there is nothing stored", () => {
    expect(parseProgress(null)).toEqual({});
    expect(parseProgress("")).toEqual({});
  });

  it.each([
    ["broken JSON", '{"v":1,"quizzes":'],
    [
      "another version",
      JSON.stringify({ v: 0, quizzes: { benefits: { a: { a: 1, c: true, r: false, s: [1] } } } }),
    ],
    ["a newer version", JSON.stringify({ v: 2, quizzes: {} })],
    ["a foreign shape", JSON.stringify({ theme: "dark" })],
    ["a list", "[1,2,3]"],
    ["a string", '"hello"'],
    ["null", "null"],
  ])("discards %s", (_, raw) => {
    expect(parseProgress(raw)).toEqual({});
  });

  it("keeps the entries that fit and drops the ones that do not", () => {
    const raw = JSON.stringify({
      v: 1,
      quizzes: {
        benefits: {
          good: { a: 1, c: true, r: false, s: [0] },
          "negative-attempts": { a: -1, c: true, r: false, s: [0] },
          "string-correct": { a: 1, c: "yes", r: false, s: [0] },
          "bad-response": { a: 1, c: true, r: false, s: ["0"] },
          "fractional-response": { a: 1, c: true, r: false, s: [0.5] },
          "Bad Id": { a: 1, c: true, r: false, s: [0] },
        },
        "Not A Slug": { good: { a: 1, c: true, r: false, s: [0] } },
        empty: {},
        "list-not-object": [],
      },
    });
    expect(parseProgress(raw)).toEqual({
      benefits: { good: { attempts: 1, correct: true, revealed: false, response: [0] } },
    });
  });

  it("never throws and only returns well-formed states, whatever text it is given", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ v: 1, quizzes: v })),
        ),
        (raw) => {
          const progress = parseProgress(raw);
          for (const questions of Object.values(progress)) {
            for (const state of Object.values(questions)) {
              expect(Number.isInteger(state.attempts) && state.attempts >= 0).toBe(true);
              expect(typeof state.correct).toBe("boolean");
              expect(typeof state.revealed).toBe("boolean");
              expect(state.response.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("survives random damage to real saved data", () => {
    const text = serializeProgress(sample);
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.string({ maxLength: 3 }), (at, junk) => {
        const damaged = text.slice(0, at) + junk + text.slice(at + 1);
        expect(() => parseProgress(damaged)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe("the storage key", () => {
  it("stays the original one at the root, so no reader loses saved answers", () => {
    expect(progressKey("/")).toBe(PROGRESS_KEY);
    expect(PROGRESS_KEY).toBe("ipc-progress");
  });

  it("differs for each copy of the site on one origin", () => {
    expect(progressKey("/learning-together/")).toBe("ipc-progress:/learning-together/");
    expect(progressKey("/learning-together/")).not.toBe(progressKey("/other-course/"));
  });
});
