import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";
import { BUILDS, htmlFiles } from "./builds.ts";

/*
 * The root build is made as `npm run build` makes it on a laptop: no SITE_URL and no
 * host's variable, so it knows no public address. It must then leave out what needs one,
 * never fill it with a local or invented address (public-address-sub-path.spec.ts checks
 * the same places in the build that has an address).
 */
const ROOT = BUILDS[0];

/** Every file under a folder, as paths relative to the build. */
function allFiles(dir: string = ROOT.dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [relative(ROOT.dir, path)];
  });
}

test("no file of the build names localhost, a loopback address or another build's address", () => {
  const files = allFiles();
  expect(files).toContain("index.html");
  const leaks = files.filter((file) =>
    /localhost|127\.0\.0\.1|example\.github\.io/.test(readFileSync(join(ROOT.dir, file), "latin1")),
  );
  expect(leaks).toEqual([]);
});

test("the build writes no sitemap, since a sitemap lists absolute addresses", () => {
  expect(allFiles().filter((file) => /sitemap/.test(file))).toEqual([]);
});

test("no page carries a canonical link, og:url, og:image, a Twitter card or a JSON-LD address", () => {
  const found: string[] = [];
  for (const file of htmlFiles(ROOT)) {
    const html = readFileSync(join(ROOT.dir, file), "utf8");
    for (const tag of html.match(
      /<link rel="canonical"[^>]*>|<meta (?:property="og:(?:url|image)[^"]*"|name="twitter:[^"]*"|name="citation_fulltext_html_url")[^>]*>/g,
    ) ?? []) {
      found.push(`${file}: ${tag}`);
    }
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)) {
      // Cited articles keep their DOI addresses; the site's own url and @id are left out.
      const own = JSON.stringify(JSON.parse(json ?? "{}"), (key, value: unknown) =>
        key === "citation" ? undefined : value,
      );
      if (/"(url|@id)":/.test(own)) found.push(`${file}: JSON-LD ${own.slice(0, 120)}`);
    }
  }
  expect(found).toEqual([]);
});

test("the guide names no address for the site or its chapters", async ({ page }) => {
  await page.goto("/guide/");
  const main = page.getByRole("main");
  await expect(main).toContainText(/Learning Together\. Last reviewed/);
  await expect(main).not.toContainText("online at");
  await expect(main).not.toContainText("This chapter online, with its quiz");
});
