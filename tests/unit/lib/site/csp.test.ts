import { describe, expect, it } from "vitest";
import {
  CSP_DIRECTIVES,
  hashSource,
  headerPolicy,
  pagePolicy,
  parsePolicy,
} from "~/lib/site/csp.ts";

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

describe("pagePolicy", () => {
  const theme = "(function(){document.documentElement.classList.add('js')})();";
  const other = "console.log('another page')";
  const astro = `${CSP_DIRECTIVES.join(";")}; script-src 'self' ${hashSource(theme)} ${hashSource(other)}; style-src 'self' ${hashSource("p{}")};`;

  it("keeps only the hashes of the page's own inline scripts and styles", () => {
    const policy = parsePolicy(pagePolicy(astro, { scripts: [theme], styles: [] }));
    expect(policy.get("script-src")).toEqual(["'self'", hashSource(theme), "'wasm-unsafe-eval'"]);
    expect(policy.get("style-src")).toEqual(["'self'"]);
  });

  it("keeps every other directive as it was", () => {
    const policy = parsePolicy(pagePolicy(astro, { scripts: [theme], styles: ["p{}"] }));
    for (const directive of CSP_DIRECTIVES) {
      const [name, ...sources] = directive.split(" ");
      expect(policy.get(name ?? "")).toEqual(sources);
    }
    expect(policy.get("style-src")).toEqual(["'self'", hashSource("p{}")]);
  });

  it("fails, naming the fix, for an inline script the policy does not allow", () => {
    expect(() => pagePolicy(astro, { scripts: ["alert(1)"], styles: [] })).toThrow(
      /script-src does not allow 'sha256-.*Bundle it/,
    );
  });

  it("hashes as browsers do: SHA-256 of the text, base64", () => {
    // The empty string's well-known digest.
    expect(hashSource("")).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
