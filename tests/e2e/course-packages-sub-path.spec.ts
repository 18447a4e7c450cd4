import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { cartridgeSchema, schemaErrors } from "../support/xmllint.ts";
import { CHAPTERS, SUB_PATH_BASE } from "./support.ts";

/*
 * The course packages as built (dist-subpath/, which has a public address): every file of
 * every cartridge valid against the IMS CC 1.1 schemas, and every web link in them an
 * address of a page the build has.
 */
const COURSE = "dist-subpath/course";
const PUBLIC = `https://example.github.io${SUB_PATH_BASE}`;

const unzip = (file: string) =>
  Object.fromEntries(
    Object.entries(unzipSync(readFileSync(file))).map(([name, data]) => [name, strFromU8(data)]),
  );

test("a cartridge for all chapters and one per chapter, every file valid against CC 1.1", () => {
  const names = readdirSync(COURSE)
    .filter((name) => name.endsWith(".imscc"))
    .sort();
  expect(names).toEqual(
    ["all-chapters", ...CHAPTERS.map((c) => c.path.split("/")[2])]
      .map((name) => `${name}.imscc`)
      .sort(),
  );
  for (const name of names) {
    expect(schemaErrors(unzip(`${COURSE}/${name}`), cartridgeSchema), name).toEqual([]);
  }
});

test("every web link in a cartridge is the public address of a page the build has", () => {
  const files = unzip(`${COURSE}/all-chapters.imscc`);
  const links = Object.values(files)
    .filter((text) => text.includes("<webLink "))
    .map((text) => /<url href="([^"]+)"/.exec(text)?.[1] ?? "");
  // Per chapter: the chapter, its worksheet and its answer key; and the teaching guide.
  expect(links).toHaveLength(CHAPTERS.length * 3 + 1);
  for (const link of links) {
    expect(link.startsWith(PUBLIC), link).toBe(true);
    const page = `dist-subpath/${link.slice(PUBLIC.length)}index.html`;
    expect(existsSync(page), `${link} is no page of the build (${page})`).toBe(true);
  }
  for (const chapter of CHAPTERS) expect(links).toContain(`${PUBLIC}${chapter.path.slice(1)}`);
});

test("the cartridges are left out of the offline copy", () => {
  const worker = readFileSync("dist-subpath/sw.js", "utf8");
  expect(worker).toContain("chapters/benefits/");
  expect(worker).not.toContain(".imscc");
});

test("/educators/ offers the whole course and each chapter as a course package, with its size", async ({
  page,
  request,
}) => {
  await page.goto("educators/");
  const whole = page.getByRole("link", { name: "All chapters as a course package" });
  await expect(whole).toHaveAttribute("href", `${SUB_PATH_BASE}course/all-chapters.imscc`);
  const size = Math.round(statSync(`${COURSE}/all-chapters.imscc`).size / 1024);
  await expect(page.getByText(`(IMS Common Cartridge 1.1, ${size} KB)`)).toBeVisible();
  const response = await request.get(`course/all-chapters.imscc`);
  expect(response.status()).toBe(200);
  expect(
    Buffer.from(await response.body()).equals(readFileSync(`${COURSE}/all-chapters.imscc`)),
  ).toBe(true);
  for (const [index, chapter] of CHAPTERS.entries()) {
    const slug = chapter.path.split("/")[2];
    await expect(
      page.getByRole("link", {
        name: `Chapter ${index + 1}, ${chapter.title}, as a course package`,
        exact: true,
      }),
    ).toHaveAttribute("href", `${SUB_PATH_BASE}course/${slug}.imscc`);
    // And its graded package, in the table's SCORM column.
    await expect(
      page.getByRole("table", { name: "Each chapter's files" }).getByRole("link", {
        name: `SCORM 1.2: graded package for chapter ${index + 1}, ${chapter.title}`,
      }),
    ).toHaveAttribute("href", `${SUB_PATH_BASE}course/${slug}.scorm12.zip`);
  }
});
