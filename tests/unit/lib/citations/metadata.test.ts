import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  chapterJsonLd,
  courseJsonLd,
  citationMetaTags,
  citationReference,
  jsonForScript,
} from "~/lib/citations/metadata.ts";
import { referenceSchema, type Reference } from "~/schemas/reference.ts";

const references = (JSON.parse(readFileSync("content/references.json", "utf8")) as unknown[]).map(
  (item) => referenceSchema.parse(item),
);
const davison = references.find((r) => r.id === "davison-2022") as Reference;
const busari = references.find((r) => r.id === "busari-2017") as Reference;
const page = {
  title: "Learning by observing practice",
  description: "What watching other staff can teach.",
  url: "https://example.org/chapters/observing-practice/",
  siteName: "Learning Together",
  siteUrl: "https://example.org/",
  teaches: ["reflect on how you want to practise"],
  educationalLevel: "Beginner",
  updated: new Date("2026-11-25T00:00:00Z"),
};

describe("citation_* meta tags", () => {
  it("describe the chapter as a web page and list each cited work as Google Scholar reads it", () => {
    expect(citationMetaTags(page, [davison])).toEqual([
      ["DC.type", "webpage"],
      ["DC.publisher", "Learning Together"],
      ["DC.language", "en-GB"],
      ["DC.date", "2026-11-25"],
      ["citation_title", "Learning by observing practice"],
      ["citation_date", "2026/11/25"],
      ["citation_publisher", "Learning Together"],
      ["citation_abstract", "What watching other staff can teach."],
      ["citation_language", "en"],
      ["citation_fulltext_html_url", "https://example.org/chapters/observing-practice/"],
      [
        "citation_reference",
        "citation_author=Davison, E.; citation_author=Semlyen, J.; citation_author=Lindqvist, S.; " +
          'citation_title="From doing to knowing": medical students\' experiences of working as healthcare assistants; ' +
          "citation_journal_title=Journal of Interprofessional Care; citation_journal_abbrev=J Interprof Care; " +
          "citation_publication_date=2022; " +
          "citation_volume=36; citation_issue=4; citation_firstpage=560; citation_lastpage=566; " +
          "citation_doi=10.1080/13561820.2021.1943336",
      ],
    ]);
  });

  it("leave out an issue the source does not give", () => {
    expect(citationReference(busari)).not.toContain("citation_issue");
  });
});

describe("JSON-LD", () => {
  it("lists what the chapter cites as scholarly articles with their DOIs", () => {
    const data = chapterJsonLd(page, [davison]);
    expect(data["@type"]).toBe("LearningResource");
    expect(data.url).toBe(page.url);
    expect(data.dateModified).toBe("2026-11-25");
    expect(data.citation).toHaveLength(1);
    expect(data.citation[0]).toMatchObject({
      "@type": "ScholarlyArticle",
      sameAs: "https://doi.org/10.1080/13561820.2021.1943336",
      datePublished: "2022",
      pageStart: "560",
      pageEnd: "566",
      isPartOf: {
        "@type": "PublicationIssue",
        issueNumber: "4",
        isPartOf: {
          "@type": "PublicationVolume",
          volumeNumber: "36",
          isPartOf: {
            "@type": "Periodical",
            name: "Journal of Interprofessional Care",
            alternateName: "J Interprof Care",
          },
        },
      },
    });
  });

  it("leaves out url and the course's @id, never inventing them, without a public address", () => {
    const data = chapterJsonLd({ ...page, url: undefined, siteUrl: undefined }, [davison]);
    expect(data).not.toHaveProperty("url");
    expect(data.isPartOf).toEqual({ "@type": "Course", name: page.siteName });
    expect(citationMetaTags({ ...page, url: undefined }, []).map(([name]) => name)).not.toContain(
      "citation_fulltext_html_url",
    );
  });

  it("cannot close its script element early", () => {
    expect(jsonForScript({ name: "</script><script>alert(1)</script>" })).not.toContain("</");
  });
});

describe("the course's JSON-LD", () => {
  const course = courseJsonLd({
    name: "Learning Together",
    description: "A study guide.",
    siteUrl: "https://example.org/lt/",
    audience: "Healthcare students",
    educationalLevel: "Beginner",
    basedOn: "Learning to learn from each other",
    updated: new Date("2026-11-25T00:00:00Z"),
    chapters: [
      {
        title: "One",
        description: "First.",
        url: "https://example.org/lt/chapters/one/",
        teaches: ["a", "b"],
        minutes: 4,
      },
      {
        title: "Two",
        description: "Second.",
        url: "https://example.org/lt/chapters/two/",
        teaches: ["c"],
        minutes: 6,
      },
    ],
  });

  it("describes the site as a course whose parts are the chapters, in order", () => {
    expect(course["@type"]).toBe("Course");
    expect(course.hasPart).toEqual([
      expect.objectContaining({
        "@type": "LearningResource",
        position: 1,
        name: "One",
        teaches: ["a", "b"],
        educationalLevel: "Beginner",
        timeRequired: "PT4M",
      }),
      expect.objectContaining({
        "@type": "LearningResource",
        position: 2,
        name: "Two",
        teaches: ["c"],
        educationalLevel: "Beginner",
        timeRequired: "PT6M",
      }),
    ]);
    expect(course.teaches).toEqual(["a", "b", "c"]);
    expect(course.hasCourseInstance.courseWorkload).toBe("PT10M");
  });

  it("has no url or @id anywhere without a public address", () => {
    const unaddressed = courseJsonLd({
      name: "Learning Together",
      description: "A study guide.",
      siteUrl: undefined,
      audience: "Healthcare students",
      educationalLevel: "Beginner",
      basedOn: "Learning to learn from each other",
      updated: new Date("2026-11-25T00:00:00Z"),
      chapters: [{ title: "One", description: "First.", url: undefined, teaches: [], minutes: 4 }],
    });
    expect(JSON.stringify(unaddressed)).not.toMatch(/"(url|@id)"/);
    expect(unaddressed.hasPart[0]?.name).toBe("One");
  });

  it("is the course a chapter says it is part of", () => {
    const chapter = chapterJsonLd({ ...page, siteUrl: "https://example.org/lt/" }, []);
    expect(chapter.isPartOf["@id"]).toBe(course["@id"]);
    expect(chapter.educationalLevel).toBe("Beginner");
  });
});
