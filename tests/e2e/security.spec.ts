import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

/*
 * `astro preview` sends no Content-Security-Policy header, as GitHub Pages does not: here
 * each page's meta tag is the whole policy. The sub-path tests cover a host that sends
 * the build's _headers.
 */

// Every page runs under that policy with no violation: every-page.spec.ts.

test("every built page puts its policy first in <head>, before any script or style", () => {
  const files = readdirSync("dist", { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".html"),
  );
  expect(files.length).toBeGreaterThan(10);
  const misplaced = files.flatMap((file) => {
    const html = readFileSync(join("dist", file), "utf8");
    const head = html.slice(0, html.indexOf("</head>"));
    // A meta policy covers only the elements after it.
    const policy = head.search(/<meta http-equiv="content-security-policy"/i);
    const first = head.search(/<script|<style|<link[^>]*rel="(stylesheet|modulepreload)"/i);
    return policy === -1 || (first !== -1 && first < policy)
      ? [`${file}: policy at ${policy}, first script or style at ${first}`]
      : [];
  });
  expect(misplaced).toEqual([]);
});
