import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import {
  answerByClicking,
  choiceTexts,
  questionBox,
  questionsOf,
  rightChoices,
  type YamlQuestion,
} from "./quiz-support.ts";
import { refuseStorage, SUB_PATH_BASE } from "./support.ts";

/*
 * A chapter inside a learning platform's frame: a page on a second loopback origin (a
 * stand-in for Moodle or Canvas, served by the test itself) frames the chapter as the
 * sub-path host serves it, with its _headers, whose frame-ancestors lets any site frame it.
 */
const CHAPTER = "chapters/venepuncture/";
/** The platform links one section of the chapter, as an educator does. */
const SECTION = "#what-the-hca-taught";
const q = questionsOf("venepuncture").find((x) => x.type === "single") as YamlQuestion;

/**
 * The platform: a server of its own on another port, reached by another host name, so the
 * chapter is framed by a different origin and site. A real server, not a routed reply:
 * Chromium lets only a page it knows is on this machine frame a loopback address.
 */
let platform: Server;
let platformUrl = "";
test.beforeAll(async ({ baseURL }) => {
  const src = new URL(`${CHAPTER}${SECTION}`, baseURL).href;
  platform = createServer((_request, response) => {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(
      `<!doctype html><html lang="en"><title>Course</title><h1>Week 1</h1><iframe title="Chapter" src="${src}" style="width:100%;height:600px"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => platform.listen(0, "127.0.0.1", resolve));
  platformUrl = `http://localhost:${(platform.address() as AddressInfo).port}/`;
});
test.afterAll(() => new Promise<void>((resolve) => platform.close(() => resolve())));

async function openInPlatform(page: Page, baseURL: string | undefined) {
  const src = new URL(CHAPTER, baseURL).href;
  const response = page.waitForResponse(src);
  await page.goto(platformUrl);
  expect((await response).headers()["content-security-policy"]).toContain("frame-ancestors *");
  return page.frameLocator("iframe").locator("body");
}

/** Scrolls the framed chapter to its quiz and waits until it can be answered. */
async function reachFramedQuiz(frame: ReturnType<Page["locator"]>) {
  const quiz = frame.locator("quiz-set");
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole("button", { name: "Check answer" }).first()).toBeVisible();
}

test("in another site's frame a chapter shows a compact bar with a way out, and its quiz answers", async ({
  page,
  baseURL,
}) => {
  const frame = await openInPlatform(page, baseURL);
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(
    "A first venepuncture, taught by a healthcare assistant",
  );
  // The compact bar: the site's name and "Open the full site", in a new tab.
  const out = frame.getByRole("link", { name: "Open the full site (opens in a new tab)" });
  await expect(out).toBeVisible();
  await expect(out).toHaveAttribute("target", "_blank");
  await expect(out).toHaveAttribute("href", `${SUB_PATH_BASE}${CHAPTER}`);
  await expect(frame.getByRole("link", { name: "Learning Together" }).first()).toBeVisible();
  await expect(frame.getByRole("navigation", { name: "Main" })).toBeHidden();
  // The footer keeps only its note that the site is not clinical instruction.
  await expect(frame.getByRole("navigation", { name: "Footer" })).toBeHidden();
  await expect(frame.getByRole("contentinfo")).toContainText(
    "For learning and reflection, not clinical instruction.",
  );

  await reachFramedQuiz(frame);
  const box = questionBox(frame, q);
  const right = rightChoices(q).map((i) => choiceTexts(q)[i] ?? "");
  await answerByClicking(box, q, right);
  await expect(box.getByRole("status")).toContainText("Correct.");

  // "Open the full site" opens the same chapter at the same section, whole, in a new tab.
  const [tab] = await Promise.all([page.context().waitForEvent("page"), out.click()]);
  await tab.waitForLoadState();
  const opened = new URL(tab.url());
  expect(opened.pathname + opened.hash).toBe(`${SUB_PATH_BASE}${CHAPTER}${SECTION}`);
  await expect(tab.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(tab.getByRole("link", { name: /Open the full site/ })).toBeHidden();
});

test("in a frame whose browser refuses storage, the quiz still answers and says answers will be lost", async ({
  page,
  baseURL,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // As a browser that blocks a framed site's storage: every frame's localStorage throws.
  await refuseStorage(page);
  const frame = await openInPlatform(page, baseURL);
  await reachFramedQuiz(frame);
  await expect(frame.getByText("so they will be lost when you leave this page")).toBeVisible();
  const box = questionBox(frame, q);
  await answerByClicking(box, q, [
    choiceTexts(q).find((_, i) => !rightChoices(q).includes(i)) ?? "",
  ]);
  await expect(box.getByRole("status")).toContainText("Not quite.");
  expect(errors).toEqual([]);
});

test("read on its own, a chapter keeps its full header and footer, and no way out", async ({
  page,
}) => {
  await page.goto(CHAPTER);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expect(page.getByRole("link", { name: /Open the full site/ })).toBeHidden();
  // Storage works here: the quiz says nothing about answers not being kept.
  await reachFramedQuiz(page.locator("body"));
  await expect(page.locator("quiz-set [data-storage-note]")).toHaveText("");
});
