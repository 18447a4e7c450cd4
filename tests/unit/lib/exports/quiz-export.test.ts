import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { blackboardField, toBlackboard } from "~/lib/exports/blackboard.ts";
import { moodleShare, toMoodleXml } from "~/lib/exports/moodle.ts";
import { itemIdent, omitted, toQtiAssessment, toQtiZip } from "~/lib/exports/qti.ts";
import { quizAttempts, QuizAttemptsError, type ExportQuiz } from "~/lib/exports/types.ts";
import type { Question } from "~/schemas/quiz.ts";
import { AWKWARD, FIXTURE, nodes, REAL, rightAnswers, text, xml, type Node } from "./support.ts";

/**
 * The text of each <text> element as Moodle reads it (lib/xmlize.php, question/format/xml/
 * format.php): the XML parser hands over a run of characters, an entity and a CDATA section
 * each as a piece of its own; a piece that is only white space is dropped; the whole is
 * trimmed.
 */
function moodleTexts(file: string): string[] {
  const decode = (entity: string) =>
    ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" })[entity] ?? entity;
  return [...file.matchAll(/<text>([\s\S]*?)<\/text>/g)].map(([, inner = ""]) =>
    [...inner.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>|&[a-z]+;|[^&<]+/g)]
      .map(([piece, cdataText]) =>
        cdataText !== undefined ? cdataText : piece.startsWith("&") ? decode(piece) : piece,
      )
      .filter((piece) => piece.trim() !== "")
      .join("")
      .trim(),
  );
}

