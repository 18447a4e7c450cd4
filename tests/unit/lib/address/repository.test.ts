import { describe, expect, it } from "vitest";
import { repositoryLinks, RepositoryError } from "~/lib/address/repository.ts";

describe("repositoryLinks", () => {
  it("gives no links when REPO_URL is not set", () => {
    expect(repositoryLinks({})).toBeUndefined();
    expect(repositoryLinks({ REPO_URL: " " })).toBeUndefined();
  });

  it("links a chapter's file for editing on the main branch by default", () => {
    const links = repositoryLinks({ REPO_URL: "https://github.com/example/learning-together/" });
    expect(links?.edit("content/chapters/02-benefits.mdx")).toBe(
      "https://github.com/example/learning-together/edit/main/content/chapters/02-benefits.mdx",
    );
  });

  it("uses REPO_BRANCH and drops a trailing .git", () => {
    const links = repositoryLinks({
      REPO_URL: "https://github.com/example/learning-together.git",
      REPO_BRANCH: "course/2027",
    });
    expect(links?.edit("content/chapters/02-benefits.mdx")).toBe(
      "https://github.com/example/learning-together/edit/course/2027/content/chapters/02-benefits.mdx",
    );
  });

  it("opens a new issue with the page's address filled in", () => {
    const report = repositoryLinks({ REPO_URL: "https://github.com/example/lt" })?.report(
      "https://example.github.io/lt/chapters/benefits/",
    );
    const url = new URL(report ?? "");
    expect(`${url.origin}${url.pathname}`).toBe("https://github.com/example/lt/issues/new");
    expect(url.searchParams.get("body")).toBe(
      "Page: https://example.github.io/lt/chapters/benefits/\n",
    );
  });

  it("opens a plain new issue for a page without an address of its own", () => {
    expect(repositoryLinks({ REPO_URL: "https://github.com/example/lt" })?.report()).toBe(
      "https://github.com/example/lt/issues/new",
    );
  });

  it.each(["github.com/example/lt", "git@github.com:example/lt.git", "https://x.org/r?tab=1"])(
    "fails on %j, saying what to set",
    (value) => {
      expect(() => repositoryLinks({ REPO_URL: value })).toThrow(RepositoryError);
      expect(() => repositoryLinks({ REPO_URL: value })).toThrow(
        /Set it like REPO_URL=https:\/\/github\.com\/example\/learning-together/,
      );
    },
  );
});
