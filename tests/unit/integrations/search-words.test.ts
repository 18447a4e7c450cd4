import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import searchWords, { decodeFragment, MAX_WORDS, wordList } from "~/integrations/search-words.ts";

describe("wordList", () => {
  it("lists each word once, most frequent first, then alphabetically", () => {
    expect(wordList(["Team work and team talk.", "Talk, then TEAM again."])).toEqual([
      "team",
      "talk",
      "again",
      "and",
      "then",
      "work",
    ]);
  });

  it("keeps words of three or more letters, split at hyphens, digits and punctuation", () => {
    expect(wordList(["An e-learning course (2022) on face-to-face work by a HCA"])).toEqual([
      "face",
      "course",
      "hca",
      "learning",
      "work",
    ]);
  });

  it("keeps letters of any script and counts an accented word as one", () => {
    expect(wordList(["Ärztin, ärztin; пациент naïve"])).toEqual(["ärztin", "naïve", "пациент"]);
  });

  it(`stops at ${MAX_WORDS} words, dropping the rarest`, () => {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const word = (i: number) =>
      [0, 1, 2].map((k) => letters[Math.floor(i / 26 ** k) % 26]).join("");
    const text = Array.from({ length: MAX_WORDS + 10 }, (_, i) => word(i)).join(" ");
    const list = wordList([`${text} zzz zzz`]);
    expect(list).toHaveLength(MAX_WORDS);
    expect(list[0]).toBe("zzz");
    expect(wordList(["one two two"], 1)).toEqual(["two"]);
  });
});

describe("decodeFragment", () => {
  const record = { url: "/a/", content: "Speaking up.", word_count: 2, filters: {}, meta: {} };

  it("reads gzip holding the signature and the page's JSON", () => {
    const bytes = gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(record)}`));
    expect(decodeFragment(bytes).content).toBe("Speaking up.");
  });

  it("also reads an uncompressed fragment, as Pagefind's own script does", () => {
    expect(decodeFragment(Buffer.from(`pagefind_dcd${JSON.stringify(record)}`)).content).toBe(
      "Speaking up.",
    );
  });

  it("stops the build when the format is not what it expects", () => {
    expect(() => decodeFragment(gzipSync(Buffer.from(JSON.stringify(record))), "x")).toThrow(
      /x: no "pagefind_dcd" signature/,
    );
    expect(() => decodeFragment(gzipSync(Buffer.from('pagefind_dcd{"url":"/"}')), "y")).toThrow(
      /y: no "content" text/,
    );
  });
});

describe("the integration, on an index Pagefind really wrote", () => {
  let site: string;

  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), "search-words-"));
    await mkdir(join(site, "page"));
    await writeFile(
      join(site, "page", "index.html"),
      `<!doctype html><html lang="en"><head><title>Page</title></head><body>
        <nav>Breadcrumb navigation</nav>
        <main data-pagefind-body>
          <h1>Hierarchy and delegation</h1>
          <p>Speaking up about hierarchy, with a pillow-talk example.</p>
          <section data-pagefind-ignore="all"><p>Quiz answer: zebrafish</p></section>
        </main>
      </body></html>`,
    );
    try {
      const { index, errors } = await pagefind.createIndex();
      if (!index) throw new Error(errors.join("\n"));
      await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: join(site, "pagefind") });
    } finally {
      await pagefind.close();
    }
  });

  afterAll(async () => {
    await rm(site, { recursive: true, force: true });
  });

  it("writes the words Pagefind indexed, and nothing it left out", async () => {
    const fragments = await readdir(join(site, "pagefind", "fragment"));
    expect(fragments).toHaveLength(1);

    const done = searchWords().hooks["astro:build:done"];
    const logged: string[] = [];
    const logger = { info: (message: string) => logged.push(message) };
    await done?.({ dir: pathToFileURL(`${site}/`), logger } as unknown as Parameters<
      NonNullable<typeof done>
    >[0]);

    const written: unknown = JSON.parse(await readFile(join(site, "search-words.json"), "utf8"));
    expect(written).toEqual({
      v: 1,
      words: [
        "hierarchy",
        "about",
        "and",
        "delegation",
        "example",
        "pillow",
        "speaking",
        "talk",
        "with",
      ],
    });
    expect(logged).toEqual(["Wrote 9 words from 1 pages for search suggestions"]);
  });
});
