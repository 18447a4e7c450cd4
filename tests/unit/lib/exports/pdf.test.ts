import { describe, expect, it } from "vitest";
import { pdfBrowser, printedGuide, SYSTEM_CHROMIUMS } from "~/lib/exports/pdf.ts";

describe("pdfBrowser", () => {
  const everything = () => true;
  const nothing = () => false;

  it("prints with none when PDF_BROWSER is none, whatever is installed", () => {
    expect(pdfBrowser({ PDF_BROWSER: "none", CHROMIUM_PATH: "/opt/chrome" }, everything)).toEqual({
      path: undefined,
      reason: "PDF_BROWSER is none",
    });
    expect(pdfBrowser({ PDF_BROWSER: " None " }, everything).path).toBeUndefined();
  });

  it("takes CHROMIUM_PATH first, and says so when it names no file", () => {
    expect(pdfBrowser({ CHROMIUM_PATH: "/opt/chrome" }, everything)).toEqual({
      path: "/opt/chrome",
    });
    const missing = pdfBrowser({ CHROMIUM_PATH: "/opt/chrome" }, nothing, "/pw/chrome");
    expect(missing).toEqual({
      path: undefined,
      reason: "CHROMIUM_PATH names no file (/opt/chrome)",
    });
  });

  it("finds Debian's headless shell, then its full browser, then Playwright's own", () => {
    const only = (path: string) => (candidate: string) => candidate === path;
    expect(pdfBrowser({}, everything, "/pw/chrome").path).toBe(SYSTEM_CHROMIUMS[0]);
    expect(pdfBrowser({}, only("/usr/bin/chromium"), "/pw/chrome").path).toBe("/usr/bin/chromium");
    expect(pdfBrowser({}, only("/pw/chrome"), "/pw/chrome").path).toBe("/pw/chrome");
  });

  it("gives no browser, with a reason naming where it looked, when none is installed", () => {
    const none = pdfBrowser({ PDF_BROWSER: "" }, () => false, "/pw/chrome");
    expect(none.path).toBeUndefined();
    expect("reason" in none && none.reason).toMatch(/^no Chromium found .*chromium-headless-shell/);
  });
});

/** A part of the guide, shaped as src/pages/guide/[...part].astro builds it. */
function part(number: number, count: number, chapters: string[], refs: [string, number][]) {
  const title = count > 1 ? `The whole guide, part ${number} of ${count}` : "The whole guide";
  const chapter = (slug: string) =>
    `<article aria-labelledby="${slug}" class="guide-chapter mt-16"><p>Chapter</p><h2 id="${slug}">
      Chapter ${slug}
    </h2><p>Summary.</p><div class="prose-site"><p>See <a href="/lt/chapters/one/#roles" data-print-url="https://example.org/lt/chapters/one/#roles">roles</a>, the <a href="/lt/quiz/">quiz</a>, <a href="https://doi.org/10.1/x">a DOI</a>, <a href="#${slug}-here">here</a> and <a href="#${refs[0]?.[0] ?? "none"}">[1]</a>.</p></div></article>`;
  const contents = chapters
    .map((slug) => `<li><a href="#${slug}">${slug}</a></li>`)
    .concat(refs.length ? ['<li><a href="#references">References</a></li>'] : [])
    .join("");
  const references = refs.length
    ? `<section aria-labelledby="references" class="guide-chapter mt-16"><h2 id="references">References</h2><ol>${refs
        .map(([id, n]) => `<li id="${id}" value="${n}" class="reference-entry">${id}</li>`)
        .join("")}</ol></section>`
    : "";
  return `<!doctype html><html lang="en-GB"><head><title>${title} | Learning Together</title></head><body><main><h1>${title}</h1>${
    count > 1 ? `<p class="mt-4" data-guide-parts>This is part ${number}.</p>` : ""
  }<p data-pdf-download><a href="/lt/downloads/learning-together.pdf" download>PDF</a></p><nav class="guide-contents"><h2 id="contents">Contents</h2><ol>${contents}</ol></nav>${chapters
    .map(chapter)
    .join("")}${references}</main></body></html>`;
}

const text = (html: string, selector: RegExp) => [...html.matchAll(selector)].map((m) => m[1]);

describe("printedGuide", () => {
  const site = { base: "/lt/", site: "https://example.org" };

  it("prints a guide of one part as it is, its headings on one line each", () => {
    const html = printedGuide([part(1, 1, ["one", "two"], [["ref-a", 1]])], site);
    expect(text(html, /<h2 id="(one|two)">([^<]*)</g)).toEqual(["one", "two"]);
    expect(html).toContain('<h2 id="one">Chapter one</h2>');
    expect(html).toContain("<title>The whole guide | Learning Together</title>");
    expect(html).toContain("white-space:break-spaces");
    // Links to the site's pages keep their address, resolved against the public address.
    expect(html).toContain('<a href="/lt/quiz/">quiz</a>');
    expect(html).toContain('<a href="https://doi.org/10.1/x">');
    expect(html).toContain('<a href="#one-here">');
  });

  it("gathers every part into one page: chapters, contents and references in order", () => {
    const html = printedGuide(
      [
        part(
          1,
          3,
          ["one", "two"],
          [
            ["ref-b", 2],
            ["ref-a", 1],
          ],
        ),
        part(
          2,
          3,
          ["three", "four"],
          [
            ["ref-c", 3],
            ["ref-a", 1],
          ],
        ),
        part(3, 3, ["five"], []),
      ],
      site,
    );
    expect(text(html, /<article aria-labelledby="([^"]+)"/g)).toEqual([
      "one",
      "two",
      "three",
      "four",
      "five",
    ]);
    expect(text(html, /<li><a href="#([^"]+)">/g)).toEqual([
      "one",
      "two",
      "three",
      "four",
      "five",
      "references",
    ]);
    // References once each, by number, after the last chapter.
    expect(text(html, /<li id="([^"]+)" value/g)).toEqual(["ref-a", "ref-b", "ref-c"]);
    expect(html.indexOf('id="references"')).toBeGreaterThan(html.indexOf('id="five"'));
    expect(html.match(/id="references"/g)).toHaveLength(1);
    // Under the whole guide's title, without the note on which part this is.
    expect(html).toContain("<title>The whole guide | Learning Together</title>");
    expect(html).toContain("<h1>The whole guide</h1>");
    expect(html).not.toContain("data-guide-parts");
    // A link to a chapter of another part lands on it, and prints no address after it.
    expect(html).toContain('<a href="#one-roles">roles</a>');
    expect(html).not.toContain("data-print-url");
  });

  it("takes the references from a later part when the first cites none", () => {
    const html = printedGuide([part(1, 2, ["one"], []), part(2, 2, ["two"], [["ref-a", 1]])], site);
    expect(text(html, /<li id="([^"]+)" value/g)).toEqual(["ref-a"]);
    expect(html.indexOf('id="references"')).toBeGreaterThan(html.indexOf('id="two"'));
  });

  it("without a public address, makes links to the site's other pages text", () => {
    const html = printedGuide([part(1, 1, ["one"], [["ref-a", 1]])], {
      base: "/lt/",
      site: undefined,
    });
    expect(html).not.toMatch(/href="\/lt\//);
    expect(html).toContain("<span>quiz</span>");
    expect(html).toContain('<a href="https://doi.org/10.1/x">');
    expect(html).toContain('<a href="#one-here">');
    expect(html).toContain('<a href="#ref-a">');
  });
});
