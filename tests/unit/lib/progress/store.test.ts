import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  emptySaved,
  isNewerStore,
  parseSaved,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  progressKey,
  serializeSaved,
  storedVersion,
  type Progress,
  type Saved,
} from "~/lib/progress/store.ts";

/** The quiz answers read from some stored text. */
const parseProgress = (raw: string | null) => parseSaved(raw).quizzes;
const serializeProgress = (quizzes: Progress, read: string[] = []) =>
  serializeSaved({ ...emptySaved(), quizzes, read });

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
          fc
            .tuple(fc.jsonValue(), fc.jsonValue(), fc.jsonValue())
            .map(([review, notes, opened]) =>
              JSON.stringify({ v: 3, quizzes: {}, read: [], review, notes, opened }),
            ),
        ),
        (raw) => {
          const { quizzes: progress, read, review, notes, opened } = parseSaved(raw);
          expect(opened === undefined || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(opened)).toBe(true);
          for (const entries of Object.values(review)) {
            for (const { box, due } of Object.values(entries)) {
              expect(Number.isInteger(box) && box >= 1 && box <= 4).toBe(true);
              expect(Number.isInteger(due) && due >= 0).toBe(true);
            }
          }
          for (const note of notes) {
            expect(note.quote.exact.trim()).not.toBe("");
            expect(typeof note.text).toBe("string");
          }
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
      ...emptySaved(),
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
    expect(saved).toEqual({ ...emptySaved(), quizzes: { benefits: sample["benefits"] } });
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

/** A store with one of everything version 3 keeps. */
const full: Saved = {
  quizzes: sample,
  read: ["venepuncture", "benefits"],
  opened: "hierarchy-and-safety",
  review: {
    benefits: { delegation: { box: 2, due: Date.UTC(2026, 11, 6) } },
    venepuncture: { "comfort-tips": { box: 1, due: Date.UTC(2026, 11, 4) } },
  },
  notes: [
    {
      id: "n-1",
      chapter: "venepuncture",
      quote: { exact: "a pillow", prefix: "supported by ", suffix: " under the arm" },
      text: "Ask the HCA on my next shift.",
      at: Date.UTC(2026, 11, 3, 9),
    },
    {
      id: "n-2",
      chapter: "benefits",
      quote: { exact: "delegation", prefix: "", suffix: "" },
      text: "",
      at: Date.UTC(2026, 11, 3, 10),
    },
  ],
};

describe("version 3: the chapter opened, review boxes and notes", () => {
  it("round-trips everything it keeps", () => {
    expect(parseSaved(serializeSaved(full))).toEqual(full);
  });

  it("writes the documented short names, and leaves out what is empty", () => {
    const stored = JSON.parse(serializeSaved(full)) as Record<string, unknown>;
    expect(stored["opened"]).toBe("hierarchy-and-safety");
    expect(stored["review"]).toEqual({
      benefits: { delegation: { b: 2, d: Date.UTC(2026, 11, 6) } },
      venepuncture: { "comfort-tips": { b: 1, d: Date.UTC(2026, 11, 4) } },
    });
    expect((stored["notes"] as unknown[])[0]).toEqual({
      id: "n-1",
      ch: "venepuncture",
      q: "a pillow",
      pre: "supported by ",
      suf: " under the arm",
      t: "Ask the HCA on my next shift.",
      at: Date.UTC(2026, 11, 3, 9),
    });
    expect(Object.keys(JSON.parse(serializeSaved(emptySaved())) as object)).toEqual([
      "v",
      "quizzes",
      "read",
    ]);
  });

  it("reads version 2 with every answer and read mark kept, and writes it back as version 3", () => {
    const v2 = JSON.stringify({
      v: 2,
      quizzes: { benefits: { delegation: { a: 1, c: true, r: false, s: [1] } } },
      read: ["benefits", "venepuncture"],
    });
    const saved = parseSaved(v2);
    expect(saved).toEqual({
      ...emptySaved(),
      quizzes: { benefits: sample["benefits"] },
      read: ["benefits", "venepuncture"],
    });
    expect(JSON.parse(serializeSaved(saved))).toEqual({ ...JSON.parse(v2), v: 3 });
  });

  it("drops review entries and notes that do not fit, and keeps the rest", () => {
    const good = { b: 1, d: 1_000 };
    const raw = JSON.stringify({
      v: 3,
      quizzes: {},
      read: [],
      opened: "Not A Slug",
      review: {
        benefits: {
          good,
          "box-zero": { b: 0, d: 1_000 },
          "box-too-high": { b: 5, d: 1_000 },
          "due-text": { b: 1, d: "tomorrow" },
          "due-in-2200": { b: 1, d: Date.UTC(2200, 0, 1) },
          "Bad Id": good,
        },
        "Not A Slug": { good },
        list: [good],
      },
      notes: [
        { id: "ok", ch: "benefits", q: "x", pre: "", suf: "", t: "", at: 1 },
        { id: "ok", ch: "benefits", q: "the same id again", pre: "", suf: "", t: "", at: 1 },
        { id: "no-quote", ch: "benefits", q: " ", pre: "", suf: "", t: "", at: 1 },
        { id: "long-context", ch: "benefits", q: "x", pre: "y".repeat(65), suf: "", t: "", at: 1 },
        { id: "BAD ID", ch: "benefits", q: "x", pre: "", suf: "", t: "", at: 1 },
        { id: "no-time", ch: "benefits", q: "x", pre: "", suf: "", t: "" },
        "a string",
      ],
    });
    const saved = parseSaved(raw);
    expect(saved.opened).toBeUndefined();
    expect(saved.review).toEqual({ benefits: { good: { box: 1, due: 1_000 } } });
    expect(saved.notes.map((note) => note.id)).toEqual(["ok"]);
  });

  it("tells a newer version's store apart, so the page can leave it alone", () => {
    const newer = JSON.stringify({ v: PROGRESS_VERSION + 1, quizzes: {}, read: [], more: 1 });
    expect(storedVersion(newer)).toBe(PROGRESS_VERSION + 1);
    expect(isNewerStore(newer)).toBe(true);
    // Not read: what it holds may mean something else now.
    expect(parseSaved(newer)).toEqual(emptySaved());
    for (const raw of [serializeSaved(full), null, "", "{", '{"theme":"dark"}', '{"v":9}'])
      expect(isNewerStore(raw), String(raw)).toBe(false);
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
