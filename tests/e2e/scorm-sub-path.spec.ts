import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { schemaErrors, scorm12Schema } from "../support/xmllint.ts";
import { CHAPTERS, refuseStorage } from "./support.ts";
import { answerByKeyboard, questionBox, questionsOf, type YamlQuestion } from "./quiz-support.ts";

/*
 * A chapter's SCORM 1.2 package, played as a platform plays it: a page of the "platform"
 * (served by the test, on its own origin) creates the run-time API with scorm-again, a
 * maintained SCORM 1.2 run-time, and frames the package's page, unzipped as a platform
 * unzips it. Built by the sub-path build, which has a public address.
 */
const SLUG = "venepuncture";
const questions = questionsOf(SLUG);
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".xml": "application/xml",
};

let root = "";
let server: Server;
let origin = "";

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "scorm-"));
  for (const [name, data] of Object.entries(
    unzipSync(readFileSync(`dist-subpath/course/${SLUG}.scorm12.zip`)),
  )) {
    mkdirSync(dirname(join(root, "pkg", name)), { recursive: true });
    writeFileSync(join(root, "pkg", name), data);
  }
  copyFileSync("node_modules/scorm-again/dist/scorm12.min.js", join(root, "scorm12.js"));
  // The platform's page: the API in the parent frame, as SCORM 1.2 says, loaded with
  // whatever the platform kept from an earlier visit (?data=).
  writeFileSync(
    join(root, "lms.html"),
    `<!doctype html><html lang="en"><title>Platform</title><script src="scorm12.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  // What the package sets, write-only elements too, as the platform's record of it.
  window.sets = {};
  window.API.on("LMSSetValue", (element, value) => (window.sets[element] = value));
  const kept = new URLSearchParams(location.search).get("data");
  if (kept) window.API.loadFromJSON(JSON.parse(kept));
</script>
<iframe title="Chapter" src="pkg/index.html" style="width:100%;height:700px"></iframe>`,
  );
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    try {
      const body = readFileSync(join(root, path));
      response.setHeader("content-type", TYPES[extname(path)] ?? "application/octet-stream");
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
});

/** What the platform's API holds for `element`, such as "core.score.raw". */
const cmi = (page: Page, element: string) =>
  page.evaluate((path) => {
    let value: unknown = (window as unknown as { API: { cmi: unknown } }).API.cmi;
    for (const part of path.split(".")) value = (value as Record<string, unknown>)[part];
    return String(value);
  }, element);

async function openInPlatform(page: Page, kept: object) {
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith("data:"))
      outside.push(request.url());
  });
  await page.goto(`${origin}/lms.html?data=${encodeURIComponent(JSON.stringify(kept))}`);
  const frame = page.frameLocator("iframe").locator("body");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(
    "A first venepuncture, taught by a healthcare assistant",
  );
  return { frame, outside };
}

async function reachQuiz(frame: ReturnType<Page["locator"]>) {
  const quiz = frame.locator("quiz-set");
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole("button", { name: "Check answer" }).first()).toBeVisible();
}

/** The learner leaves the chapter, and the package finishes its session with the platform. */
async function leave(page: Page) {
  await page.evaluate(() => document.querySelector("iframe")?.setAttribute("src", "about:blank"));
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { API: { isTerminated(): boolean } }).API.isTerminated(),
      ),
    )
    .toBe(true);
}

const MASTERY = { cmi: { student_data: { mastery_score: "75" } } };

test("a package per chapter, its manifest valid against SCORM 1.2, listing every file it holds", () => {
  const names = readdirSync("dist-subpath/course").filter((name) => name.endsWith(".scorm12.zip"));
  expect(names.sort()).toEqual(CHAPTERS.map((c) => `${c.path.split("/")[2]}.scorm12.zip`).sort());
  for (const name of names) {
    const files = unzipSync(readFileSync(`dist-subpath/course/${name}`));
    const manifest = strFromU8(files["imsmanifest.xml"] ?? new Uint8Array());
    expect(schemaErrors({ "imsmanifest.xml": manifest }, scorm12Schema), name).toEqual([]);
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(listed.sort(), name).toEqual(
      Object.keys(files)
        .filter((file) => file !== "imsmanifest.xml")
        .sort(),
    );
    // Every file the page asks for is in the package, by a relative address.
    const page = strFromU8(files["index.html"] ?? new Uint8Array());
    for (const [, ref] of page.matchAll(/(?:src|href)="((?!https?:|#|mailto:)[^"]+)"/g))
      expect(Object.keys(files), `${name}: ${ref}`).toContain(ref);
  }
});