describe("Moodle XML", () => {
  const read = (quizzes: ExportQuiz[]) =>
    nodes((xml.parse(toMoodleXml(quizzes)) as { quiz: Node }).quiz["question"]);

  /**
   * The mark Moodle gives a multichoice response, as qtype_multichoice grades it: with
   * <single>true</single> a reader picks one answer (radio buttons) and gets its fraction;
   * otherwise a reader ticks any set of boxes and gets the sum of their fractions, kept
   * between 0 and 1.
   */
  function moodleMarks(question: Node): { ticked: string[]; mark: number }[] {
    const answers = nodes(question["answer"]).map((a) => ({
      text: text(a),
      fraction: Number(a["@fraction"]) / 100,
    }));
    const responses =
      question["single"] === "true"
        ? answers.map((a) => [a])
        : // Every set of ticked boxes, the empty one aside.
          Array.from({ length: 2 ** answers.length - 1 }, (_, bits) =>
            answers.filter((_a, index) => ((bits + 1) >> index) & 1),
          );
    return responses.map((ticked) => ({
      ticked: ticked.map((a) => a.text),
      mark: Math.min(
        1,
        Math.max(
          0,
          ticked.reduce((sum, a) => sum + a.fraction, 0),
        ),
      ),
    }));
  }

  it("gives full marks in Moodle only for the right answers: ticking every box never does", () => {
    const questions = [FIXTURE, ...REAL].flatMap((quiz) =>
      quiz.questions.filter((q) => q.type === "single" || q.type === "multiple"),
    );
    const nodesOf = read([FIXTURE, ...REAL]).filter((q) => q["@type"] === "multichoice");
    expect(nodesOf).toHaveLength(questions.length);
    questions.forEach((question, index) => {
      const node = nodesOf[index] as Node;
      // A single-answer question imported as tick-all-that-apply would score its wrong
      // options at 0, so ticking every box would earn the full mark.
      expect(node["single"], question.id).toBe(question.type === "single" ? "true" : "false");
      const full = moodleMarks(node)
        .filter(({ mark }) => mark > 0.99999)
        .map(({ ticked }) => [...ticked].sort());
      expect(full, question.id).toEqual([[...rightAnswers(question)].sort()]);
    });
  });

  it("carries every text, special characters and line breaks included, through a parser", () => {
    const [category, single, , tf, order] = read([FIXTURE]);
    expect(text((category?.["category"] as Node) ?? {})).toBe("$course$/top/Awkward - text");
    expect(text(single?.["questiontext"])).toBe(AWKWARD);
    expect(text(single?.["generalfeedback"])).toBe(`Because ${AWKWARD}`);
    const answers = nodes(single?.["answer"]);
    // In the order the site shows them (shownChoices), not the file's.
    expect(answers.map((a) => [a["@fraction"], text(a), text(a["feedback"])])).toEqual([
      ["0", "Wrong <i>", "No & never"],
      ["100", `Right ${AWKWARD}`, `Yes: ${AWKWARD}`],
    ]);
    expect(text(tf?.["questiontext"])).toBe("A statement\twith a tab");
    // The statement is false: picking "true" gets the wrong-answer feedback.
    expect(nodes(tf?.["answer"]).map((a) => [text(a), text(a["feedback"])])).toEqual([
      ["true", "Wrong & > true"],
      ["false", `Right: ${AWKWARD}`],
    ]);
    expect(nodes(order?.["answer"]).map(text)).toEqual(["First & one", "Second <two>", "Third"]);
    expect(text(order?.["correctfeedback"])).toBe("In order <yes>");
    expect(text(order?.["partiallycorrectfeedback"])).toBe(`Not in order: ${AWKWARD}`);
    expect(text(order?.["incorrectfeedback"])).toBe(`Not in order: ${AWKWARD}`);
  });

  it("reads back every text exactly as Moodle's XML reader takes it, quotes and ]]> included", () => {
    const texts = moodleTexts(toMoodleXml([FIXTURE]));
    expect(texts).toContain(AWKWARD);
    expect(texts).toContain(`Because ${AWKWARD}`);
    expect(texts).toContain(`Yes: ${AWKWARD}`);
    expect(texts).toContain(`Not in order: ${AWKWARD}`);
    // The same reader loses the space between two quoted words written as entities.
    expect(moodleTexts(`<text>&quot;quoted&quot; &apos;single&apos;</text>`)).toEqual([
      `"quoted"'single'`,
    ]);
  });

  it("grades multiple answers with fractions Moodle accepts, adding up to the full mark", () => {
    const [, , many] = read([FIXTURE]);
    const fractions = nodes(many?.["answer"]).map((a) => [text(a), a["@fraction"]]);
    // Shown as d, e, c, b, a: the site's shuffle of a to e.
    expect(fractions).toEqual([
      ["d", "-50"],
      ["e", "-50"],
      ["c", "33.33333"],
      ["b", "33.33333"],
      ["a", "33.33333"],
    ]);
    expect(many?.["single"]).toBe("false");
  });

  it("marks true and false by their text, and the put-in-order items in the right order", () => {
    const [, , , tf, order] = read([FIXTURE]);
    expect(tf?.["@type"]).toBe("truefalse");
    expect(nodes(tf?.["answer"]).map((a) => [text(a), a["@fraction"]])).toEqual([
      ["true", "0"],
      ["false", "100"],
    ]);
    expect(order?.["@type"]).toBe("ordering");
    expect(order?.["selectcount"]).toBe("3");
  });

  it("holds every question of the site's quizzes with its right answers", () => {
    const questions = read(REAL).filter((q) => q["@type"] !== "category");
    const expected = REAL.flatMap((quiz) => quiz.questions);
    expect(questions).toHaveLength(expected.length);
    questions.forEach((node, index) => {
      const question = expected[index] as Question;
      expect(text(node["questiontext"])).toBe(question.prompt);
      expect(text(node["generalfeedback"])).toBe(question.explanation);
      const answers = nodes(node["answer"]);
      const right =
        question.type === "order"
          ? answers.map(text)
          : answers.filter((a) => Number(a["@fraction"]) > 0).map(text);
      expect(right).toEqual(rightAnswers(question));
    });
  });

  it("gives each of up to ten right answers an equal share Moodle accepts", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => moodleShare(n, "q"))).toEqual([
      "100",
      "50",
      "33.33333",
      "25",
      "20",
      "16.66667",
      "14.28571",
      "12.5",
      "11.11111",
      "10",
    ]);
    expect(() => moodleShare(11, "too-many")).toThrow(
      'Question "too-many": Moodle cannot give 11 answers an equal share of the mark',
    );
  });
});

