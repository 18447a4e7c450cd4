import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { createRequire } from "node:module";
import { BUILDS } from "./builds.ts";

const run = promisify(execFile);
const vnu = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  extract?: string;
}

test("every page of both builds is valid HTML (Nu HTML checker)", async () => {
  test.setTimeout(180_000);
  let output: string;
  try {
    const result = await run("java", [
      "-jar",
      vnu,
      "--format",
      "json",
      "--skip-non-html",
      "--errors-only",
      ...BUILDS.map((build) => build.dir),
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
  const problems = messages.map(
    (m) => `${m.url.replace(/^.*\/(dist(-subpath)?)\//, "$1/")}: ${m.message}`,
  );
  expect(problems).toEqual([]);
});
