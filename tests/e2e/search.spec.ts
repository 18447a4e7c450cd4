import { expect, test } from "@playwright/test";
import { axeViolations } from "./support.ts";

test("a search typed and submitted by keyboard lists matching chapters and sections", async ({
  page,
}) => {
  await page.goto("/search/");
  const box = page.getByRole("searchbox", { name: "Search the chapters" });
  await box.focus();
  await page.keyboard.type("venepuncture");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText(/^\d+ pages? match(es)? “venepuncture”\.$/);
  await expect(page).toHaveURL(/\/search\/\?q=venepuncture$/);
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("listitem").first()).toBeVisible();
  await expect(
    results.getByRole("link", {
      name: "A first venepuncture, taught by a healthcare assistant",
      exact: true,
    }),
  ).toHaveAttribute("href", "/chapters/venepuncture/?highlight=venepuncture");
  await expect(page.locator("mark").first()).toHaveText(/venepuncture/i);
  // Focus stays in the box while results arrive; Tab then moves on into them.
  await expect(box).toBeFocused();
});

test("a section result opens the chapter at that section", async ({ page }) => {
  await page.goto("/search/?q=armrest");
  const section = page.getByRole("link", { name: "Three tips for the patient’s comfort" });
  await expect(section).toHaveAttribute(
    "href",
    "/chapters/venepuncture/?highlight=armrest#comfort-tips",
  );
  await section.click();
  await expect(page).toHaveURL("/chapters/venepuncture/?highlight=armrest#comfort-tips");
  await expect(
    page.getByRole("heading", { name: "Three tips for the patient’s comfort" }),
  ).toBeInViewport();
});

test("searching as you type updates the results and the address", async ({ page }) => {
  await page.goto("/search/");
  await page.getByRole("searchbox", { name: "Search the chapters" }).fill("delegation");
  await expect(page.getByRole("status")).toHaveText(/match(es)? “delegation”/);
  await expect(page).toHaveURL(/\?q=delegation$/);
  await expect(
    page
      .getByRole("list", { name: "Search results" })
      .getByRole("link", { name: "Why learning from specialists works", exact: true }),
  ).toBeVisible();
});

test("a search with no matches says so and points to the chapters", async ({ page }) => {
  await page.goto("/search/?q=zebrafish");
  await expect(page.getByRole("status")).toHaveText(
    "No results for “zebrafish”. Try another word, or browse the chapters.",
  );
  await expect(page.getByRole("heading", { name: "Or browse the chapters" })).toBeVisible();
});

test("navigation and button labels are not indexed, only the chapters' words", async ({ page }) => {
  await page.goto("/search/?q=breadcrumb");
  await expect(page.getByRole("status")).toHaveText(/^No results for “breadcrumb”/);
  await page.goto("/search/?q=previous");
  await expect(page.getByRole("status")).toHaveText(/^No results for “previous”/);
});

test("the 404 page's search form leads to the results", async ({ page }) => {
  await page.goto("/chapters/hierachy/");
  await page.getByRole("searchbox", { name: "Search the chapters" }).fill("hierarchy");
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL("/search/?q=hierarchy");
  await expect(
    page
      .getByRole("list", { name: "Search results" })
      .getByRole("link", { name: "Teamwork, hierarchy and safety", exact: true }),
  ).toBeVisible();
});

test("the search page with results has no WCAG 2.2 A/AA violations, in light and dark", async ({
  page,
}) => {
  // Several full axe runs in one test: on a busy 2-core machine they need more than 60 s.
  test.slow();
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/search/?q=team");
    await expect(page.getByRole("status")).toHaveText(/match/);
    expect(await axeViolations(page)).toEqual([]);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search page says search needs JavaScript and lists the chapters", async ({ page }) => {
    await page.goto("/search/");
    await expect(page.getByText("Search needs JavaScript")).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Learning together across professions" }),
    ).toBeVisible();
  });
});

test("search leads to the teaching, never to quiz questions or their answers", async ({ page }) => {
  await page.goto("/search/?q=interprofessional");
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("listitem").first()).toBeVisible();
  await expect(results).not.toContainText("Check your understanding");
  await expect(results).not.toContainText("Tests the outcome");
});

test("every result link has its own accessible name, even where section titles repeat", async ({
  page,
}) => {
  await page.goto("/search/?q=colleague");
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("link", { name: /^Try this \(/ }).first()).toBeVisible();
  const names = await results
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.textContent?.replace(/\s+/g, " ").trim()));
  expect(names.length).toBeGreaterThan(2);
  expect(new Set(names).size).toBe(names.length);
});

test("questions a student might type land on the chapter and section that answer them", async ({
  page,
}) => {
  // [question, the first result's title, a section among its first three]
  const questions: [string, string, string][] = [
    ["why should medical students learn from nurses", "Learning together across professions", ""],
    [
      "how can a healthcare assistant help a medical student",
      "A first venepuncture, taught by a healthcare assistant",
      "#other-direction",
    ],
    ["what makes it hard to speak up", "Teamwork, hierarchy and safety", "#hierarchy"],
    [
      "how do I take blood comfortably for the patient",
      "A first venepuncture, taught by a healthcare assistant",
      "#comfort-tips",
    ],
    [
      "why does feedback from specialists help",
      "Why learning from specialists works",
      "#practical-feedback",
    ],
    ["what does delegation mean", "Glossary", "#delegation"],
    ["how does hierarchy affect patient safety", "Teamwork, hierarchy and safety", "#hierarchy"],
    [
      "what can I learn from watching other staff",
      "Learning by observing practice",
      "#watching-staff",
    ],
    ["how should a team share its workload", "Teamwork, hierarchy and safety", "#sharing-workload"],
    [
      "what did the student do for the HCA in return",
      "A first venepuncture, taught by a healthcare assistant",
      "#other-direction",
    ],
    ["what is a multidisciplinary team", "Glossary", "#multidisciplinary-team"],
    [
      "how does reflection help after watching practice",
      "Learning by observing practice",
      "#reflecting",
    ],
    ["why do roles matter in a team", "Why learning from specialists works", ""],
    [
      "how to create an environment for learning together",
      "Building an environment for learning together",
      "",
    ],
  ];
  const results = page.getByRole("list", { name: "Search results" });
  for (const [question, title, section] of questions) {
    await page.goto(`/search/?q=${encodeURIComponent(question)}`);
    const first = results.getByRole("listitem").first();
    await expect(first.locator(".search-result-title"), question).toHaveText(title);
    if (!section) continue;
    const sections = await first
      .locator(".search-result-section")
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(sections, question).toContain(section);
  }
});
