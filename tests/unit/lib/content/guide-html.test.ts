import { describe, expect, it } from "vitest";
import { guideTarget, scopeForGuide } from "~/lib/content/guide-html.ts";

const SLUGS = ["benefits", "venepuncture"];
const inGuide = (link: string) => guideTarget(link, "/base/", SLUGS);

describe("scopeForGuide, for a chapter", () => {
  const scope = (html: string) => scopeForGuide(html, { prefix: "benefits", inGuide });

  it("gives every id the chapter's prefix, and every reference to an id with it", () => {
    const html = scope(
      '<h2 id="try-this">Try this</h2><a href="#try-this">Link</a>' +
        '<a id="cite-x" aria-describedby="cite-x-preview">[1]</a><span id="cite-x-preview">X</span>' +
        '<section aria-labelledby="key-points"><label for="answer">A</label></section>',
    );
    expect(html).toBe(
      '<h3 id="benefits-try-this">Try this</h3><a href="#benefits-try-this">Link</a>' +
        '<a id="benefits-cite-x" aria-describedby="benefits-cite-x-preview">[1]</a>' +
        '<span id="benefits-cite-x-preview">X</span>' +
        '<section aria-labelledby="benefits-key-points"><label for="benefits-answer">A</label></section>',
    );
  });

  it("scopes attributes that hold one id, and leaves a bare # alone", () => {
    expect(scope('<input list="opts" aria-activedescendant="o1"><a href="#">Top</a>')).toBe(
      '<input list="benefits-opts" aria-activedescendant="benefits-o1"><a href="#">Top</a>',
    );
  });

  it("names each labelled section by its chapter too", () => {
    expect(
      scopeForGuide('<section aria-labelledby="key-points"><h2 id="key-points">K</h2></section>', {
        prefix: "benefits",
        inGuide,
        labelledBy: "benefits",
      }),
    ).toBe(
      '<section aria-labelledby="benefits-key-points benefits"><h3 id="benefits-key-points">K</h3></section>',
    );
  });

  it("moves each heading one level down, under the chapter's own h2", () => {
    expect(scope("<h2>A</h2><h3>B</h3><h4>C</h4>")).toBe("<h3>A</h3><h4>B</h4><h5>C</h5>");
  });

  it("keeps links to chapters and references in the guide, without a printed address", () => {
    const html = scope(
      '<a href="/base/chapters/venepuncture/#the-setting" data-print-url="https://x/">S</a>' +
        '<a href="/base/references/#busari-2017">[2]</a>' +
        '<a href="/base/quiz/" data-print-url="https://x/base/quiz/">Quiz</a>',
    );
    expect(html).toBe(
      '<a href="#venepuncture-the-setting">S</a><a href="#busari-2017">[2]</a>' +
        '<a href="/base/quiz/" data-print-url="https://x/base/quiz/">Quiz</a>',
    );
  });

  it("leaves the text alone, characters that need escaping included", () => {
    expect(scope("<p>Tom &amp; Jerry &lt;3 “quoted”</p>")).toBe(
      "<p>Tom &#x26; Jerry &#x3C;3 “quoted”</p>",
    );
  });
});

describe("scopeForGuide, for the guide's own sections", () => {
  it("keeps ids and headings, and still keeps links in the guide", () => {
    expect(
      scopeForGuide('<h2 id="references">R</h2><a href="/base/chapters/benefits/#cite-x">B</a>', {
        inGuide,
      }),
    ).toBe('<h2 id="references">R</h2><a href="#benefits-cite-x">B</a>');
  });
});

describe("guideTarget", () => {
  it("sends a chapter to its heading and a section to its prefixed id", () => {
    expect(inGuide("/base/chapters/benefits/")).toBe("#benefits");
    expect(inGuide("/base/chapters/benefits/#delegation")).toBe("#benefits-delegation");
  });
  it("sends a reference to the guide's reference list", () => {
    expect(inGuide("/base/references/#davison-2022")).toBe("#davison-2022");
  });
  it("leaves pages the guide does not hold, other sites, and unknown chapters", () => {
    expect(inGuide("/base/references/")).toBeUndefined();
    expect(inGuide("/base/quiz/")).toBeUndefined();
    expect(inGuide("/base/chapters/")).toBeUndefined();
    expect(inGuide("/base/chapters/no-such-chapter/")).toBeUndefined();
    expect(inGuide("https://doi.org/10.1/x")).toBeUndefined();
    expect(inGuide("/chapters/benefits/")).toBeUndefined();
  });
});
