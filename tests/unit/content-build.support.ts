/**
 * Real `astro sync` and `astro build` runs over a broken copy of the content, for the
 * content-build tests (split in two files so Vitest runs them on both cores).
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll } from "vitest";

const run = promisify(execFile);
export const work = mkdtempSync(join(tmpdir(), "content-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Copies the real content, breaks one chapter with `edit`, and runs an Astro command on
 * it in a separate cache and output folder. Returns what Astro printed, and whether it failed.
 */
export async function buildWith(
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

export const BENEFITS = "chapters/02-benefits.mdx";