describe("QTI 1.2 zip for Canvas", () => {
  const unzip = (quizzes: ExportQuiz[], attempts?: number) => {
    const files = unzipSync(toQtiZip(quizzes, attempts));
    return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
  };
  const assessment = (file: string) =>
    (xml.parse(file) as { questestinterop: Node }).questestinterop["assessment"] as Node;
  const items = (file: string) => nodes((assessment(file)["section"] as Node)["item"]);
  const mattextNode = (node: unknown) => ((node as Node)["material"] as Node)["mattext"] as Node;
  /** HTML as Canvas shows it, as text: a paragraph a line, tags gone, entities read. */
  const shown = (html: string) =>
    html
      .replaceAll("</p><p", "</p>\n<p")
      .replace(/<[^>]+>/g, "")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&");
  /** The text of a QTI material element inside `node`, as Canvas shows it. */
  const mattext = (node: unknown) => {
    const element = mattextNode(node);
    const raw = String(element["#text"] ?? "");
    return element["@texttype"] === "text/html" ? shown(raw) : raw;
  };
  const labelsOf = (item: Node) =>
    nodes(
      (((item["presentation"] as Node)["response_lid"] as Node)["render_choice"] as Node)[
        "response_label"
      ],
    );
  const conditionsOf = (item: Node) => nodes((item["resprocessing"] as Node)["respcondition"]);

  /**
   * Each answer's weight as Canvas reads it (AssessmentItemConverter#process_response_
   * conditions): conditions in order, each setting the weight of the answers it names
   * outside <not> to its score, or to 0 when it sets none; the last one wins.
   */
  function weights(item: Node): Map<string, number> {
    const weight = new Map<string, number>();
    for (const condition of conditionsOf(item)) {
      const variables = condition["conditionvar"] as Node;
      const named = nodes(
        (variables["and"] as Node | undefined)?.["varequal"] ?? variables["varequal"],
      );
      const score = Number((condition["setvar"] as Node | undefined)?.["#text"] ?? 0);
      for (const v of named) weight.set(String(v["#text"]), score);
    }
    return weight;
  }

  it("lists each quiz in its manifest, and holds a file for each", () => {
    const files = unzip(REAL);
    const manifest = xml.parse(files["imsmanifest.xml"] ?? "") as { manifest: Node };
    const resources = nodes((manifest.manifest["resources"] as Node)["resource"]);
    expect(resources.map((r) => r["@type"])).toEqual(REAL.map(() => "imsqti_xmlv1p2"));
    for (const resource of resources) {
      const href = String((resource["file"] as Node)["@href"]);
      expect(files[href]).toContain("<questestinterop");
    }
    expect(Object.keys(files)).toHaveLength(REAL.length + 1);
  });

  it("names every question and answer uniquely across all packages, the same in each", () => {
    const identsOf = (quizzes: ExportQuiz[]) =>
      Object.entries(unzip(quizzes))
        .filter(([name]) => name !== "imsmanifest.xml")
        .flatMap(([, file]) => items(file))
        .flatMap((item) => [item["@ident"], ...labelsOf(item).map((l) => l["@ident"])]);
    const all = identsOf(REAL);
    // Canvas keys a question by its ident: two alike in one course would show one question
    // in both quizzes.
    expect(new Set(all).size).toBe(all.length);
    // Each chapter's own package names its questions as the all-chapters one does.
    expect(REAL.flatMap((quiz) => identsOf([quiz]))).toEqual(all);
    for (const ident of all) expect(String(ident)).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
    expect(itemIdent("benefits", "delegation")).toBe("q_benefits_delegation");
  });

  it("leaves out put-in-order questions, which Canvas has no type for, and keeps the rest", () => {
    const files = unzip([FIXTURE]);
    const found = items(files["quiz-awkward/quiz-awkward.xml"] ?? "");
    expect(found).toHaveLength(3);
    expect(omitted(FIXTURE).map((q) => q.id)).toEqual(["order"]);
  });

  it("carries texts, line breaks, right answers and each answer's feedback as Canvas shows them", () => {
    const files = unzip([FIXTURE]);
    const [single, many, tf] = items(files["quiz-awkward/quiz-awkward.xml"] ?? "");
    const type = (item: Node | undefined) =>
      nodes(((item?.["itemmetadata"] as Node)["qtimetadata"] as Node)["qtimetadatafield"]).find(
        (f) => f["fieldlabel"] === "question_type",
      )?.["fieldentry"];
    expect([single, many, tf].map(type)).toEqual([
      "multiple_choice_question",
      "multiple_answers_question",
      "true_false_question",
    ]);
    const presentation = single?.["presentation"] as Node;
    // HTML, so Canvas keeps the line break and shows "&" and "<b>" as written.
    expect(mattextNode(presentation)["@texttype"]).toBe("text/html");
    expect(mattext(presentation)).toBe(AWKWARD);
    expect(labelsOf(single as Node).map(mattext)).toEqual(["Wrong <i>", `Right ${AWKWARD}`]);
    const feedback = Object.fromEntries(
      nodes(single?.["itemfeedback"]).map((f) => [f["@ident"], mattext(f["flow_mat"])]),
    );
    expect(feedback).toEqual({
      general_fb: `Because ${AWKWARD}`,
      a1_fb: `Yes: ${AWKWARD}`,
      a2_fb: "No & never",
    });
    // Feedback stays an element with an attribute: Canvas unwraps a bare <p> and then shows
    // "&amp;" as it is.
    for (const f of nodes(single?.["itemfeedback"])) {
      const kind = f["@ident"] === "general_fb" ? "explanation" : "feedback";
      expect(String(mattextNode(f["flow_mat"])["#text"])).toMatch(
        new RegExp(`^(<p class="${kind}">[^<]*</p>)+$`),
      );
      // Canvas treats feedback with these words in its ident as its own general, right or
      // wrong feedback, and drops it as an answer's (get_feedback_id).
      if (kind === "feedback")
        expect(String(f["@ident"])).not.toMatch(/general_|_all|wrong|incorrect|correct|_IC$|_C$/i);
    }
    // True or false: each of the two choices has the quiz file's feedback for picking it.
    const tfFeedback = Object.fromEntries(
      nodes(tf?.["itemfeedback"]).map((f) => [f["@ident"], mattext(f["flow_mat"])]),
    );
    expect(tfFeedback).toEqual({
      general_fb: "It is false.",
      a1_fb: "Wrong & > true",
      a2_fb: `Right: ${AWKWARD}`,
    });
  });

  it("weighs only each question's right answers at 100, as Canvas reads the conditions", () => {
    const files = unzip([FIXTURE, ...REAL]);
    for (const quiz of [FIXTURE, ...REAL]) {
      const found = items(files[`quiz-${quiz.slug}/quiz-${quiz.slug}.xml`] ?? "");
      const questions = quiz.questions.filter((q) => q.type !== "order");
      expect(found).toHaveLength(questions.length);
      found.forEach((item, index) => {
        const question = questions[index] as Question;
        const weight = weights(item);
        const right = labelsOf(item)
          .filter((l) => weight.get(String(l["@ident"])) === 100)
          .map(mattext);
        expect(right, question.id).toEqual(
          question.type === "true-false"
            ? [question.answer ? "True" : "False"]
            : rightAnswers(question),
        );
        // Moodle's cartridge converter shares the mark among the answers named by every
        // condition that scores, counting an answer each time it is named: each right
        // answer is named once, or right answers add up to less than the full mark.
        const scored = conditionsOf(item)
          .filter((c) => c["setvar"] !== undefined)
          .flatMap((c) => {
            const variables = c["conditionvar"] as Node;
            // Named alone, or inside <and> (never those inside <not>).
            return [
              ...nodes(variables["varequal"]),
              ...nodes((variables["and"] as Node | undefined)?.["varequal"]),
            ];
          })
          .map((v) => String(v["#text"]));
        const rightIds = labelsOf(item)
          .filter((l) => weight.get(String(l["@ident"])) === 100)
          .map((l) => String(l["@ident"]));
        expect(scored, question.id).toEqual(rightIds);
        // The explanation is the only feedback of a condition that lets processing go on,
        // which Moodle's converter shows for every answer.
        const shownToAll = conditionsOf(item).filter((c) => c["@continue"] === "Yes");
        expect(shownToAll.map((c) => (c["displayfeedback"] as Node)["@linkrefid"])).toEqual([
          "general_fb",
        ]);
      });
    }
  });

  it("allows unlimited attempts unless QUIZ_ATTEMPTS says how many", () => {
    const attemptsOf = (file: string) =>
      nodes((assessment(file)["qtimetadata"] as Node)["qtimetadatafield"]).find(
        (f) => f["fieldlabel"] === "cc_maxattempts",
      )?.["fieldentry"];
    expect(attemptsOf(unzip(REAL)["quiz-benefits/quiz-benefits.xml"] ?? "")).toBe("unlimited");
    expect(attemptsOf(unzip(REAL, 3)["quiz-benefits/quiz-benefits.xml"] ?? "")).toBe("3");
    expect(attemptsOf(toQtiAssessment(FIXTURE, { attempts: quizAttempts("2") }))).toBe("2");
    expect([undefined, "", " unlimited ", "Unlimited"].map(quizAttempts)).toEqual([
      "unlimited",
      "unlimited",
      "unlimited",
      "unlimited",
    ]);
    for (const bad of ["0", "-1", "two", "1.5"]) {
      expect(() => quizAttempts(bad)).toThrow(QuizAttemptsError);
      expect(() => quizAttempts(bad)).toThrow(
        `QUIZ_ATTEMPTS is "${bad}": set it to a whole number`,
      );
    }
  });

  it("is the same, byte for byte, each time it is made", () => {
    expect(Buffer.from(toQtiZip(REAL)).equals(Buffer.from(toQtiZip(REAL)))).toBe(true);
  });
});

