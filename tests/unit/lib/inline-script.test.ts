import { describe, expect, it } from "vitest";
import { compactScript } from "~/lib/inline-script.ts";

describe("compactScript", () => {
  it("drops whole-line comments, blank lines and indentation, and keeps the code", () => {
    const source = `// Why this runs inline.\n(function () {\n  // A note.\n  var a = "//not a comment";\n\n  run(a);\n})();\n`;
    expect(compactScript(source)).toBe(
      `(function () {\nvar a = "//not a comment";\nrun(a);\n})();`,
    );
  });
});
