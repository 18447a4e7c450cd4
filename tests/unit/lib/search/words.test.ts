import { describe, expect, it } from "vitest";
import { isStopWord, lightStem } from "~/lib/search/words.ts";

describe("lightStem", () => {
  it("gives the forms of one word one stem", () => {
    const groups = [
      ["nurse", "nurses", "nursing", "nursed"],
      ["hierarchy", "hierarchies"],
      ["learn", "learns", "learned", "learning"],
      ["speak", "speaks", "speaking"],
      ["role", "roles"],
      ["plan", "planned", "planning"],
      ["box", "boxes"],
      ["watch", "watches", "watching"],
      ["hca", "hca’s", "hca's"],
    ];
    for (const group of groups) {
      expect(new Set(group.map(lightStem)), group.join(", ")).toHaveProperty("size", 1);
    }
  });
  it("keeps words apart that are not forms of each other", () => {
    expect(lightStem("the")).not.toBe(lightStem("them"));
    expect(lightStem("team")).not.toBe(lightStem("teamwork"));
    expect(lightStem("pass")).toBe("pass");
    expect(lightStem("focus")).toBe("focus");
    expect(lightStem("sing")).toBe("sing");
  });
});

describe("isStopWord", () => {
  it("knows the words too common to search for alone", () => {
    expect(["the", "and", "why", "should", "from", "matter", "mean"].every(isStopWord)).toBe(true);
    expect(["team", "nurses", "up", "speak"].some(isStopWord)).toBe(false);
  });
});
