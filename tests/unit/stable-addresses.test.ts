import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * Educators link to chapters and to sections inside them, so these addresses are a
 * promise: a chapter may gain sections, but none listed here may disappear or change.
 */
const PUBLISHED: Record<string, string[]> = {
  "learning-together": [
    "why-peers-matter",
    "what-it-means",
    "who-takes-part",
    "both-sides-gain",
    "try-this",
  ],
  benefits: [
    "specialist-skills",
    "practical-feedback",
    "understanding-roles",
    "delegation",
    "try-this",
  ],
  venepuncture: [
    "the-setting",
    "what-the-hca-taught",
    "comfort-tips",
    "other-direction",
    "one-story",
    "try-this",
  ],
  "hierarchy-and-safety": [
    "teamwork-first",
    "sharing-workload",
    "hierarchy",
    "why-comfort-matters",
    "try-this",
  ],
  "observing-practice": ["watching-staff", "reflecting", "time-for-concerns", "try-this"],
  "learning-environment": [
    "three-features",
    "communication",
    "strengths",
    "competence-limits",
    "why-it-matters",
    "how-it-fits",
    "try-this",
  ],
};

const chapters = readdirSync("content/chapters")
  .filter((file) => file.endsWith(".mdx"))
  .map((file) => {
    const text = readFileSync(`content/chapters/${file}`, "utf8");
    return {
      file,
      slug: /^slug:\s*(\S+)\s*$/m.exec(text)?.[1],
      ids: [...text.matchAll(/^#{2,3} .*\\\{#([^}]+)\}\s*$/gm)].map((m) => m[1]),
    };
  });

/** Sections every chapter page has, rendered by the layout rather than the MDX. */
const FRAME_IDS = ["learning-outcomes", "key-points", "reflect", "quiz"];

describe("published addresses", () => {
  it("the page frame's section ids are still the published ones", async () => {
    const { FRAME_SECTION_IDS } = await import("~/lib/content/frame-sections.ts");
    expect(FRAME_SECTION_IDS).toEqual(expect.arrayContaining(FRAME_IDS));
  });

  it("every published chapter address still exists", () => {
    expect(chapters.map((c) => c.slug).sort()).toEqual(
      expect.arrayContaining(Object.keys(PUBLISHED)),
    );
  });

  for (const [slug, ids] of Object.entries(PUBLISHED)) {
    it(`/chapters/${slug}/ keeps every published section id`, () => {
      const chapter = chapters.find((c) => c.slug === slug);
      expect(chapter?.ids).toEqual(expect.arrayContaining(ids));
    });
  }
});
