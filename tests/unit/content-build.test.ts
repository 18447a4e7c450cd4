import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BENEFITS, buildWith, work } from "./content-build.support.ts";

// Real Astro runs: slow next to the unit tests, so they get a generous time limit.
describe(
  "invalid content fails the build with a message naming the file and the fix: chapters and references",
  { timeout: 120_000 },
  () => {
    it("a missing field and a mistyped one", async () => {
      const { failed, output } = await buildWith("missing-field", "sync", ({ read, write }) => {
        write(
          BENEFITS,
          read(BENEFITS)
            .replace(/^outcomes:\n(?: {2}- .*\n)+/m, "")
            .replace("order: 2", 'order: "two"'),
        );
      });
      expect(failed).toBe(true);
      expect(output).toContain("02-benefits data does not match collection schema");
      expect(output).toMatch(/outcomes.*Required/);
      expect(output).toMatch(/order.*Expected type `"number"`, received `"string"`/);
      expect(output).toContain(`${join(work, "missing-field", "content", BENEFITS)}`);
    });
    it("two chapters with the same order number", async () => {
      const { failed, output } = await buildWith("duplicate-order", "build", ({ read, write }) => {
        write(BENEFITS, read(BENEFITS).replace("order: 2", "order: 1"));
      });
      expect(failed).toBe(true);
      expect(output).toMatch(
        /02-benefits\.mdx: "order: 1" is already used by \S*01-learning-together\.mdx\. Give each chapter its own order number\./,
      );
    });
    it("a heading without a section id", async () => {
      const { failed, output } = await buildWith("missing-id", "build", ({ read, write }) => {
        write(BENEFITS, `${read(BENEFITS)}\n## A new section\n\nMore text.\n`);
      });
      expect(failed).toBe(true);
      expect(output).toMatch(
        /02-benefits\.mdx: the heading "A new section" has no section id\. End the line with one, for example: ## A new section \\\{#a-new-section\}/,
      );
    });
    it("a reference with a misspelt field", async () => {
      const { failed, output } = await buildWith("bad-reference", "sync", ({ read, write }) => {
        write(
          "references.json",
          read("references.json").replace(
            '"DOI": "10.2147/JMDH.S140042"',
            '"doi": "10.2147/JMDH.S140042"',
          ),
        );
      });
      expect(failed).toBe(true);
      expect(output).toContain("busari-2017 data does not match collection schema");
      expect(output).toMatch(/DOI.*Required/);
      expect(output).toContain("bad-reference/content/references.json");
      expect(output).toMatch(/Unrecognized key\(s\) in object: 'doi'/);
    });
  },
);
