/*
 * EPUBCheck (Debian's epubcheck package, a Java program) on a book, its JSON report read
 * back: one run per book, as it takes about ten seconds.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's epubcheck: a jar, run by the Java the HTML checker needs too. */
const EPUBCHECK_JAR = "/usr/share/java/epubcheck.jar";

export interface EpubcheckReport {
  version: string;
  fatals: number;
  errors: number;
  warnings: number;
  /** Each message as "SEVERITY ID: text (file)". */
  messages: string[];
}

interface JsonReport {
  checker: { checkerVersion: string; nFatal: number; nError: number; nWarning: number };
  messages: { severity: string; ID: string; message: string; locations: { path: string }[] }[];
}

/** Runs EPUBCheck on the book at `file` and returns its counts and messages. */
export function epubcheck(file: string): EpubcheckReport {
  if (!existsSync(EPUBCHECK_JAR)) {
    throw new Error(
      "EPUBCheck is not installed: install Debian's epubcheck (sudo apt-get install epubcheck), as .ci/run does.",
    );
  }
  const run = spawnSync("java", ["-jar", EPUBCHECK_JAR, file, "--json", "-"], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  const json = run.stdout.slice(run.stdout.indexOf("{"));
  const report = JSON.parse(json) as JsonReport;
  return {
    version: report.checker.checkerVersion,
    fatals: report.checker.nFatal,
    errors: report.checker.nError,
    warnings: report.checker.nWarning,
    messages: report.messages.map(
      (m) => `${m.severity} ${m.ID}: ${m.message} (${m.locations.map((l) => l.path).join(", ")})`,
    ),
  };
}
