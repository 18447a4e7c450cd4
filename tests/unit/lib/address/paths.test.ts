import { describe, expect, it } from "vitest";
import { absoluteUrl, basePath, href, joinBase, pageAddress } from "~/lib/address/paths.ts";

describe("joinBase", () => {
  it("leaves site paths alone at the root", () => {
    expect(joinBase("/", "/chapters/benefits/#delegation")).toBe("/chapters/benefits/#delegation");
    expect(joinBase("/", "/")).toBe("/");
  });

  it("puts a base path in front, with exactly one slash between", () => {
    expect(joinBase("/learning-together/", "/chapters/benefits/#delegation")).toBe(
      "/learning-together/chapters/benefits/#delegation",
    );
    expect(joinBase("/learning-together/", "/")).toBe("/learning-together/");
    expect(joinBase("/a/b/", "/references.bib")).toBe("/a/b/references.bib");
  });

  it.each(["chapters/", "//cdn.example/x.js", "https://example.org/", "#top"])(
    "refuses %j, which is not a site path",
    (path) => {
      expect(() => joinBase("/", path)).toThrow(/is not a site path/);
    },
  );
});

describe("href and absoluteUrl", () => {
  it("follow the base path the site is built for", () => {
    expect(basePath()).toBe(import.meta.env.BASE_URL);
    expect(href("/quiz/")).toBe(joinBase(basePath(), "/quiz/"));
    expect(absoluteUrl("/quiz/", "https://example.github.io")).toBe(
      new URL(joinBase(basePath(), "/quiz/"), "https://example.github.io").href,
    );
  });

  it("give no address, rather than an invented one, when the build knows no origin", () => {
    expect(absoluteUrl("/", undefined)).toBeUndefined();
    expect(absoluteUrl("/quiz/", "")).toBeUndefined();
  });
});

describe("pageAddress", () => {
  it("gives the page's public address from its own path, base path included", () => {
    expect(pageAddress("/learning-together/chapters/benefits/", "https://example.github.io")).toBe(
      "https://example.github.io/learning-together/chapters/benefits/",
    );
  });
  it("is undefined when the site's address is not set", () => {
    expect(pageAddress("/chapters/benefits/", undefined)).toBeUndefined();
  });
});
