import { describe, expect, it } from "vitest";
import { emptySaved, PROGRESS_VERSION, type Saved } from "~/lib/progress/store.ts";
import { FILE_KIND, mergeSaved, progressFile, readProgressFile } from "~/lib/progress/transfer.ts";

const NOW = Date.UTC(2026, 11, 3, 12);
const answer = (attempts: number, correct: boolean) => ({
  attempts,
  correct,
  revealed: false,
  response: [0],
});
const note = (id: string, at: number, text = "") => ({
  id,
  chapter: "benefits",
  quote: { exact: "delegation", prefix: "about ", suffix: " and" },
  text,
  at,
});

const saved: Saved = {
  quizzes: { benefits: { delegation: answer(2, true) } },
  read: ["benefits"],
  opened: "venepuncture",
  review: { benefits: { delegation: { box: 1, due: NOW + 86_400_000 } } },
  notes: [note("n-1", NOW, "Ask about this")],
};

describe("the progress file", () => {
  it("round-trips everything the store keeps", () => {
    const reading = readProgressFile(progressFile(saved, NOW));
    expect(reading).toEqual({ ok: true, saved });
  });

  it("names itself, its date and the store's version", () => {
    const file = JSON.parse(progressFile(saved, NOW)) as Record<string, unknown>;
    expect(file["file"]).toBe(FILE_KIND);
    expect(file["saved"]).toBe("2026-12-03T12:00:00.000Z");
    expect((file["store"] as { v: number }).v).toBe(PROGRESS_VERSION);
  });

  it.each([
    ["a file cut short", progressFile(saved, NOW).slice(0, 80), /not whole/],
    ["an empty file", "", /not whole/],
    [
      "another site's JSON",
      JSON.stringify({ theme: "dark" }),
      /not a progress file from this site/,
    ],
    [
      "a bare store",
      JSON.stringify({ v: 3, quizzes: {}, read: ["benefits"] }),
      /not a progress file/,
    ],
    [
      "a newer version",
      JSON.stringify({ file: FILE_KIND, store: { v: 99, quizzes: {}, read: ["benefits"] } }),
      /newer version of this site/,
    ],
    [
      "nothing usable inside",
      JSON.stringify({ file: FILE_KIND, store: { v: 3, quizzes: { "Bad Slug": {} }, read: [7] } }),
      /no progress to restore/,
    ],
  ])("refuses %s with a message, and says nothing changed", (_, text, message) => {
    const reading = readProgressFile(text);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.message).toMatch(message);
    expect(reading.message).toMatch(/Nothing was changed\.$/);
  });
});

describe("merging a restored file into this browser", () => {
  it("into an empty browser, brings everything", () => {
    const { saved: merged, added } = mergeSaved(emptySaved(), saved);
    expect(merged).toEqual(saved);
    expect(added).toEqual({ answers: 1, read: 1, review: 1, notes: 1 });
  });

  it("keeps the answer with more attempts, this browser's on a tie", () => {
    const here: Saved = {
      ...emptySaved(),
      quizzes: { benefits: { delegation: answer(2, false), other: answer(1, true) } },
    };
    const file: Saved = {
      ...emptySaved(),
      quizzes: { benefits: { delegation: answer(2, true), other: answer(3, false) } },
    };
    const { saved: merged, added } = mergeSaved(here, file);
    expect(merged.quizzes["benefits"]).toEqual({
      delegation: answer(2, false),
      other: answer(3, false),
    });
    expect(added.answers).toBe(1);
  });

  it("keeps chapters read in either, this browser's chapter opened, the sooner review", () => {
    const here: Saved = {
      ...emptySaved(),
      read: ["venepuncture"],
      opened: "benefits",
      review: { benefits: { a: { box: 3, due: NOW + 5 }, b: { box: 1, due: NOW + 1 } } },
    };
    const file: Saved = {
      ...emptySaved(),
      read: ["benefits", "venepuncture"],
      opened: "learning-together",
      review: { benefits: { a: { box: 1, due: NOW + 2 }, b: { box: 2, due: NOW + 9 } } },
    };
    const { saved: merged } = mergeSaved(here, file);
    expect(merged.read).toEqual(["venepuncture", "benefits"]);
    expect(merged.opened).toBe("benefits");
    expect(merged.review).toEqual({
      benefits: { a: { box: 1, due: NOW + 2 }, b: { box: 1, due: NOW + 1 } },
    });
    expect(mergeSaved({ ...here, opened: undefined }, file).saved.opened).toBe("learning-together");
  });

  it("keeps every note, and of two copies of one note the one saved last", () => {
    const here: Saved = { ...emptySaved(), notes: [note("a", 5, "mine"), note("b", 9, "newer")] };
    const file: Saved = { ...emptySaved(), notes: [note("b", 7, "older"), note("c", 1)] };
    const { saved: merged, added } = mergeSaved(here, file);
    expect(merged.notes.map((n) => [n.id, n.text])).toEqual([
      ["a", "mine"],
      ["b", "newer"],
      ["c", ""],
    ]);
    expect(added.notes).toBe(1);
  });
});
