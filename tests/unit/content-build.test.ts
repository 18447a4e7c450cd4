import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "content-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Copies the real content, breaks one chapter with `edit`, and runs an Astro command on
 * it in a separate cache and output folder. Returns what Astro printed, and whether it failed.
 */
async function buildWith(
  name: string,
  command: "sync" | "build",
  edit: (files: { read: (f: string) => string; write: (f: string, s: string) => void }) => void,
) {
  const dir = join(work, name);
  cpSync("content", dir, { recursive: true });
  edit({
    read: (f) => readFileSync(join(dir, f), "utf8"),
    write: (f, s) => writeFileSync(join(dir, f), s),
  });
  const args = command === "build" ? ["build", "--outDir", join(dir, "dist")] : ["sync"];
  try {
    const { stdout, stderr } = await run("node_modules/.bin/astro", args, {
      env: {
        ...process.env,
        CONTENT_DIR: dir,
        ASTRO_CACHE_DIR: join(dir, ".cache"),
        ASTRO_TELEMETRY_DISABLED: "1",
        FORCE_COLOR: "0",
        NO_COLOR: "1",
      },
    });
    return { failed: false, output: plain(stdout + stderr) };
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: plain(stdout + stderr) };
  }
}

/** Output without terminal colour codes, as a person reads it. */
// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");

const BENEFITS = "chapters/02-benefits.mdx";

// Real Astro runs: slow next to the unit tests, so they get a generous time limit.
describe(
  "invalid content fails the build with a message naming the file and the fix",
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
      expect(output).toContain(`${join(work, "missing-field", BENEFITS)}`);
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

    it("a citation whose key is not in the bibliography", async () => {
      const { failed, output } = await buildWith("unknown-cite", "build", ({ read, write }) => {
        write(
          BENEFITS,
          read(BENEFITS).replace(
            '<Cite id="garnweidner-holme-2022" />',
            '<Cite id="garnweidner-2022" />',
          ),
        );
      });
      expect(failed).toBe(true);
      expect(output).toMatch(
        /02-benefits\.mdx:\d+: <Cite id="garnweidner-2022" \/> names no reference in \S*references\.json\. Use one of its keys \(garnweidner-holme-2022, busari-2017, davison-2022\) or add the reference there\./,
      );
    });

    it("a reference that no chapter cites", async () => {
      const { failed, output } = await buildWith("uncited", "build", ({ read, write }) => {
        write(BENEFITS, read(BENEFITS).replace(' <Cite id="garnweidner-holme-2022" />', ""));
      });
      expect(failed).toBe(true);
      expect(output).toMatch(
        /references\.json: "garnweidner-holme-2022" is cited in no chapter\. Cite it where the essay does, with <Cite id="garnweidner-holme-2022" \/>, or remove it\./,
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
      expect(output).toContain("bad-reference/references.json");
      expect(output).toMatch(/Unrecognized key\(s\) in object: 'doi'/);
    });

    it("a quiz question whose Review link points at a missing section", async () => {
      const QUIZ = "quizzes/benefits.yaml";
      const { failed, output } = await buildWith("broken-review", "build", ({ read, write }) => {
        write(QUIZ, read(QUIZ).replace(/review: \S+/, "review: no-such-section"));
      });
      expect(failed).toBe(true);
      expect(output).toMatch(
        /quizzes\/benefits\.yaml: question "[a-z0-9-]+" reviews section "no-such-section", which \/chapters\/benefits\/ does not have\. Use one of: /,
      );
    });
  },
);
