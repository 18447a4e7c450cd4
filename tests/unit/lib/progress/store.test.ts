import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseSaved,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  progressKey,
  serializeSaved,
  type Progress,
} from "~/lib/progress/store.ts";

/** The quiz answers read from some stored text. */
const parseProgress = (raw: string | null) => parseSaved(raw).quizzes;
const serializeProgress = (quizzes: Progress, read: string[] = []) =>
  serializeSaved({ quizzes, read });

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
    expect(
      JSON.parse(serializeProgress({ benefits: sample["benefits"] ?? {} }, ["benefits"])),
    ).toEqual({
      v: PROGRESS_VERSION,
      quizzes: { benefits: { delegation: { a: 1, c: true, r: false, s: [1] } } },
      read: ["benefits"],
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
    [
      "a newer version",
      JSON.stringify({ v: 3, quizzes: { benefits: { a: { a: 1, c: true, r: false, s: [1] } } } }),
    ],
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
          fc.jsonValue().map((v) => JSON.stringify({ v: 2, quizzes: {}, read: v })),
        ),
        (raw) => {
          const { quizzes: progress, read } = parseSaved(raw);
          expect(read.every((slug) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))).toBe(true);
          expect(new Set(read).size).toBe(read.length);
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

describe("chapters read, and the move from version 1", () => {
  it("round-trips the chapters read beside the quiz answers", () => {
    expect(parseSaved(serializeProgress(sample, ["venepuncture", "benefits"]))).toEqual({
      quizzes: sample,
      read: ["venepuncture", "benefits"],
    });
  });

  it("reads version 1 (answers only) with every answer kept and nothing read", () => {
    const v1 = JSON.stringify({
      v: 1,
      quizzes: { benefits: { delegation: { a: 1, c: true, r: false, s: [1] } } },
    });
    const saved = parseSaved(v1);
    expect(saved).toEqual({ quizzes: { benefits: sample["benefits"] }, read: [] });
    // Written back in the current shape, which reads back the same.
    expect(JSON.parse(serializeSaved(saved))).toMatchObject({ v: PROGRESS_VERSION, read: [] });
    expect(parseSaved(serializeSaved(saved))).toEqual(saved);
  });

  it("keeps the chapter names that fit, once each, and drops the rest", () => {
    const raw = JSON.stringify({
      v: 2,
      quizzes: {},
      read: ["benefits", "Not A Slug", 3, null, "benefits", "venepuncture"],
    });
    expect(parseSaved(raw).read).toEqual(["benefits", "venepuncture"]);
    expect(parseSaved(JSON.stringify({ v: 2, quizzes: {}, read: "benefits" })).read).toEqual([]);
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
