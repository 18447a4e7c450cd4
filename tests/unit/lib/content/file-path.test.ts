import { describe, expect, it } from "vitest";
import { relativeContentPath } from "~/lib/content/file-path.ts";

describe("relativeContentPath", () => {
  it("shows a path relative to the project with forward slashes", () => {
    expect(relativeContentPath("/work/site/content/chapters/01-a.mdx", "/work/site")).toBe(
      "content/chapters/01-a.mdx",
    );
  });

  it("says so when the file is unknown", () => {
    expect(relativeContentPath(undefined)).toBe("(unknown file)");
  });
});