describe("Blackboard upload file", () => {
  /** A field as Blackboard shows it: entities and <br /> read back. */
  const shown = (field: string) =>
    field
      .replaceAll("<br />", "\n")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&");

  it("writes one line per question, with tabs only between fields", () => {
    const lines = toBlackboard([FIXTURE]).trimEnd().split("\n");
    expect(lines.map((line) => line.split("\t"))).toEqual([
      [
        "MC",
        blackboardField(AWKWARD),
        "Wrong &lt;i&gt;",
        "incorrect",
        blackboardField(`Right ${AWKWARD}`),
        "correct",
      ],
      [
        "MA",
        "Pick three",
        "d",
        "incorrect",
        "e",
        "incorrect",
        "c",
        "correct",
        "b",
        "correct",
        "a",
        "correct",
      ],
      ["TF", "A statement with a tab", "false"],
      ["ORD", "Put in order", "First &amp; one", "Second &lt;two&gt;", "Third"],
    ]);
    expect(shown(blackboardField(AWKWARD))).toBe(AWKWARD);
  });

  it("holds every question of the site's quizzes with its right answers", () => {
    const lines = toBlackboard(REAL).trimEnd().split("\n");
    const questions = REAL.flatMap((quiz) => quiz.questions);
    expect(lines).toHaveLength(questions.length);
    lines.forEach((line, index) => {
      const question = questions[index] as Question;
      const [type = "", prompt = "", ...rest] = line.split("\t").map(shown);
      expect(prompt).toBe(question.prompt);
      const right =
        type === "TF"
          ? rest
          : type === "ORD"
            ? rest
            : rest.filter((_, i) => i % 2 === 0 && rest[i + 1] === "correct");
      expect(right).toEqual(rightAnswers(question));
    });
  });
});
