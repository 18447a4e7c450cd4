import { describe, expect, it } from "vitest";
import {
  MASTERY_SCORE,
  scormManifest,
  scormPage,
  scormReport,
  sessionTime,
} from "~/lib/exports/scorm.ts";
import { schemaErrors, scorm12Schema } from "../../../support/xmllint.ts";

const manifest = scormManifest({
  identifier: "learning-together-benefits",
  title: `Why "learning" & <working> together`,
  files: ["index.html", "scorm.js", "_astro/a.js", "_astro/b.css"],
});

describe("SCORM 1.2 package", () => {
  it("has a manifest valid against the SCORM 1.2 schemas, and one that is not fails", () => {
    expect(schemaErrors({ "imsmanifest.xml": manifest }, scorm12Schema)).toEqual([]);
    const broken = manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
    expect(schemaErrors({ "imsmanifest.xml": broken }, scorm12Schema).join("\n")).toMatch(
      /scormtype/,
    );
  });

  it("names one SCO, the page, with its mastery score and every file", () => {
    expect(manifest).toContain(`<adlcp:masteryscore>${MASTERY_SCORE}</adlcp:masteryscore>`);
    expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
    for (const file of ["index.html", "scorm.js", "_astro/a.js", "_astro/b.css"])
      expect(manifest).toContain(`<file href="${file}"/>`);
    expect(manifest).toContain("Why &quot;learning&quot; &amp; &lt;working&gt; together");
  });

  it("makes the build's files relative and the site's other pages its public addresses", () => {
    const built = `<!DOCTYPE html><html lang="en-GB"><head><link rel="icon" href="/lt/favicon.svg"><link rel="manifest" href="/lt/manifest.webmanifest"><link rel="stylesheet" href="/lt/_astro/a.css"></head><body><a href="/lt/references/">References</a> <a href="#key-points">Key points</a> <script type="module" src="/lt/_astro/b.js"></script></body></html>`;
    const page = scormPage(built, "/lt/", "https://example.org");
    expect(page).toContain('<html lang="en-GB" data-package="scorm">');
    expect(page).toContain('href="_astro/a.css"');
    expect(page).toContain('src="_astro/b.js"');
    expect(page).toContain(
      '<a href="https://example.org/lt/references/" target="_blank" rel="noopener noreferrer">',
    );
    expect(page).toContain('<a href="#key-points">');
    expect(page).not.toContain("favicon");
    expect(page).not.toContain("manifest.webmanifest");
    expect(page).toContain('<script type="module" src="scorm.js"></script></head>');
  });

  it("writes the time spent as SCORM 1.2's HHHH:MM:SS.SS", () => {
    expect(sessionTime(0)).toBe("00:00:00.00");
    expect(sessionTime(61_250)).toBe("00:01:01.25");
    expect(sessionTime(3_600_000 * 12 + 59_999)).toBe("12:01:00.00");
    expect(sessionTime(3_600_000 * 12_000)).toBe("9999:00:00.00");
  });

  it("is incomplete until read and answered, then passed or failed against the mastery score", () => {
    const ids = ["a", "b", "c", "d"];
    const state = (correct: boolean) => ({
      attempts: 1,
      correct,
      revealed: false,
      response: [0],
    });
    const three = { a: state(true), b: state(true), c: state(true), d: state(false) };
    // On the mastery score's scale, 0 to 100, which platforms compare the raw score with.
    expect(scormReport(ids, three, false, 75)).toEqual({
      raw: 75,
      min: 0,
      max: 100,
      status: "incomplete",
    });
    expect(scormReport(["a", "b", "c"], { a: state(true) }, true, 75).raw).toBe(33);
    expect(scormReport(ids, { a: state(true) }, true, 75).status).toBe("incomplete");
    expect(scormReport(ids, three, true, 75).status).toBe("passed");
    expect(scormReport(ids, three, true, 80).status).toBe("failed");
    expect(scormReport(ids, three, true, undefined).status).toBe("completed");
    expect(scormReport(ids, undefined, true, 75)).toMatchObject({ raw: 0, status: "incomplete" });
  });
});
