import { expect, test } from "@playwright/test";
import {
  installs,
  missingPageIs404Online,
  newDeploymentArrives,
  readsOfflineAfterOneVisit,
} from "./offline-support.ts";
import { CHAPTERS, sitemapPaths } from "./support.ts";

// The service worker is what these tests are about (the config blocks it elsewhere).
test.use({ serviceWorkers: "allow" });

/* Offline reading of the root build (dist/); offline-sub-path.spec.ts checks the same under a base path. */

test("after one visit, chapters, search, quizzes and references work offline", async ({
  page,
  context,
}) => {
  await readsOfflineAfterOneVisit(page, context, "/");
});

test("online, a missing page is still the site's 404, not the offline page", async ({ page }) => {
  await missingPageIs404Online(page);
});

test("a new deployment arrives file by file, on the next navigation", async ({ page, context }) => {
  await newDeploymentArrives(page, context, "dist", "/");
});

test("the site can be installed: its manifest, icons and start address", async ({
  page,
  context,
}) => {
  await installs(page, context, "/");
});

test("the offline page is kept out of search engines, the sitemap and the site's search", async ({
  page,
}) => {
  await page.goto("/offline/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're offline");
  await expect(page).toHaveTitle(/^You're offline \| Learning Together$/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator("[data-pagefind-body]")).toHaveCount(0);
  expect(sitemapPaths()).not.toContain("/offline/");
  // Shown at any address, so its links are whole paths.
  for (const chapter of CHAPTERS) {
    await expect(page.getByRole("link", { name: chapter.title })).toHaveAttribute(
      "href",
      chapter.path,
    );
  }
});
