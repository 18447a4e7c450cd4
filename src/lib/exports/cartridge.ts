/*
 * A whole course in one file: an IMS Common Cartridge 1.1 (.imscc), which Moodle (1.0 and
 * 1.1 only), Canvas, Blackboard Learn and Brightspace import as a course. For each chapter,
 * in order, a module (a section in Moodle) holding the chapter as a web link to its public
 * address, its quiz as a QTI 1.2 assessment in the cartridge profile (qti.ts), and its
 * reflection prompts as a discussion topic; then its worksheet and answer key, and, first of
 * all, the teaching guide, marked for instructors (Moodle hides them from students, Canvas
 * leaves them unpublished).
 *
 * Every file is valid against the IMS CC 1.1 schemas, which Moodle checks the manifest
 * against before it imports anything (backup/converter/imscc11/lib.php); the tests check
 * every file with xmllint against the copy Moodle keeps (tests/fixtures/schemas/cc11/).
 */
import { zipSync } from "fflate";
import { FIXED_TIME, omitted, toQtiAssessment } from "./qti.ts";
import type { Attempts, ExportQuiz } from "./types.ts";
import { escapeXml } from "./xml.ts";

/** One chapter as the cartridge carries it: its addresses are absolute. */
export interface CartridgeChapter {
  slug: string;
  /** Its number in the guide, from 1. */
  number: number;
  title: string;
  /** A sentence on what it covers. */
  summary: string;
  /** The chapter's public address. */
  url: string;
  /** Its printable worksheet and its answer key, for the educator. */
  worksheetUrl: string;
  answersUrl: string;
  /** Its questions for reflection, the discussion topic's questions. */
  reflection: string[];
  quiz: ExportQuiz;
}

export interface Cartridge {
  /** The manifest's identifier: letters, digits, "-" and "_", starting with a letter. */
  identifier: string;
  /** The course's name in the platform. */
  title: string;
  description: string;
  /** The licence and credit, as the site's About page gives them. */
  rights: string;
  /** The teaching guide's public address (/educators/). */
  educatorsUrl: string;
  chapters: CartridgeChapter[];
  attempts: Attempts;
}

/** The language every text is in. */
const LANGUAGE = "en-GB";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The cartridge's resource types (IMS CC 1.1, section 4). */
const TYPES = {
  link: "imswl_xmlv1p1",
  discussion: "imsdt_xmlv1p1",
  assessment: "imsqti_xmlv1p2/imscc_xmlv1p1/assessment",
} as const;

/** One resource: a file in the cartridge, and the item that places it in the course. */
interface Resource {
  id: string;
  type: (typeof TYPES)[keyof typeof TYPES];
  title: string;
  file: string;
  body: string;
  /** For instructors only: Moodle hides it, Canvas leaves it unpublished. */
  instructor?: boolean;
}

function webLink(id: string, title: string, url: string, file: string, instructor = false) {
  return {
    id,
    type: TYPES.link,
    title,
    file,
    instructor,
    // No target: each platform opens a link its own way (Moodle embeds it, Canvas asks).
    body: [
      XML_DECLARATION,
      '<webLink xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1">',
      `<title>${escapeXml(title)}</title>`,
      `<url href="${escapeXml(url)}"/>`,
      "</webLink>",
      "",
    ].join("\n"),
  } satisfies Resource;
}

/** The reflection prompts as a discussion topic, its text in HTML. */
function discussion(chapter: CartridgeChapter, id: string, file: string): Resource {
  const title = `Reflect: ${chapter.title}`;
  const html = [
    `<p>After reading <a href="${escapeXml(chapter.url)}">chapter ${chapter.number}, ${escapeXml(chapter.title)}</a>, choose one of these questions and write a short answer. Then read and reply to someone else's answer.</p>`,
    "<ol>",
    ...chapter.reflection.map((prompt) => `<li>${escapeXml(prompt)}</li>`),
    "</ol>",
  ].join("");
  return {
    id,
    type: TYPES.discussion,
    title,
    file,
    body: [
      XML_DECLARATION,
      '<topic xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1">',
      `<title>${escapeXml(title)}</title>`,
      `<text texttype="text/html">${escapeXml(html)}</text>`,
      "</topic>",
      "",
    ].join("\n"),
  };
}

