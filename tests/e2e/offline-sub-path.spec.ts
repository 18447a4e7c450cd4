import { expect, test } from "@playwright/test";
import {
  installs,
  missingPageIs404Online,
  newDeploymentArrives,
  readsOfflineAfterOneVisit,
} from "./offline-support.ts";

// The service worker is what these tests are about (the config blocks it elsewhere).
test.use({ serviceWorkers: "allow" });

/*
 * Offline reading of the build under /learning-together/ (dist-subpath/), served by the
 * stand-in host with its _headers, so the CSP is the header policy. The sub-path project
 * runs this file (its name ends in sub-path.spec.ts).
 */
const BASE = "/learning-together/";

test("after one visit under the base path, the site works offline", async ({ page, context }) => {
  await readsOfflineAfterOneVisit(page, context, BASE);
});

test("online under the base path, a missing page is still the 404", async ({ page }) => {
  await missingPageIs404Online(page);
});

test("a new deployment under the base path arrives on the next navigation", async ({
  page,
  context,
}) => {
  await newDeploymentArrives(page, context, "dist-subpath", BASE);
});

test("under the base path, the manifest starts and stays inside it", async ({ page, context }) => {
  await installs(page, context, BASE);
});

test("the host never lets a cached sw.js hold readers on an old deployment", async ({
  request,
}) => {
  const worker = await request.get("sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toMatch(/^text\/javascript/);
  expect(worker.headers()["cache-control"]).toBe("no-cache");
});