test("in a platform, reading and answering reach the API: score, status, answers, then time on leaving", async ({
  page,
}) => {
  const { frame, outside } = await openInPlatform(page, MASTERY);
  await expect.poll(() => cmi(page, "core.lesson_status")).toBe("incomplete");
  // In the platform's frame: the compact bar, whose way out leads to the site itself.
  const out = frame.getByRole("link", { name: "Open the full site (opens in a new tab)" });
  const site = "https://example.github.io/learning-together/chapters/venepuncture/";
  await page
    .context()
    .route(`${site}**`, (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>The site</title>" }),
    );
  const [tab] = await Promise.all([page.context().waitForEvent("page"), out.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(site);
  await tab.close();

  // Every question answered, the first one wrong: 3 of 4 is the 75 % the manifest asks.
  await reachQuiz(frame);
  for (const [index, q] of questions.entries()) {
    await answerByKeyboard(page, questionBox(frame, q), q, index > 0);
  }
  // A share of the questions, on the mastery score's scale: 3 of 4 right is 75.
  await expect
    .poll(() => cmi(page, "core.score.raw"))
    .toBe(String(Math.round((100 * (questions.length - 1)) / questions.length)));
  expect(await cmi(page, "core.score.max")).toBe("100");
  expect(await cmi(page, "core.score.min")).toBe("0");
  // The quiz lies past the key points, so reaching it read the chapter to the end (until
  // then the status stayed incomplete, as checked above; scormReport's unit tests hold the
  // rule that an unread chapter is incomplete however the quiz went).
  await expect.poll(() => cmi(page, "core.lesson_status")).toBe("passed");
  const kept = JSON.parse(await cmi(page, "suspend_data")) as {
    quizzes: Record<string, Record<string, unknown>>;
  };
  expect(Object.keys(kept.quizzes[SLUG] ?? {}).sort()).toEqual(questions.map((q) => q.id).sort());

  // The learner leaves: the package reports its time and finishes.
  await leave(page);
  const sets = await page.evaluate(
    () => (window as unknown as { sets: Record<string, string> }).sets,
  );
  expect(sets["cmi.core.session_time"]).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  // Suspended, so the platform keeps the answers for the next visit.
  expect(sets["cmi.core.exit"]).toBe("suspend");
  // Everything came from the package: it plays with no network.
  expect(outside).toEqual([]);
});

test("a return restores the answers the platform kept, and below the mastery score it fails", async ({
  browser,
}) => {
  // A fresh browser: only the platform remembers the learner.
  const context = await browser.newContext();
  const page = await context.newPage();
  const first = questions[0] as YamlQuestion;
  const { frame } = await openInPlatform(page, MASTERY);
  await reachQuiz(frame);
  await answerByKeyboard(page, questionBox(frame, first), first, false);
  await expect(questionBox(frame, first).getByRole("status")).toContainText("Not quite.");
  await expect.poll(() => cmi(page, "suspend_data")).toContain(first.id);
  const suspend = await cmi(page, "suspend_data");
  await context.close();

  const again = await browser.newContext();
  const second = await again.newPage();
  const back = await openInPlatform(second, { cmi: { ...MASTERY.cmi, suspend_data: suspend } });
  await reachQuiz(back.frame);
  await expect(questionBox(back.frame, first).getByRole("status")).toContainText("Not quite.");
  // The rest answered wrong too, and the chapter read: 0 of 4 fails.
  for (const q of questions.slice(1))
    await answerByKeyboard(second, questionBox(back.frame, q), q, false);
  await back.frame.getByRole("region", { name: "Key points" }).scrollIntoViewIfNeeded();
  await expect.poll(() => cmi(second, "core.lesson_status")).toBe("failed");
  await again.close();
});

test("when the browser refuses the package storage, what the platform kept is not overwritten", async ({
  page,
}) => {
  const kept = JSON.stringify({
    v: 2,
    quizzes: { [SLUG]: { [questions[0]?.id ?? ""]: { a: 1, c: true, r: false, s: [0] } } },
    read: [SLUG],
  });
  await refuseStorage(page, { framesOnly: true });
  const { frame } = await openInPlatform(page, { cmi: { ...MASTERY.cmi, suspend_data: kept } });
  await reachQuiz(frame);
  const q = questions[1] as YamlQuestion;
  await answerByKeyboard(page, questionBox(frame, q), q, true);
  await expect(questionBox(frame, q).getByRole("status")).toContainText("Correct.");
  await leave(page);
  expect(await cmi(page, "suspend_data")).toBe(kept);
});

test("opened on its own, outside a platform, the package's page works with no errors", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin}/pkg/index.html`);
  const q = questions[1] as YamlQuestion;
  await reachQuiz(page.locator("body"));
  await answerByKeyboard(page, questionBox(page, q), q, true);
  await expect(questionBox(page, q).getByRole("status")).toContainText("Correct.");
  // Links to the rest of the site go to its public address, in a new tab.
  const footer = page.getByRole("navigation", { name: "Footer" });
  await expect(footer.getByRole("link", { name: "References" })).toHaveAttribute(
    "href",
    "https://example.github.io/learning-together/references/",
  );
  expect(errors).toEqual([]);
});
