import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { chapterSchema } from "~/schemas/chapter.ts";
import { problems as problemsOf } from "./support.ts";

/** The YAML front matter of a fixture file, parsed. */
function frontMatter(name: string): Record<string, unknown> {
  const text = readFileSync(new URL(`../../fixtures/chapters/${name}`, import.meta.url), "utf8");
  const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  if (yaml === undefined) throw new Error(`${name} has no front matter`);
  return parse(yaml) as Record<string, unknown>;
}

/** Each failing field with its message. */
const problems = (data: unknown) => problemsOf(chapterSchema, data);

describe("chapterSchema", () => {
  it("accepts a chapter that has every field within its limits", () => {
    const result = chapterSchema.safeParse(frontMatter("valid.mdx"));
    expect(result.success).toBe(true);
    expect(result.data?.slug).toBe("valid-chapter");
  });

  it("names every field that breaks a rule, with a message that says how to fix it", () => {
    const found = problems(frontMatter("invalid.mdx"));
    expect(found["summary"]).toBe('"summary" must be a single line');
    expect(found["order"]).toBe('"order" starts at 1');
    expect(found["slug"]).toBe(
      "Use lower-case letters, digits and single hyphens, for example: learning-together",
    );
    expect(found["outcomes"]).toMatch(/^"outcomes" needs 2 to 4 items/);
    expect(found["keyPoints.1"]).toBe('An item in "keyPoints" is empty: write it or remove it');
    expect(found["reflection"]).toMatch(/^"reflection" needs 1 to 3 items/);
    expect(found["updated"]).toBe(
      'Write "updated" as year-month-day, such as: updated: 2026-11-25',
    );
    expect(found["(root)"]).toMatch(/Unrecognized key\(s\) in object: 'colour'/);
  });

  it("keeps slugs of digits only for the numbered parts of long pages", () => {
    const data = frontMatter("valid.mdx");
    expect(problems({ ...data, slug: "2" })["slug"]).toBe(
      "A slug of digits only is kept for the numbered parts of long pages, such as /chapters/2/: add a word, for example: part-2-roles",
    );
    expect(chapterSchema.parse({ ...data, slug: "part-2" }).slug).toBe("part-2");
  });

  it("takes the review date as year-month-day, quoted or not, and never in the future", () => {
    const data = frontMatter("valid.mdx");
    expect(chapterSchema.parse({ ...data, updated: new Date("2026-11-25") }).updated).toEqual(
      new Date("2026-11-25T00:00:00Z"),
    );
    expect(chapterSchema.parse({ ...data, updated: "2026-11-25" }).updated.toISOString()).toBe(
      "2026-11-25T00:00:00.000Z",
    );
    expect(problems({ ...data, updated: "2026-13-01" })["updated"]).toMatch(/year-month-day/);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(problems({ ...data, updated: tomorrow })["updated"]).toBe(
      '"updated" is in the future: give the day the chapter was last reviewed',
    );
    const { updated: _updated, ...undated } = data;
    expect(problems(undated)["updated"]).toMatch(/^"updated" is missing/);
  });

  it("says which required field is missing", () => {
    const { title: _title, outcomes: _outcomes, ...rest } = frontMatter("valid.mdx");
    const found = problems(rest);
    expect(found["title"]).toBe('Add "title", the chapter\'s heading');
    expect(found["outcomes"]).toMatch(/^"outcomes" is missing\. Add 2 to 4 items/);
  });

  it("rejects too many outcomes and a summary that is too long", () => {
    const data = frontMatter("valid.mdx");
    const found = problems({
      ...data,
      outcomes: ["one", "two", "three", "four", "five"],
      summary: "x".repeat(161),
    });
    expect(found["outcomes"]).toMatch(/needs 2 to 4 items/);
    expect(found["summary"]).toMatch(/over 160 characters/);
  });

  it("rejects an order that is not a whole number", () => {
    expect(problems({ ...frontMatter("valid.mdx"), order: 2.5 })["order"]).toBe(
      '"order" must be a whole number such as 3',
    );
  });
});
