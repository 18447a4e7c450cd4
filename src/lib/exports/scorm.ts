/*
 * A graded chapter: a SCORM 1.2 package, which Moodle's SCORM activity, Canvas's SCORM tool,
 * Blackboard and Brightspace all play. One SCO: the chapter page itself, with its quiz, every
 * file inside the package and every address relative, so it plays with no network. The
 * run-time side (reporting to the platform) is src/scripts/scorm-runtime.ts.
 */
import type { Progress } from "../progress/store.ts";
import { score } from "../quiz/engine.ts";
import { escapeXml } from "./xml.ts";

/**
 * The share of a chapter's questions a learner must get right to pass: 75 %, three of a
 * chapter's four questions. These quizzes are for practice, with as many tries as a
 * learner wants, so the bar asks for most of the chapter, not all of it; one miss still
 * passes. A platform may override it (Moodle's "mastery score overrides status").
 */
export const MASTERY_SCORE = 75;

/**
 * A chapter's graded package's path under the site: /course/<slug>.scorm12.zip (SCORM 1.2,
 * written after the build by src/integrations/scorm-packages.ts, with a public address).
 */
export function scormPath(slug: string): string {
  return `/course/${slug}.scorm12.zip`;
}

/** The SCO's page inside the package. */
export const SCO_PAGE = "index.html";
/** The run-time script inside the package. */
export const RUNTIME_FILE = "scorm.js";

export interface ScormPackage {
  /** The manifest's identifier: letters, digits, "-", "_" and ".". */
  identifier: string;
  title: string;
  /** Every file in the package but the manifest, by its path inside it. */
  files: string[];
}

/** The package's imsmanifest.xml (IMS Content Packaging 1.1.2 with ADL's SCORM 1.2 terms). */
export function scormManifest({ identifier, title, files }: ScormPackage): string {
  const name = escapeXml(title);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${identifier}" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">`,
    "<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>",
    `<organizations default="organization">`,
    `<organization identifier="organization"><title>${name}</title>`,
    `<item identifier="item" identifierref="sco" isvisible="true"><title>${name}</title>`,
    // Moodle reads the prefixed name literally (scormlib.php, ADLCP:MASTERYSCORE).
    `<adlcp:masteryscore>${MASTERY_SCORE}</adlcp:masteryscore>`,
    "</item>",
    "</organization>",
    "</organizations>",
    "<resources>",
    `<resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${SCO_PAGE}">`,
    ...files.map((file) => `<file href="${escapeXml(file)}"/>`),
    "</resource>",
    "</resources>",
    "</manifest>",
    "",
  ].join("\n");
}

/**
 * A built chapter page made into the package's page: the build's own files (under
 * `${base}_astro/`) become relative, links to the site's other pages become its public
 * addresses and open in a new tab, the page is marked as packaged (so it registers no
 * offline worker in the platform's origin), and the run-time script comes first.
 */
export function scormPage(html: string, base: string, site: string): string {
  const own = `${base}_astro/`;
  return (
    html
      .replaceAll(`"${own}`, `"_astro/`)
      .replace(/<a ([^>]*?)href="(\/[^"]*)"/g, (tag, before: string, path: string) =>
        path.startsWith(base)
          ? `<a ${before}href="${new URL(path, site).href}" target="_blank" rel="noopener noreferrer"`
          : tag,
      )
      // The site's icons and web app manifest: nothing a page inside a platform uses.
      .replace(/<link rel="(?:icon|apple-touch-icon|manifest)"[^>]*>/g, "")
      .replace(/<html([^>]*)>/, '<html$1 data-package="scorm">')
      .replace("</head>", `<script type="module" src="${RUNTIME_FILE}"></script></head>`)
  );
}

/** A duration as SCORM 1.2's CMITimespan: HHHH:MM:SS.SS, hours from two to four digits. */
export function sessionTime(milliseconds: number): string {
  const hundredths = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.min(9999, Math.floor(hundredths / 360000));
  const minutes = Math.floor(hundredths / 6000) % 60;
  const seconds = (hundredths % 6000) / 100;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(hours)}:${two(minutes)}:${seconds.toFixed(2).padStart(5, "0")}`;
}

/** What the package reports: the score, and the lesson status SCORM 1.2 defines. */
export interface ScormReport {
  raw: number;
  min: 0;
  max: 100;
  status: "incomplete" | "completed" | "passed" | "failed";
}

/**
 * The report for a chapter's quiz: the raw score is the share of its questions answered
 * right, from 0 to 100, the scale of the mastery score, which platforms compare it with
 * (Moodle sets passed or failed itself from raw >= mastery: scorm_12.js, StoreData).
 * Incomplete until the chapter is read to the end and every question answered; then passed
 * or failed against the mastery score, or completed when the platform gives none.
 */
export function scormReport(
  questionIds: readonly string[],
  answers: Progress[string] | undefined,
  read: boolean,
  mastery: number | undefined,
): ScormReport {
  const result = score(questionIds, answers ?? {});
  const raw = result.total === 0 ? 100 : Math.round((100 * result.correct) / result.total);
  const base = { raw, min: 0 as const, max: 100 as const };
  if (!read || !result.complete) return { ...base, status: "incomplete" };
  if (mastery === undefined) return { ...base, status: "completed" };
  return { ...base, status: raw >= mastery ? "passed" : "failed" };
}
