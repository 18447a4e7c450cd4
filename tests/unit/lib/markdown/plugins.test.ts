import rehypeStringify from "rehype-stringify";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { rehypeBaseLinks } from "~/lib/markdown/rehype-base-links.ts";
import { rehypeSectionLinks } from "~/lib/markdown/rehype-section-links.ts";
import { remarkHeadingIds, suggestId } from "~/lib/markdown/remark-heading-ids.ts";

/** Runs MDX through the site's heading plugins the way Astro does, and returns HTML. */
function render(mdx: string, path = `${process.cwd()}/content/chapters/01-test.mdx`): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkHeadingIds)
    .use(remarkRehype)
    .use(rehypeSectionLinks)
    .use(rehypeStringify);
  const file = new VFile({ path, value: mdx });
  return String(processor.processSync(file));
}

describe("remarkHeadingIds", () => {
  it("takes the explicit id from the end of the heading and removes it from the text", () => {
    const html = render("## Why it matters \\{#why-it-matters}\n\nText.");
    expect(html).toContain('<h2 id="why-it-matters">Why it matters</h2>');
    expect(html).not.toContain("{#");
  });

  it("keeps an explicit id on an h3 after inline formatting", () => {
    expect(render("### The *three* tips \\{#tips}")).toContain(
      '<h3 id="tips">The <em>three</em> tips</h3>',
    );
  });

  it("fails on an h2 without an id, naming the file and suggesting the fix", () => {
    expect(() => render("## Speaking up safely")).toThrow(
      'content/chapters/01-test.mdx: the heading "Speaking up safely" has no section id. End the line with one, for example: ## Speaking up safely \\{#speaking-up-safely}',
    );
  });

  it("fails on an h3 without an id too", () => {
    expect(() => render("## A \\{#a}\n\n### Sub part")).toThrow(/"Sub part" has no section id/);
  });

  it("fails on a malformed id", () => {
    expect(() => render("## Roles \\{#Roles_And Tasks}")).toThrow(
      /the section id "Roles_And Tasks" on "Roles" is not valid\. Use lower-case letters, digits and single hyphens, for example "roles"/,
    );
  });

  it("fails on an id used twice in one file", () => {
    expect(() => render("## One \\{#same}\n\n## Two \\{#same}")).toThrow(
      /the section id "same" is used twice \("One" and "Two"\)/,
    );
  });

  it("leaves other heading levels alone when they have no id", () => {
    expect(render("#### Small print")).toContain("<h4>Small print</h4>");
  });
});

describe("rehypeSectionLinks", () => {
  it("puts a link to the section beside each h2 and h3, outside the heading", () => {
    const html = render("## The setting \\{#the-setting}");
    expect(html).toMatch(
      /^<div class="heading-wrapper level-h2"><h2 id="the-setting">The setting<\/h2><a class="section-link" href="#the-setting" data-pagefind-ignore=""><span class="sr-only">Link to section: The setting<\/span><\/a><\/div>$/,
    );
  });
});

describe("suggestId", () => {
  it("turns a title into a kebab-case id", () => {
    expect(suggestId("Why specialists' feedback works!")).toBe("why-specialists-feedback-works");
    expect(suggestId("???")).toBe("section");
  });
});

describe("ids the page frame uses", () => {
  it("cannot be used by a section in the body", () => {
    expect(() => render("## Summary \\{#key-points}")).toThrow(
      /the section id "key-points" on "Summary" is taken by the page frame \(main, learning-outcomes, key-points, reflect, quiz, chapter-references, cite-this-page\)\. Choose another\./,
    );
  });
});

describe("rehypeBaseLinks", () => {
  /** MDX to HTML with the base-path plugin, as astro.config.mjs runs it. */
  function withBase(mdx: string, base: string, site?: string): string {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkRehype)
      .use(rehypeBaseLinks, site ? { base, site } : { base })
      .use(rehypeStringify);
    return String(processor.processSync(mdx));
  }

  it("puts the base path in front of the root-relative links authors write", () => {
    const html = withBase(
      "See [delegation](/chapters/benefits/#delegation) and ![a chart](/images/chart.png).",
      "/learning-together/",
    );
    expect(html).toContain('href="/learning-together/chapters/benefits/#delegation"');
    expect(html).toContain('src="/learning-together/images/chart.png"');
  });

  it("leaves other links alone: other sites, same-page fragments and relative paths", () => {
    const html = withBase(
      "[a](https://doi.org/10.1/x) [b](#tips) [c](//cdn.example/x) [d](../benefits/)",
      "/learning-together/",
    );
    expect(html).toContain('href="https://doi.org/10.1/x"');
    expect(html).toContain('href="#tips"');
    expect(html).toContain('href="//cdn.example/x"');
    expect(html).toContain('href="../benefits/"');
  });

  it("changes nothing when the site is at the root", () => {
    expect(withBase("[a](/chapters/benefits/)", "/")).toContain('href="/chapters/benefits/"');
  });

  it("gives each link to another page its full address to print, and no other link", () => {
    const html = withBase(
      "[a](/chapters/benefits/#delegation) [b](#tips) [c](https://doi.org/10.1/x)",
      "/learning-together/",
      "https://example.github.io",
    );
    expect(html).toContain(
      'href="/learning-together/chapters/benefits/#delegation" data-print-url="https://example.github.io/learning-together/chapters/benefits/#delegation"',
    );
    expect(html.match(/data-print-url/g)).toHaveLength(1);
    expect(withBase("[a](/about/)", "/", "https://example.org")).toContain(
      'data-print-url="https://example.org/about/"',
    );
  });
});
