import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, CHAPTERS, refuseStorage, seedProgress } from "./support.ts";

/*
 * /notes/: every highlight and note kept in this browser, by chapter, from a store seeded as
 * an earlier visit to the chapters would have left it. The quotes are real sentences of the
 * built chapters, so the page finds them in the chapter's text as the chapter does.
 */
test.use({ timezoneId: "Europe/London" });

const [FIRST, BENEFITS] = CHAPTERS;
const day = (n: number) => Date.UTC(2026, 2, n, 12);

/** A note as the store keeps it (src/lib/progress/store.ts, version 3). */
const stored = (id: string, ch: string, q: string, t: string, at: number) => ({
  id,
  ch,
  q,
  pre: "",
  suf: "",
  t,
  at,
});

const NOTES = [
  // Saved first, but later in its chapter's text than the note after it.
  stored("later", "benefits", "They carry on into your future jobs.", "", day(1)),
  stored(
    "earlier",
    "benefits",
    "Think of a member of staff whose role is built around certain skills.",
    "Ask the HCA on Monday.\nThen try it.",
    day(2),
  ),
  stored("cut", "benefits", "A sentence the chapter no longer has.", "My thought.", day(3)),
  stored(
    "first",
    "learning-together",
    "learning from the people you work beside is vital.",
    "# Not a heading [really]",
    day(4),
  ),
  stored("retired", "an-old-chapter", "Words from a chapter now gone.", "Still mine.", day(5)),
];
const STORE = JSON.stringify({ v: 3, quizzes: {}, read: [], notes: NOTES });

const entry = (page: Page, quote: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("blockquote").getByText(quote) });
const storedIds = (page: Page) =>
  page.evaluate(() =>
    (
      JSON.parse(localStorage.getItem("ipc-progress") ?? "{}") as { notes?: { id: string }[] }
    ).notes?.map((note) => note.id),
  );

test.beforeEach(async ({ page }) => {
  await seedProgress(page, STORE);
});

test("lists every note by chapter in reading order, in the order of the text, detached and other notes too", async ({
  page,
}) => {
  await page.goto("/notes/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your notes");
  await expect(page.getByText("4 notes and 1 highlight, in 3 chapters.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    FIRST.title,
    BENEFITS.title,
    "Other notes",
  ]);
  await expect(page.getByRole("blockquote")).toHaveText([
    "learning from the people you work beside is vital.",
    "Think of a member of staff whose role is built around certain skills.",
    "They carry on into your future jobs.",
    "A sentence the chapter no longer has.",
    "Words from a chapter now gone.",
  ]);

  // The reader's own words, with their line break, and when they were saved.
  const earlier = entry(page, "Think of a member of staff");
  await expect(earlier.getByText("Ask the HCA on Monday.")).toHaveText(
    "Ask the HCA on Monday.\nThen try it.",
  );
  await expect(earlier.getByText("Note saved on 2 March 2026")).toBeVisible();
  await expect(
    entry(page, "They carry on").getByText("Highlight saved on 1 March 2026"),
  ).toBeVisible();

  // A detached note says why, and leads to its chapter.
  const cut = entry(page, "A sentence the chapter no longer has.");
  await expect(
    cut.getByText(
      "Detached. Its text is no longer in the chapter: the chapter has changed since you made it.",
    ),
  ).toBeVisible();
  await expect(cut.getByRole("link", { name: "Go to the chapter" })).toHaveAttribute(
    "href",
    new RegExp(`${BENEFITS.path}$`),
  );
  // A note whose chapter is gone is kept, with no link.
  const retired = entry(page, "Words from a chapter now gone.");
  await expect(retired.getByText("Still mine.")).toBeVisible();
  await expect(retired.getByRole("link")).toHaveCount(0);

  // Links and buttons say which note they are for.
  const link = earlier.getByRole("link", { name: "Go to this note in the chapter" });
  await expect(link).toHaveAccessibleDescription(
    "Think of a member of staff whose role is built around certain skills.",
  );
  await expect(
    earlier.getByRole("button", { name: "Delete this note" }),
  ).toHaveAccessibleDescription(
    "Think of a member of staff whose role is built around certain skills.",
  );
  expect(await axeViolations(page)).toEqual([]);

  await link.click();
  await expect(page).toHaveURL(`${BENEFITS.path}#note-earlier`);
});

