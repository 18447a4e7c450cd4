import { readFileSync } from "node:fs";
import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import { CITATION_STYLES, formatAccessedDate } from "~/lib/citations/styles.ts";
import {
  formatCitation,
  formatPageCitation,
  toBibtex,
  toRis,
  type CslItem,
} from "~/lib/citations/format.ts";
import { referenceSchema } from "~/schemas/reference.ts";

const references = (JSON.parse(readFileSync("content/references.json", "utf8")) as unknown[]).map(
  (item) => referenceSchema.parse(item),
);
const byKey = (key: string) => references.find((r) => r.id === key) as CslItem;

/*
 * Expected strings, checked by hand against each style's rules:
 * - Vancouver (NLM, Citing Medicine): surname and initials without full stops, a full stop
 *   after the author list and the title, the journal abbreviation, then
 *   "Year;Volume(Issue):pages" with repeated leading digits dropped from the last page
 *   (1945-54, 227-34, 560-6), then "doi:". CSL writes the page range with an en dash.
 * - APA 7: "Surname, I. I., & Surname, I. I. (Year). Title. Journal, Volume(Issue),
 *   pages. https://doi.org/…", with the journal and volume in italics and an ampersand
 *   before the last author.
 * - Harvard (Cite Them Right): "Surname, I.I. and Surname, I.I. (Year) 'Title', Journal,
 *   Volume(Issue), pp. pages. Available at: https://doi.org/….", British single quotes
 *   with the comma outside them, and the journal in italics.
 * Titles and journal names are as the essay's reference list gives them (see
 * content/pages/references.mdx for what that means for APA's sentence case).
 */
const EXPECTED: Record<string, Record<(typeof CITATION_STYLES)[number], string>> = {
  "garnweidner-holme-2022": {
    vancouver:
      "Garnweidner-Holme L, Almendingen K. Is interprofessional learning only meant for professions within healthcare? - A qualitative analysis of associations with the term interprofessional collaborative learning among professional students. J Multidiscip Healthc. 2022;15:1945–54. doi:10.2147/JMDH.S376074",
    apa: "Garnweidner-Holme, L., & Almendingen, K. (2022). Is interprofessional learning only meant for professions within healthcare? - A qualitative analysis of associations with the term interprofessional collaborative learning among professional students. Journal of Multidisciplinary Healthcare, 15, 1945–1954. https://doi.org/10.2147/JMDH.S376074",
    harvard:
      "Garnweidner-Holme, L. and Almendingen, K. (2022) ‘Is interprofessional learning only meant for professions within healthcare? - A qualitative analysis of associations with the term interprofessional collaborative learning among professional students’, Journal of Multidisciplinary Healthcare, 15, pp. 1945–1954. Available at: https://doi.org/10.2147/JMDH.S376074.",
  },
  "busari-2017": {
    vancouver:
      "Busari JO, Moll FM, Duits AJ. Understanding the impact of interprofessional collaboration on the quality of care: a case report from a small-scale resource limited health care environment. J Multidiscip Healthc. 2017;10:227–34. doi:10.2147/JMDH.S140042",
    apa: "Busari, J. O., Moll, F. M., & Duits, A. J. (2017). Understanding the impact of interprofessional collaboration on the quality of care: A case report from a small-scale resource limited health care environment. Journal of Multidisciplinary Healthcare, 10, 227–234. https://doi.org/10.2147/JMDH.S140042",
    harvard:
      "Busari, J.O., Moll, F.M. and Duits, A.J. (2017) ‘Understanding the impact of interprofessional collaboration on the quality of care: a case report from a small-scale resource limited health care environment’, Journal of Multidisciplinary Healthcare, 10, pp. 227–234. Available at: https://doi.org/10.2147/JMDH.S140042.",
  },
  "davison-2022": {
    vancouver:
      "Davison E, Semlyen J, Lindqvist S. “From doing to knowing”: medical students’ experiences of working as healthcare assistants. J Interprof Care. 2022;36(4):560–6. doi:10.1080/13561820.2021.1943336",
    apa: "Davison, E., Semlyen, J., & Lindqvist, S. (2022). “From doing to knowing”: Medical students’ experiences of working as healthcare assistants. Journal of Interprofessional Care, 36(4), 560–566. https://doi.org/10.1080/13561820.2021.1943336",
    harvard:
      "Davison, E., Semlyen, J. and Lindqvist, S. (2022) ‘“From doing to knowing”: medical students’ experiences of working as healthcare assistants’, Journal of Interprofessional Care, 36(4), pp. 560–566. Available at: https://doi.org/10.1080/13561820.2021.1943336.",
  },
};

