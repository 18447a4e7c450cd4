import { describe, expect, it } from "vitest";
import {
  CSP_DIRECTIVES,
  frameAncestors,
  FrameAncestorsError,
  hashSource,
  headerPolicy,
  pagePolicy,
  parsePolicy,
  policyFirst,
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

  it("adds what only a header can say: who may frame the pages, and WebAssembly for search", () => {
    expect(policy.get("frame-ancestors")).toEqual(["*"]);
    expect(policy.get("script-src")).toContain("'wasm-unsafe-eval'");
    const restricted = parsePolicy(headerPolicy(["default-src 'self'"], ["'none'"]));
    expect(restricted.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("fails when no page carries a policy", () => {
    expect(() => headerPolicy([])).toThrow(/No page carries a Content-Security-Policy/);
  });
});

describe("frameAncestors", () => {
  it("lets any site frame the pages unless FRAME_ANCESTORS says otherwise", () => {
    expect(frameAncestors(undefined)).toEqual(["*"]);
    expect(frameAncestors("  ")).toEqual(["*"]);
    expect(frameAncestors("'none'")).toEqual(["'none'"]);
    expect(frameAncestors("'self' https://moodle.example.ac.uk https://*.instructure.com")).toEqual(
      ["'self'", "https://moodle.example.ac.uk", "https://*.instructure.com"],
    );
    expect(frameAncestors("http://127.0.0.1:4399 https:")).toEqual([
      "http://127.0.0.1:4399",
      "https:",
    ]);
  });

  it("stops the build on a setting the header cannot carry, saying what to write", () => {
    for (const bad of [
      "none",
      "'none' https://a.example",
      "moodle.example.ac.uk/path",
      "javascript:",
    ]) {
      expect(() => frameAncestors(bad), bad).toThrow(FrameAncestorsError);
    }
    expect(() => frameAncestors("none")).toThrow(
      `FRAME_ANCESTORS is "none": "none" is not a source frame-ancestors takes. Leave it unset to let any site frame the pages, set it to 'none' (with its quotes)`,
    );
  });
});

describe("policyFirst", () => {
  const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a'">`;
  const page = (head: string) =>
    `<!DOCTYPE html><html lang="en"><head>${head}</head><body><p>x</p></body></html>`;

  it("moves the policy before the inline script it must cover, just after the charset", () => {
    const built = page(
      `<meta charset="utf-8"><title>T</title><script>theme()</script><link rel="stylesheet" href="/a.css">${policy}`,
    );
    expect(policyFirst(built)).toBe(
      page(
        `<meta charset="utf-8">${policy}<title>T</title><script>theme()</script><link rel="stylesheet" href="/a.css">`,
      ),
    );
  });

  it("puts it first in <head> when there is no charset, and leaves a page without one alone", () => {
    expect(policyFirst(page(`<script>theme()</script>${policy}`))).toBe(
      page(`${policy}<script>theme()</script>`),
    );
    const none = page(`<meta charset="utf-8"><script>theme()</script>`);
    expect(policyFirst(none)).toBe(none);
  });

  it("names the file when it finds no <head> to put the policy in", () => {
    expect(() => policyFirst(`<p>${policy}</p>`, "chapters/x/index.html")).toThrow(
      "chapters/x/index.html has a Content-Security-Policy meta tag but no <head>",
    );
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