test("deletes a note and puts it back with Undo, by keyboard", async ({ page }) => {
  await page.goto("/notes/");
  const earlier = entry(page, "Think of a member of staff");
  const remove = earlier.getByRole("button", { name: "Delete this note" });
  await remove.focus();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("listitem").filter({ hasText: "Note deleted." })).toBeVisible();
  await expect(page.getByRole("blockquote").getByText("Think of a member of staff")).toHaveCount(0);
  const undo = page.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Note deleted." })).toBeAttached();
  expect(await storedIds(page)).not.toContain("earlier");
  await expect(page.getByText("3 notes and 1 highlight, in 3 chapters.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press("Enter");
  await expect(remove).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Note restored." })).toBeAttached();
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
  expect(await storedIds(page)).toContain("earlier");
  // The same note, with its time: still where it was after a reload.
  await page.reload();
  await expect(page.getByRole("blockquote").nth(1)).toHaveText(
    "Think of a member of staff whose role is built around certain skills.",
  );
  await expect(
    entry(page, "Think of a member of staff").getByText("Note saved on 2 March 2026"),
  ).toBeVisible();
});

test("downloads the notes as Markdown, without one just deleted", async ({ page }) => {
  await page.goto("/notes/");
  await entry(page, "They carry on").getByRole("button", { name: "Delete this highlight" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download as Markdown" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^learning-together-notes-\d{4}-\d\d-\d\d\.md$/);
  const text = await readFile(await download.path(), "utf8");
  const origin = new URL(page.url()).origin;
  expect(text).toMatch(/^# Your notes from Learning Together\n\nSaved on \d{1,2} \w+ 20\d\d\.\n/);
  expect(text).toContain(
    [
      `## ${FIRST.title}`,
      "> learning from the people you work beside is vital.",
      "\\# Not a heading \\[really\\]",
      `Note saved on 4 March 2026. [Go to this note in the chapter](<${origin}${FIRST.path}#note-first>)`,
      `## ${BENEFITS.title}`,
      "> Think of a member of staff whose role is built around certain skills.",
      "Ask the HCA on Monday.\\\nThen try it.",
    ].join("\n\n"),
  );
  expect(text).toContain(
    "_Detached: its text is no longer in the chapter, which has changed since you made it._",
  );
  expect(text).toContain("## Other notes");
  expect(text).not.toContain("They carry on into your future jobs.");
});

test("prints the notes without the controls", async ({ page }) => {
  await page.goto("/notes/");
  const print = page.getByRole("button", { name: "Print your notes" });
  await expect(print).toBeVisible();
  await entry(page, "They carry on").getByRole("button", { name: "Delete this highlight" }).click();
  // The deleted note's place in the list (the status message says the same words).
  const deleted = page.getByRole("main").locator("li", { hasText: "Highlight deleted." });
  await expect(deleted).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(print).toBeHidden();
  // Nothing of a deleted note, nor its Undo.
  await expect(deleted).toBeHidden();
  await expect(page.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("blockquote").first()).toBeVisible();
  // A link prints its address after it.
  const after = await entry(page, "Think of a member of staff")
    .getByRole("link")
    .evaluate((link) => getComputedStyle(link, "::after").content);
  expect(after).toContain(`${BENEFITS.path}#note-earlier`);
});

test("lists a chapter's notes by time when its page cannot be had, and says so", async ({
  page,
}) => {
  await page.route(`**${BENEFITS.path}`, (route) => route.abort("internetdisconnected"));
  await page.goto("/notes/");
  const section = page.getByRole("region", { name: BENEFITS.title });
  await expect(section.getByText(/^This chapter could not be loaded/)).toBeVisible();
  await expect(section.getByRole("blockquote")).toHaveText([
    "They carry on into your future jobs.",
    "Think of a member of staff whose role is built around certain skills.",
    "A sentence the chapter no longer has.",
  ]);
  await expect(
    entry(page, "A sentence the chapter no longer has.").getByRole("link", {
      name: "Go to this note in the chapter",
    }),
  ).toHaveAttribute("href", new RegExp(`${BENEFITS.path}#note-cut$`));
});

test("says there are no notes and how to make one", async ({ browser }) => {
  // A browser that has kept nothing.
  const baseURL = test.info().project.use.baseURL;
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await page.goto("/notes/");
  await expect(
    page.getByText(
      "You have no notes yet. To make one, select some text in a chapter, then choose to highlight it or add a note.",
    ),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Print your notes" })).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("says notes will not be kept when the browser refuses storage", async ({ page }) => {
  await refuseStorage(page);
  await page.goto("/notes/");
  await expect(
    page.getByText(
      "This browser is not letting the site keep anything, so notes you make will not be kept.",
    ),
  ).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("says listing notes needs JavaScript", async ({ page }) => {
    await page.goto("/notes/");
    await expect(page.getByText("Listing your notes needs JavaScript.")).toBeVisible();
  });
});