describe("formatCitation", () => {
  it("covers every reference in the bibliography", () => {
    expect(references.map((r) => r.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [key, styles] of Object.entries(EXPECTED)) {
    for (const style of CITATION_STYLES) {
      it(`formats ${key} in ${style} as the style's rules ask`, () => {
        expect(formatCitation(byKey(key), style).text).toBe(styles[style]);
      });
    }
  }

  it("links the DOI to https://doi.org/ in every style, and italicises the journal where the style does", () => {
    const busari = byKey("busari-2017");
    const link = '<a href="https://doi.org/10.2147/JMDH.S140042">';
    expect(formatCitation(busari, "vancouver").html).toContain(
      `doi:${link}10.2147/JMDH.S140042</a>`,
    );
    expect(formatCitation(busari, "apa").html).toContain(
      `<i>Journal of Multidisciplinary Healthcare</i>, <i>10</i>, 227–234. ${link}https://doi.org/10.2147/JMDH.S140042</a>`,
    );
    expect(formatCitation(busari, "harvard").html).toContain(
      `<i>Journal of Multidisciplinary Healthcare</i>, 10, pp. 227–234. Available at: ${link}https://doi.org/10.2147/JMDH.S140042</a>.`,
    );
  });

  it("gives the issue only where the source gives one", () => {
    expect(formatCitation(byKey("davison-2022"), "apa").text).toContain("36(4)");
    expect(formatCitation(byKey("busari-2017"), "apa").text).not.toMatch(/10\(/);
  });
});

describe("formatPageCitation", () => {
  const page = {
    title: "Teamwork, hierarchy and safety",
    siteName: "Learning Together",
    url: "https://example.org/chapters/hierarchy-and-safety/",
    updated: new Date("2026-11-25T00:00:00Z"),
  };
  const accessed = new Date(2026, 11, 5);

  it("cites a page of the site in each style, dated by its last review, with its address and the access date", () => {
    expect(formatPageCitation(page, "vancouver", accessed).text).toBe(
      "Learning Together [Internet]. 2026 [cited 2026 Dec 5]. Teamwork, hierarchy and safety. Available from: https://example.org/chapters/hierarchy-and-safety/",
    );
    // APA 7 asks for a retrieval date only where a page has no date of its own.
    expect(formatPageCitation(page, "apa", accessed).text).toBe(
      "Teamwork, hierarchy and safety. (2026, November 25). Learning Together. https://example.org/chapters/hierarchy-and-safety/",
    );
    expect(formatPageCitation(page, "harvard", accessed).text).toBe(
      "Teamwork, hierarchy and safety (2026) Learning Together. Available at: https://example.org/chapters/hierarchy-and-safety/ (Accessed: 5 December 2026).",
    );
  });

  it("says n.d. and gives the access date for a page without a review date", () => {
    const { updated: _updated, ...undated } = page;
    expect(formatPageCitation(undated, "apa", accessed).text).toBe(
      "Teamwork, hierarchy and safety. (n.d.). Learning Together. Retrieved December 5, 2026, from https://example.org/chapters/hierarchy-and-safety/",
    );
  });

  it("marks the access date so the browser can set it to today", () => {
    expect(formatPageCitation(page, "harvard", accessed).html).toContain(
      '(Accessed: <time datetime="2026-12-05" data-accessed="harvard">5 December 2026</time>).',
    );
  });

  it("cites the whole site by its name", () => {
    expect(
      formatPageCitation(
        { title: "Learning Together", url: "https://example.org/" },
        "apa",
        accessed,
      ).text,
    ).toBe("Learning Together. (n.d.). Retrieved December 5, 2026, from https://example.org/");
  });

  it("cites a page without address or access date when the build knows no public address", () => {
    const { url: _url, ...unaddressed } = page;
    expect(
      CITATION_STYLES.map((style) => formatPageCitation(unaddressed, style, accessed).text),
    ).toEqual([
      "Learning Together. 2026. Teamwork, hierarchy and safety.",
      "Teamwork, hierarchy and safety. (2026, November 25). Learning Together.",
      "Teamwork, hierarchy and safety (2026) Learning Together.",
    ]);
    expect(formatPageCitation(unaddressed, "harvard", accessed).html).not.toContain("<time");
  });
});

describe("formatAccessedDate", () => {
  // The browser writes today's date without citation-js; it must match what citation-js writes.
  for (const style of CITATION_STYLES) {
    it(`writes every month as citation-js does in ${style}`, () => {
      for (let month = 0; month < 12; month += 1) {
        const date = new Date(2027, month, 9);
        const { text } = formatPageCitation({ title: "T", url: "https://e.org/" }, style, date);
        expect(text).toContain(formatAccessedDate(date, style));
      }
    });
  }
});

describe("downloads for reference managers", () => {
  it("BibTeX parses back to the same DOIs, titles and authors", () => {
    const parsed = new Cite(toBibtex(references)).data;
    expect(parsed.map((item) => item["DOI"])).toEqual(references.map((r) => r.DOI));
    expect(parsed.map((item) => item["title"])).toEqual(references.map((r) => r.title));
    expect(
      parsed.map((item) => (item["author"] as { family: string }[]).map((a) => a.family)),
    ).toEqual(references.map((r) => r.author.map((a) => a.family)));
  });

  it("RIS parses back to the same DOIs, titles and pages, with no line wrapped", () => {
    const ris = toRis(references);
    const parsed = new Cite(ris).data;
    expect(parsed.map((item) => item["DOI"])).toEqual(references.map((r) => r.DOI));
    expect(parsed.map((item) => item["title"])).toEqual(references.map((r) => r.title));
    expect(parsed.map((item) => item["page"])).toEqual(references.map((r) => r.page));
    for (const line of ris.split("\r\n").filter(Boolean)) {
      expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    }
  });

  it("RIS keeps each reference's full key and splits pages into start and end", () => {
    const ris = toRis([byKey("garnweidner-holme-2022")]);
    expect(ris).toContain("ID  - garnweidner-holme-2022\r\n");
    expect(ris).toContain("SP  - 1945\r\nEP  - 1954\r\n");
    expect(ris.startsWith("TY  - JOUR\r\n")).toBe(true);
    expect(ris.trimEnd().endsWith("ER  -")).toBe(true);
  });
});
