import type { Reference } from "~/schemas/reference.ts";
import { calendarDay } from "./styles.ts";

/*
 * What reference managers and search engines read from a chapter's <head>: Highwire
 * Press citation_* tags (Zotero's connector and Google Scholar) and schema.org JSON-LD.
 */

/** A chapter as its metadata describes it. */
export interface PageFacts {
  title: string;
  description: string;
  /** The chapter's and the site's public addresses; undefined when the build knows none. */
  url: string | undefined;
  siteName: string;
  siteUrl: string | undefined;
  /** What the chapter teaches, from its learning outcomes. */
  teaches: string[];
  /** The day it was last reviewed (midnight UTC). */
  updated: Date;
  /** The level it is written at. */
  educationalLevel: string;
}

/** A reference's first and last page, from "227-234". */
function pages(reference: Reference): [string, string] {
  const [first = "", last = ""] = reference.page.split("-");
  return [first, last];
}

const year = (reference: Reference) => String(reference.issued["date-parts"][0][0]);
const authorName = (a: Reference["author"][number]) => `${a.family}, ${a.given}`;

/**
 * One cited work as Google Scholar's citation_reference value: its own citation_* fields
 * joined by "; ". Semicolons inside a field would end it early, so they are dropped.
 */
export function citationReference(reference: Reference): string {
  const [first, last] = pages(reference);
  const fields: [string, string | undefined][] = [
    ...reference.author.map((a): [string, string] => ["citation_author", authorName(a)]),
    ["citation_title", reference.title],
    ["citation_journal_title", reference["container-title"]],
    ["citation_journal_abbrev", reference["container-title-short"]],
    ["citation_publication_date", year(reference)],
    ["citation_volume", reference.volume],
    ["citation_issue", reference.issue],
    ["citation_firstpage", first],
    ["citation_lastpage", last],
    ["citation_doi", reference.DOI],
  ];
  return fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `${name}=${value.replaceAll(";", ",")}`)
    .join("; ");
}

/**
 * The chapter's citation_* meta tags, as name and content pairs in document order.
 * citation_title alone makes Zotero guess "journal article"; DC.type tells it "webpage",
 * and it then takes the site's name from og:site_name.
 */
export function citationMetaTags(page: PageFacts, cited: Reference[]): [string, string][] {
  return [
    ["DC.type", "webpage"],
    ["DC.publisher", page.siteName],
    ["DC.language", "en-GB"],
    ["DC.date", calendarDay(page.updated)],
    ["citation_title", page.title],
    ["citation_date", calendarDay(page.updated).replaceAll("-", "/")],
    ["citation_publisher", page.siteName],
    ["citation_abstract", page.description],
    ["citation_language", "en"],
    ...(page.url ? [["citation_fulltext_html_url", page.url] as [string, string]] : []),
    ...cited.map((reference): [string, string] => [
      "citation_reference",
      citationReference(reference),
    ]),
  ];
}

/**
 * The course's address fields: its id (for the chapters to say they are part of it) and
 * url. None without a public address: schema.org wants them absolute, so they are left
 * out rather than invented.
 */
const courseAddress = (siteUrl: string | undefined) =>
  siteUrl ? { "@id": `${siteUrl}#course`, url: siteUrl } : {};

/** `{ url }` when there is an address, else nothing: JSON-LD's url must be absolute. */
const urlField = (url: string | undefined) => (url ? { url } : {});

const audience = (who: string) => ({
  "@type": "EducationalAudience",
  educationalRole: "student",
  audienceType: who,
});

/** A chapter as one part of the course, for the course's hasPart. */
export interface CoursePart {
  title: string;
  description: string;
  url: string | undefined;
  /** Its learning outcomes. */
  teaches: string[];
  minutes: number;
}

/** The course as a whole: what the site teaches, for whom, and its chapters in order. */
export interface CourseFacts {
  name: string;
  description: string;
  siteUrl: string | undefined;
  audience: string;
  educationalLevel: string;
  /** The essay the chapters are written from. */
  basedOn: string;
  updated: Date;
  chapters: CoursePart[];
}

/**
 * The site as schema.org data: a free course whose parts are the chapters, each a
 * learning resource with what it teaches (its outcomes), its level and its reading time.
 */
export function courseJsonLd(course: CourseFacts) {
  return {
    "@context": "https://schema.org",
    "@type": "Course",
    ...courseAddress(course.siteUrl),
    name: course.name,
    description: course.description,
    inLanguage: "en-GB",
    isAccessibleForFree: true,
    license: "https://creativecommons.org/licenses/by/4.0/",
    educationalLevel: course.educationalLevel,
    audience: audience(course.audience),
    provider: { "@type": "Organization", name: course.name, ...urlField(course.siteUrl) },
    isBasedOn: { "@type": "CreativeWork", name: course.basedOn },
    dateModified: calendarDay(course.updated),
    teaches: course.chapters.flatMap((chapter) => chapter.teaches),
    hasCourseInstance: {
      "@type": "CourseInstance",
      courseMode: "online",
      courseWorkload: `PT${course.chapters.reduce((sum, c) => sum + c.minutes, 0)}M`,
    },
    hasPart: course.chapters.map((chapter, index) => ({
      "@type": "LearningResource",
      position: index + 1,
      name: chapter.title,
      description: chapter.description,
      ...urlField(chapter.url),
      learningResourceType: "Chapter",
      educationalLevel: course.educationalLevel,
      teaches: chapter.teaches,
      timeRequired: `PT${chapter.minutes}M`,
    })),
  };
}

/** The chapter as schema.org data: a learning resource that cites scholarly articles. */
export function chapterJsonLd(page: PageFacts, cited: Reference[]) {
  return {
    "@context": "https://schema.org",
    "@type": "LearningResource",
    name: page.title,
    headline: page.title,
    description: page.description,
    ...urlField(page.url),
    inLanguage: "en-GB",
    learningResourceType: "Chapter",
    teaches: page.teaches,
    // Its level; who it is for (audience) is said once, by the course it is part of.
    educationalLevel: page.educationalLevel,
    dateModified: calendarDay(page.updated),
    isPartOf: {
      "@type": "Course",
      ...courseAddress(page.siteUrl),
      name: page.siteName,
    },
    license: "https://creativecommons.org/licenses/by/4.0/",
    citation: cited.map((reference) => {
      const [first, last] = pages(reference);
      const volume = {
        "@type": "PublicationVolume",
        volumeNumber: reference.volume,
        isPartOf: {
          "@type": "Periodical",
          name: reference["container-title"],
          alternateName: reference["container-title-short"],
        },
      };
      return {
        "@type": "ScholarlyArticle",
        "@id": `https://doi.org/${reference.DOI}`,
        name: reference.title,
        headline: reference.title,
        author: reference.author.map((a) => ({
          "@type": "Person",
          familyName: a.family,
          givenName: a.given,
          name: `${a.given} ${a.family}`,
        })),
        datePublished: year(reference),
        pageStart: first,
        pageEnd: last,
        sameAs: `https://doi.org/${reference.DOI}`,
        identifier: { "@type": "PropertyValue", propertyID: "DOI", value: reference.DOI },
        isPartOf: reference.issue
          ? { "@type": "PublicationIssue", issueNumber: reference.issue, isPartOf: volume }
          : volume,
      };
    }),
  };
}

/** JSON for a <script type="application/ld+json">, safe against "</script>" in the data. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
