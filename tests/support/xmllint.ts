/*
 * XML Schema validation with xmllint (Debian's libxml2-utils), offline: the schemas are
 * copies under tests/fixtures/schemas/, so nothing is fetched.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

/** The schema folders the tests validate against. */
export const SCHEMAS = {
  /** IMS Common Cartridge 1.1, as Moodle keeps them in backup/cc/schemas11/. */
  cc11: resolve("tests/fixtures/schemas/cc11"),
  /** SCORM 1.2's content packaging, ADL and metadata schemas. */
  scorm12: resolve("tests/fixtures/schemas/scorm12"),
} as const;

function requireXmllint(): void {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
  } catch {
    throw new Error(
      "xmllint is not installed: install Debian's libxml2-utils (sudo apt-get install libxml2-utils), as .ci/run does.",
    );
  }
}

/**
 * Validates each file against its schema and returns xmllint's complaints, one per line:
 * none when every file is valid. `files` maps a path to its text; `schemaOf` gives the
 * schema file for a file, from its path and text.
 */
export function schemaErrors(
  files: Record<string, string>,
  schemaOf: (path: string, text: string) => string,
): string[] {
  requireXmllint();
  const dir = mkdtempSync(join(tmpdir(), "xmllint-"));
  try {
    const bySchema = new Map<string, string[]>();
    for (const [path, text] of Object.entries(files)) {
      const file = join(dir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      const schema = schemaOf(path, text);
      bySchema.set(schema, [...(bySchema.get(schema) ?? []), file]);
    }
    const errors: string[] = [];
    for (const [schema, paths] of bySchema) {
      const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", schema, ...paths], {
        encoding: "utf8",
      });
      // ims_xml.xsd declares the xml namespace in a way libxml2 warns about, with the line and
      // a caret under it, and then reads: those three lines are no complaint about a file.
      const lines = run.stderr.split("\n");
      const warning = lines.flatMap((line, index) =>
        line.includes("xml namespace URI cannot be the default namespace")
          ? [index, index + 1, index + 2]
          : [],
      );
      errors.push(
        ...lines
          .filter((_line, index) => !warning.includes(index))
          .filter((line) => line.trim() !== "" && !/ validates$/.test(line))
          .map((line) => line.replace(`${dir}/`, "")),
      );
      if (run.status !== 0 && errors.length === 0) errors.push(`xmllint exited ${run.status}`);
    }
    return errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CC 1.1 schema for a file of a cartridge: what Moodle runs for the manifest. */
export function cartridgeSchema(path: string, text: string): string {
  const file =
    path === "imsmanifest.xml"
      ? "cc11libxml2validator.xsd"
      : text.includes("<webLink ")
        ? "ccv1p1_imswl_v1p1.xsd"
        : text.includes("<topic ")
          ? "ccv1p1_imsdt_v1p1.xsd"
          : text.includes("<questestinterop ")
            ? "ccv1p1_qtiasiv1p2p1_v1p0.xsd"
            : undefined;
  if (!file) throw new Error(`${path} is no file a Common Cartridge 1.1 holds`);
  return join(SCHEMAS.cc11, file);
}

/** The SCORM 1.2 schemas for a package's manifest: content packaging, ADL and metadata. */
export const scorm12Schema = (): string => join(SCHEMAS.scorm12, "scorm12_all.xsd");