/** A chapter's module: what a student meets, in order, then what the educator uses. */
function chapterResources(chapter: CartridgeChapter, attempts: Attempts): Resource[] {
  const id = (what: string) => `r_${chapter.slug}_${what}`;
  const file = (name: string) => `${chapter.slug}/${name}.xml`;
  const asked = chapter.quiz.questions.length - omitted(chapter.quiz).length;
  return [
    webLink(id("chapter"), `Read: ${chapter.title}`, chapter.url, file("chapter")),
    ...(asked > 0
      ? [
          {
            id: id("quiz"),
            type: TYPES.assessment,
            title: `Quiz: ${chapter.title}`,
            file: `${chapter.slug}/quiz/assessment.xml`,
            body: toQtiAssessment(
              { ...chapter.quiz, title: `Quiz: ${chapter.title}` },
              { attempts, cartridge: true },
            ),
          } satisfies Resource,
        ]
      : []),
    discussion(chapter, id("reflection"), file("reflection")),
    webLink(
      id("worksheet"),
      `Worksheet to print: ${chapter.title}`,
      chapter.worksheetUrl,
      file("worksheet"),
      true,
    ),
    webLink(
      id("answers"),
      `Answer key: ${chapter.title}`,
      chapter.answersUrl,
      file("answers"),
      true,
    ),
  ];
}

/** A resource's entry in the manifest, with its role when it is for instructors. */
function resourceEntry(resource: Resource): string {
  const role = resource.instructor
    ? "<metadata><lom:lom><lom:educational><lom:intendedEndUserRole><lom:source>IMSGLC_CC_Rolesv1p1</lom:source><lom:value>Instructor</lom:value></lom:intendedEndUserRole></lom:educational></lom:lom></metadata>"
    : "";
  return `<resource identifier="${resource.id}" type="${resource.type}">${role}<file href="${resource.file}"/></resource>`;
}

/** An organization item placing a resource. */
const itemFor = (resource: Resource) =>
  `<item identifier="i${resource.id.slice(1)}" identifierref="${resource.id}"><title>${escapeXml(resource.title)}</title></item>`;

/** Every file of the cartridge, by its path inside it. */
export function cartridgeFiles(cartridge: Cartridge): Record<string, string> {
  const guide = webLink(
    "r_teaching_guide",
    "Teaching guide: a session plan, outcomes and discussion questions",
    cartridge.educatorsUrl,
    "teaching-guide.xml",
    true,
  );
  const modules = cartridge.chapters.map((chapter) => ({
    chapter,
    resources: chapterResources(chapter, cartridge.attempts),
  }));
  const text = (value: string) =>
    `<lomimscc:string language="${LANGUAGE}">${escapeXml(value)}</lomimscc:string>`;
  const manifest = [
    XML_DECLARATION,
    `<manifest identifier="${cartridge.identifier}" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest" xmlns:lom="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource">`,
    "<metadata>",
    "<schema>IMS Common Cartridge</schema>",
    "<schemaversion>1.1.0</schemaversion>",
    "<lomimscc:lom>",
    "<lomimscc:general>",
    `<lomimscc:title>${text(cartridge.title)}</lomimscc:title>`,
    `<lomimscc:language>${LANGUAGE}</lomimscc:language>`,
    `<lomimscc:description>${text(cartridge.description)}</lomimscc:description>`,
    "</lomimscc:general>",
    "<lomimscc:rights>",
    "<lomimscc:copyrightAndOtherRestrictions><lomimscc:value>yes</lomimscc:value></lomimscc:copyrightAndOtherRestrictions>",
    `<lomimscc:description>${text(cartridge.rights)}</lomimscc:description>`,
    "</lomimscc:rights>",
    "</lomimscc:lom>",
    "</metadata>",
    "<organizations>",
    '<organization identifier="organization" structure="rooted-hierarchy">',
    '<item identifier="root">',
    // The first module is Moodle's general section, above the chapters.
    '<item identifier="m_educator"><title>For the educator</title>',
    itemFor(guide),
    "</item>",
    ...modules.flatMap(({ chapter, resources }) => [
      `<item identifier="m_chapter_${chapter.slug}"><title>${escapeXml(`Chapter ${chapter.number}: ${chapter.title}`)}</title>`,
      ...resources.map(itemFor),
      "</item>",
    ]),
    "</item>",
    "</organization>",
    "</organizations>",
    "<resources>",
    resourceEntry(guide),
    ...modules.flatMap(({ resources }) => resources.map(resourceEntry)),
    "</resources>",
    "</manifest>",
    "",
  ].join("\n");
  const files: Record<string, string> = { "imsmanifest.xml": manifest, [guide.file]: guide.body };
  for (const { resources } of modules) {
    for (const resource of resources) files[resource.file] = resource.body;
  }
  return files;
}

/** The cartridge as one .imscc file (a zip), the same bytes for the same course. */
export function toCartridge(cartridge: Cartridge): Uint8Array<ArrayBuffer> {
  const encode = new TextEncoder();
  const files = Object.fromEntries(
    Object.entries(cartridgeFiles(cartridge)).map(([path, text]) => [path, encode.encode(text)]),
  );
  return new Uint8Array(zipSync(files, { mtime: FIXED_TIME, level: 9 }));
}
