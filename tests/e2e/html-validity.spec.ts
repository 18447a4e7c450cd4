import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { createRequire } from "node:module";

const run = promisify(execFile);
const vnu = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  extract?: string;
}

test("every page in dist/ is valid HTML (Nu HTML checker)", async () => {
  test.setTimeout(120_000);
  let output: string;
  try {
    const result = await run("java", [
      "-jar",
      vnu,
      "--format",
      "json",
      "--skip-non-html",
      "--errors-only",
      "dist",
    ]);
    output = result.stderr;
  } catch (error) {
    const { stderr, code } = error as { stderr?: string; code?: unknown };
    if (code === "ENOENT")
      throw new Error(
        "Java is needed for the HTML check: install a JRE (Debian: default-jre-headless)",
      );
    output = stderr ?? "";
  }
  const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
  const problems = messages.map((m) => `${m.url.replace(/^.*\/dist\//, "dist/")}: ${m.message}`);
  expect(problems).toEqual([]);
});
