import { describe, expect, it } from "vitest";
import { headersFile } from "~/integrations/host-headers.ts";

const pagePolicy = "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'";

/** The rules of a `_headers` file, as path → header name → value. */
function rules(text: string): Map<string, Map<string, string>> {
  const parsed = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n").filter(Boolean)) {
    if (!line.startsWith(" ")) parsed.set(line, (current = new Map()));
    else {
      const at = line.indexOf(":");
      current?.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
    }
  }
  return parsed;
}

describe("headersFile", () => {
  it("sends the security headers for every path at the root", () => {
    const all = rules(headersFile("/", [pagePolicy])).get("/*");
    expect(all?.get("Content-Security-Policy")).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'wasm-unsafe-eval'; style-src 'self'; frame-ancestors *",
    );
    expect(all?.get("X-Content-Type-Options")).toBe("nosniff");
    expect(all?.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(all?.get("Permissions-Policy")).toMatch(/(^|, )camera=\(\)/);
    expect(all?.get("Permissions-Policy")).toMatch(/(^|, )geolocation=\(\)/);
  });

  it("caches the hashed build files for a year", () => {
    expect(
      rules(headersFile("/", [pagePolicy]))
        .get("/_astro/*")
        ?.get("Cache-Control"),
    ).toBe("public, max-age=31536000, immutable");
  });

  it("makes the browser ask for the service worker every time, never from its cache", () => {
    expect(
      rules(headersFile("/", [pagePolicy]))
        .get("/sw.js")
        ?.get("Cache-Control"),
    ).toBe("no-cache");
  });

  it("serves the web app manifest as a manifest", () => {
    expect(
      rules(headersFile("/", [pagePolicy]))
        .get("/manifest.webmanifest")
        ?.get("Content-Type"),
    ).toBe("application/manifest+json");
  });

  it("puts its paths under the base path", () => {
    expect([...rules(headersFile("/learning-together/", [pagePolicy])).keys()]).toEqual([
      "/learning-together/*",
      "/learning-together/_astro/*",
      "/learning-together/sw.js",
      "/learning-together/manifest.webmanifest",
    ]);
  });

  it("fails the build, saying why, when the policy grows past what Cloudflare Pages reads", () => {
    const hashes = Array.from({ length: 40 }, (_, i) => `'sha256-${"x".repeat(43)}${i}'`);
    expect(() => headersFile("/", [`script-src 'self' ${hashes.join(" ")}`])).toThrow(
      /"Content-Security-Policy" is \d+ characters long, and Cloudflare Pages ignores lines over 2000/,
    );
  });
});
