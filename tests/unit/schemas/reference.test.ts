import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { referenceSchema } from "~/schemas/reference.ts";
import { problems as problemsOf } from "./support.ts";

const real = JSON.parse(readFileSync("content/references.json", "utf8")) as Record<
  string,
  unknown
>[];
const busari = real.find((r) => r["id"] === "busari-2017") ?? {};

/** Each failing field with its message. */
const problems = (data: unknown) => problemsOf(referenceSchema, data);

describe("referenceSchema", () => {
  it("accepts every reference in content/references.json", () => {
    for (const reference of real) expect(problems(reference)).toEqual({});
  });

  it("holds exactly the essay's three references, with the metadata its list gives", () => {
    expect(real.map((r) => [r["id"], r["DOI"], r["volume"], r["issue"], r["page"]])).toEqual([
      ["garnweidner-holme-2022", "10.2147/JMDH.S376074", "15", undefined, "1945-1954"],
      ["busari-2017", "10.2147/JMDH.S140042", "10", undefined, "227-234"],
      ["davison-2022", "10.1080/13561820.2021.1943336", "36", "4", "560-566"],
    ]);
  });

  it("gives each journal's full name and its abbreviation, which styles print differently", () => {
    expect(real.map((r) => [r["container-title"], r["container-title-short"]])).toEqual([
      ["Journal of Multidisciplinary Healthcare", "J Multidiscip Healthc"],
      ["Journal of Multidisciplinary Healthcare", "J Multidiscip Healthc"],
      ["Journal of Interprofessional Care", "J Interprof Care"],
    ]);
    const { ["container-title-short"]: _short, ...withoutShort } = busari;
    expect(problems(withoutShort)["container-title-short"]).toBe(
      'Add "container-title-short" as the source gives it',
    );
    expect(problems({ ...busari, "container-title": "J Multidiscip Healthc" })).toEqual({
      "container-title":
        'Give the journal\'s full name in "container-title" and its abbreviation in "container-title-short"',
    });
  });

  it("names each broken field and says how to fix it", () => {
    const found = problems({
      ...busari,
      id: "Busari 2017",
      DOI: "https://doi.org/10.2147/JMDH.S140042",
      page: "227–234",
      author: [{ family: "Busari", given: "JO" }],
    });
    expect(found["id"]).toBe(
      'Use lower-case letters, digits and single hyphens for "id", such as "busari-2017"',
    );
    expect(found["DOI"]).toBe(
      'Write "DOI" without "https://doi.org/", such as "10.2147/JMDH.S140042"',
    );
    expect(found["page"]).toBe(
      'Write "page" as first and last page joined by a hyphen, such as "227-234"',
    );
    expect(found["author.0.given"]).toMatch(/^Write initials with full stops and spaces/);
  });

  it("refuses fields the source does not give, and misspelt ones", () => {
    const { DOI, ...withoutDoi } = busari;
    expect(DOI).toBeDefined();
    const found = problems({ ...withoutDoi, doi: DOI, publisher: "Dove Press" });
    expect(found["DOI"]).toBe('Add "DOI" as the source gives it');
    expect(found["(root)"]).toMatch(/Unrecognized key\(s\) in object: 'doi', 'publisher'/);
  });
});
