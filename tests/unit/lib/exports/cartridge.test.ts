import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { cartridgeFiles, toCartridge, type Cartridge } from "~/lib/exports/cartridge.ts";
import { itemIdent, omitted } from "~/lib/exports/qti.ts";
import { cartridgeSchema, schemaErrors } from "../../../support/xmllint.ts";
import { AWKWARD, FIXTURE, nodes, REAL, xml, type Node } from "./support.ts";

const SITE = "https://example.org/learning-together";

/** A course of the site's real quizzes, plus the awkward one, as the build makes it. */
function course(quizzes = [FIXTURE, ...REAL]): Cartridge {
  return {
    identifier: "learning-together",
    title: `Learning Together & friends`,
    description: AWKWARD,
    rights: "CC BY 4.0",
    educatorsUrl: `${SITE}/educators/`,
    attempts: "unlimited",
    chapters: quizzes.map((quiz, index) => ({
      slug: quiz.slug,
      number: index + 1,
      title: `${quiz.slug} & <title>`,
      summary: "What it covers.",
      url: `${SITE}/chapters/${quiz.slug}/?a=1&b=2`,
      worksheetUrl: `${SITE}/chapters/${quiz.slug}/worksheet/`,
      answersUrl: `${SITE}/quiz/answers/${quiz.slug}/`,
      reflection: ["What did you learn & from whom?", AWKWARD],
      quiz,
    })),
  };
}

const parse = (text: string | undefined) => xml.parse(text ?? "") as Node;

describe("Common Cartridge 1.1", () => {
  const files = cartridgeFiles(course());
  const manifest = parse(files["imsmanifest.xml"])["manifest"] as Node;
  const resources = new Map(
    nodes((manifest["resources"] as Node)["resource"]).map((r) => [String(r["@identifier"]), r]),
  );
  const root = nodes(((manifest["organizations"] as Node)["organization"] as Node)["item"])[0];
  const modules = nodes(root?.["item"]);
  const fileOf = (ref: unknown) =>
    files[String(((resources.get(String(ref)) as Node)["file"] as Node)["@href"])];

  it("has every file valid against the IMS CC 1.1 schemas Moodle validates with", () => {
    expect(schemaErrors(files, cartridgeSchema)).toEqual([]);
    // And the check can fail: a resource type CC 1.1 does not define.
    const broken = (files["imsmanifest.xml"] ?? "").replace('type="imsdt_xmlv1p1"', 'type="forum"');
    expect(schemaErrors({ "imsmanifest.xml": broken }, cartridgeSchema).join("\n")).toMatch(
      /forum.*not an element of the set/,
    );
  });

  it("says it is a Common Cartridge 1.1, in the manifest's default namespace Moodle looks for", () => {
    // Moodle reads the first 1 KB for this namespace to pick its 1.1 converter.
    const head = (files["imsmanifest.xml"] ?? "").slice(0, 1024);
    expect(head).toContain('xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"');
    expect(manifest["metadata"]).toMatchObject({
      schema: "IMS Common Cartridge",
      schemaversion: "1.1.0",
    });
  });

  it("puts the teaching guide first, then a module per chapter in order: read, quiz, reflect", () => {
    const titles = modules.map((m) => m["title"]);
    expect(titles[0]).toBe("For the educator");
    expect(titles.slice(1)).toEqual(
      course().chapters.map((c) => `Chapter ${c.number}: ${c.slug} & <title>`),
    );
    modules.slice(1).forEach((module, index) => {
      const chapter = course().chapters[index];
      const items = nodes(module["item"]);
      expect(items.map((i) => String(i["title"]).split(":")[0])).toEqual([
        "Read",
        "Quiz",
        "Reflect",
        "Worksheet to print",
        "Answer key",
      ]);
      const types = items.map((i) => resources.get(String(i["@identifierref"]))?.["@type"]);
      expect(types).toEqual([
        "imswl_xmlv1p1",
        "imsqti_xmlv1p2/imscc_xmlv1p1/assessment",
        "imsdt_xmlv1p1",
        "imswl_xmlv1p1",
        "imswl_xmlv1p1",
      ]);
      const link = parse(fileOf(items[0]?.["@identifierref"]))["webLink"] as Node;
      expect((link["url"] as Node)["@href"]).toBe(chapter?.url);
    });
  });

  it("marks the teaching guide, worksheets and answer keys for instructors, and nothing else", () => {
    const forInstructors = [...resources.values()]
      .filter((r) => JSON.stringify(r["metadata"] ?? {}).includes('"Instructor"'))
      .map((r) => r["@identifier"]);
    expect(forInstructors).toEqual([
      "r_teaching_guide",
      ...course().chapters.flatMap((c) => [`r_${c.slug}_worksheet`, `r_${c.slug}_answers`]),
    ]);
  });

  it("asks each chapter's questions but put-in-order ones, with the QTI zip's identifiers", () => {
    for (const chapter of course().chapters) {
      const doc = parse(fileOf(`r_${chapter.slug}_quiz`))["questestinterop"] as Node;
      const assessment = doc["assessment"] as Node;
      const items = nodes((assessment["section"] as Node)["item"]);
      const asked = chapter.quiz.questions.filter((q) => !omitted(chapter.quiz).includes(q));
      expect(items.map((i) => i["@ident"])).toEqual(
        asked.map((q) => itemIdent(chapter.slug, q.id)),
      );
      const fields = nodes((assessment["qtimetadata"] as Node)["qtimetadatafield"]);
      expect(fields.find((f) => f["fieldlabel"] === "cc_maxattempts")?.["fieldentry"]).toBe(
        "unlimited",
      );
      // Moodle imports an item only with a profile it knows, and a true/false one only with
      // answers named "true" and "false".
      for (const [index, item] of items.entries()) {
        const profile = nodes(
          ((item["itemmetadata"] as Node)["qtimetadata"] as Node)["qtimetadatafield"],
        ).find((f) => f["fieldlabel"] === "cc_profile")?.["fieldentry"];
        const type = asked[index]?.type;
        expect(profile).toBe(
          {
            single: "cc.multiple_choice.v0p1",
            multiple: "cc.multiple_response.v0p1",
            "true-false": "cc.true_false.v0p1",
          }[type as "single"],
        );
        if (type === "true-false") {
          const labels = nodes(
            (((item["presentation"] as Node)["response_lid"] as Node)["render_choice"] as Node)[
              "response_label"
            ],
          );
          expect(labels.map((l) => l["@ident"])).toEqual(["true", "false"]);
        }
      }
    }
  });

  it("gives the reflection prompts as a discussion topic, linked to the chapter", () => {
    const chapter = course().chapters[0];
    const topic = parse(fileOf(`r_${chapter?.slug}_reflection`))["topic"] as Node;
    const html = String((topic["text"] as Node)["#text"]);
    expect(html).toContain(`<a href="${SITE}/chapters/awkward/?a=1&amp;b=2">`);
    expect(html).toContain("<li>What did you learn &amp; from whom?</li>");
    expect(html).toContain("&lt;b&gt;bold&lt;/b&gt;");
  });

  it("is one zip of those files, the same bytes every time", () => {
    const zip = toCartridge(course(REAL));
    expect(Buffer.from(zip).equals(Buffer.from(toCartridge(course(REAL))))).toBe(true);
    const unzipped = Object.fromEntries(
      Object.entries(unzipSync(zip)).map(([name, data]) => [name, strFromU8(data)]),
    );
    expect(unzipped).toEqual(cartridgeFiles(course(REAL)));
  });
});
