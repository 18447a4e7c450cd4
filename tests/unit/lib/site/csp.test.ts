import { describe, expect, it } from "vitest";
import { CSP_DIRECTIVES, headerPolicy, parsePolicy } from "~/lib/site/csp.ts";

const meta = (scripts: string[], styles: string[]) =>
  `${CSP_DIRECTIVES.join(";")}; script-src 'self' ${scripts.join(" ")}; style-src 'self' ${styles.join(" ")};`;

describe("headerPolicy", () => {
  const policy = parsePolicy(
    headerPolicy([
      meta(["'sha256-a'", "'sha256-b'"], ["'sha256-s'"]),
      meta(["'sha256-b'", "'sha256-c'"], []),
    ]),
  );

  it("keeps every directive of the pages' meta tags", () => {
    for (const directive of CSP_DIRECTIVES) {
      const [name, ...sources] = directive.split(" ");
      expect(policy.get(name ?? "")).toEqual(sources);
    }
  });

  it("allows every page's own script and style hashes, once each", () => {
    expect(policy.get("script-src")).toEqual([
      "'self'",
      "'sha256-a'",
      "'sha256-b'",
      "'sha256-c'",
      "'wasm-unsafe-eval'",
    ]);
    expect(policy.get("style-src")).toEqual(["'self'", "'sha256-s'"]);
  });

  it("adds what only a header can say: no framing, and WebAssembly for search", () => {
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("script-src")).toContain("'wasm-unsafe-eval'");
  });

  it("fails when no page carries a policy", () => {
    expect(() => headerPolicy([])).toThrow(/No page carries a Content-Security-Policy/);
  });
});
