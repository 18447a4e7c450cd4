/**
 * Real `astro sync` and `astro build` runs over a broken copy of the content, for the
 * content-build tests (split in two files so Vitest runs them on both cores).
 */
import { execFile } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll } from "vitest";

const run = promisify(execFile);
export const work = mkdtempSync(join(tmpdir(), "content-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What a copy of the project needs to build: the code, its settings and the public files. */
const PROJECT = ["src", "public", "astro.config.mjs", "package.json", "tsconfig.json"];

/**
 * A copy of the project in `dir`, its packages linked one by one: each test's build then has
 * its own `.astro/` folder and Vite and Astro caches (node_modules/.vite, .astro), so two
 * builds running side by side (both test files at once) never read each other's content.
 */
function copyProject(dir: string): void {
  for (const entry of PROJECT) cpSync(entry, join(dir, entry), { recursive: true });
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync("node_modules")) {
    if (/^\.(astro|vite|cache)/.test(name)) continue;
    symlinkSync(resolve("node_modules", name), join(dir, "node_modules", name));
  }
}

/**
 * Copies the project and its real content, breaks one chapter with `edit`, and runs an
 * Astro command on the copy. Returns what Astro printed, and whether it failed.
 */
export async function buildWith(
  name: string,
  command: "sync" | "build",
  edit: (files: { read: (f: string) => string; write: (f: string, s: string) => void }) => void,
) {
  const root = join(work, name);
  copyProject(root);
  const dir = join(root, "content");
  cpSync("content", dir, { recursive: true });
  edit({
    read: (f) => readFileSync(join(dir, f), "utf8"),
    write: (f, s) => writeFileSync(join(dir, f), s),
  });
  const args = command === "build" ? ["build", "--outDir", join(root, "dist")] : ["sync"];
  try {
    const { stdout, stderr } = await run(join(root, "node_modules/.bin/astro"), args, {
      cwd: root,
      env: {
        ...process.env,
        CONTENT_DIR: dir,
        ASTRO_TELEMETRY_DISABLED: "1",
        // These builds check content, not the guide's PDF: a second less each.
        PDF_BROWSER: "none",
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

export const BENEFITS = "chapters/02-benefits.mdx";
