import { describe, expect, it } from "vitest";
import { compactScript } from "~/lib/site/inline-script.ts";

describe("compactScript", () => {
  const source = `// Why this runs inline.\n(function () {\n  // A note.\n  var message = "//not a comment";\n\n  window.seen = message;\n})();\n`;

  it("drops comments and spaces", () => {
    const compact = compactScript(source);
    expect(compact).not.toContain("Why this runs inline");
    expect(compact).not.toContain("A note");
    expect(compact.length).toBeLessThan(source.length / 2);
  });

  it("keeps what the code does", () => {
    const run = (code: string) => {
      const window: { seen?: string } = {};
      new Function("window", code)(window);
      return window.seen;
    };
    expect(run(compactScript(source))).toBe(run(source));
  });
});
