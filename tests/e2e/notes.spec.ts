import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, CHAPTERS, refuseStorage } from "./support.ts";

// Highlights and notes on a chapter (chapter-notes.ts): made by pointer and by keyboard,
// kept across a reload, an edit of the chapter around them and a move to another browser.

const BENEFITS = CHAPTERS[1].path;
/** A paragraph of the benefits chapter, and words in it to highlight. */
const PARAGRAPH = "The essay then turns to teaching.";
const WORDS = "through their experience";

const stored = (page: Page) => page.evaluate(() => localStorage.getItem("ipc-progress") ?? "");
const toolbar = (page: Page) => page.getByRole("toolbar", { name: "Selected text" });
const marks = (page: Page) => page.locator("mark.note-mark");

/** The screen point of a character of `words` in the paragraph holding `paragraph`. */
async function pointAt(page: Page, paragraph: string, words: string, edge: "start" | "end") {
  return page.evaluate(
    ([paragraph, words, edge]) => {
      const block = [...document.querySelectorAll(".prose-site p")].find((p) =>
        p.textContent.includes(paragraph),
      );
      const walker = document.createTreeWalker(block ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(words);
        if (at === -1) continue;
        const range = document.createRange();
        const offset = edge === "start" ? at : at + words.length - 1;
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        const box = range.getBoundingClientRect();
        return { x: edge === "start" ? box.left + 1 : box.right - 1, y: box.top + box.height / 2 };
      }
      throw new Error(`"${words}" is not in the paragraph`);
    },
    [paragraph, words, edge] as const,
  );
}

/** Selects `words` by dragging the mouse across them, as a reader does. */
async function dragSelect(page: Page, paragraph: string, words: string) {
  await page.getByText(paragraph).scrollIntoViewIfNeeded();
  const from = await pointAt(page, paragraph, words, "start");
  const to = await pointAt(page, paragraph, words, "end");
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  expect(await page.evaluate(() => getSelection()?.toString())).toBe(words);
}

/**
 * Selects `words` without the mouse, as a screen reader's or the browser's caret browsing
 * selection does (both set the document's selection; the keyboard path starts from there).
 */
async function selectWithoutPointer(page: Page, paragraph: string, words: string) {
  await page.evaluate(
    ([paragraph, words]) => {
      const block = [...document.querySelectorAll(".prose-site p")].find((p) =>
        p.textContent.includes(paragraph),
      );
      const walker = document.createTreeWalker(block ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(words);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return;
      }
      throw new Error(`"${words}" is not in the paragraph`);
    },
    [paragraph, words] as const,
  );
}

/** Makes a note on WORDS by keyboard from a selection, and returns once it is saved. */
async function noteByKeyboard(page: Page, text: string) {
  await selectWithoutPointer(page, PARAGRAPH, WORDS);
  await expect(toolbar(page)).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(toolbar(page).getByRole("button", { name: "Highlight" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(toolbar(page).getByRole("button", { name: "Add note" })).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Add a note" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("blockquote")).toHaveText(WORDS);
  await expect(dialog.getByLabel("Your note")).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Save" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
}

test("a note made by keyboard is a mark with a button that says the note", async ({ page }) => {
  await page.goto(BENEFITS);
  await noteByKeyboard(page, "Ask the HCA for one tip after each try.");
  await expect(marks(page)).toHaveText([WORDS]);
  const note = page.getByRole("button", { name: "Note: Ask the HCA for one tip after each try." });
  await expect(note).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Note saved." })).toBeAttached();
  // The highlight points screen readers to its note.
  await expect(marks(page)).toHaveAttribute("aria-details", (await note.getAttribute("id")) ?? "");
  expect(await axeViolations(page)).toEqual([]);

  // Opened again from its button: changed, then deleted.
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Your note" });
  await expect(dialog.getByLabel("Your note")).toHaveValue(
    "Ask the HCA for one tip after each try.",
  );
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Ask for one tip each time.");
  await dialog.getByRole("button", { name: "Save" }).press("Enter");
  await expect(
    page.getByRole("button", { name: "Note: Ask for one tip each time." }),
  ).toBeFocused();
  expect(await stored(page)).toContain('"t":"Ask for one tip each time."');
  await page.keyboard.press("Enter");
  await page
    .getByRole("dialog", { name: "Your note" })
    .getByRole("button", { name: "Delete note" })
    .click();
  await expect(marks(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Note:/ })).toHaveCount(0);
  // Focus stays where the note was, not thrown back to the top of the page.
  await expect(page.getByText(PARAGRAPH)).toBeFocused();
  expect(await stored(page)).not.toContain('"notes"');
});

test("a highlight made with the mouse, opened from the mark and removed", async ({ page }) => {
  await page.goto(BENEFITS);
  await dragSelect(page, PARAGRAPH, WORDS);
  await toolbar(page).getByRole("button", { name: "Highlight" }).click();
  await expect(toolbar(page)).toBeHidden();
  await expect(marks(page)).toHaveText([WORDS]);
  await expect(page.getByRole("status").filter({ hasText: "Highlighted." })).toBeAttached();
  expect(await stored(page)).toContain(`"q":"${WORDS}"`);

  // A highlight alone has a button too, out of sight until the keyboard reaches it.
  const opener = page.getByRole("button", { name: `Highlight: ${WORDS}. Add a note or remove it` });
  await expect(opener).toBeAttached();
  await marks(page).click();
  const dialog = page.getByRole("dialog", { name: "Highlight" });
  await expect(dialog.getByRole("blockquote")).toHaveText(WORDS);
  await dialog.getByRole("button", { name: "Remove highlight" }).click();
  await expect(marks(page)).toHaveCount(0);
  await expect(page.getByText(PARAGRAPH)).toHaveText(/through their experience, such staff/);
  expect(await stored(page)).not.toContain('"notes"');
});

test("Escape puts the toolbar away, and Cancel keeps nothing", async ({ page }) => {
  await page.goto(BENEFITS);
  await selectWithoutPointer(page, PARAGRAPH, WORDS);
  await expect(toolbar(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(toolbar(page)).toBeHidden();
  await selectWithoutPointer(page, PARAGRAPH, "such staff");
  await toolbar(page).getByRole("button", { name: "Add note" }).click();
  await page
    .getByRole("dialog", { name: "Add a note" })
    .getByRole("button", { name: "Cancel" })
    .click();
  await expect(marks(page)).toHaveCount(0);
  expect(await stored(page)).not.toContain('"notes"');
});

test("a note stays after a reload, and its address takes the reader to it", async ({ page }) => {
  await page.goto(BENEFITS);
  await noteByKeyboard(page, "Kept?");
  const id = await page.getByRole("button", { name: "Note: Kept?" }).getAttribute("id");
  await page.goto("/");
  await page.goto(`${BENEFITS}#${id}`);
  await expect(marks(page)).toHaveText([WORDS]);
  const note = page.getByRole("button", { name: "Note: Kept?" });
  await expect(note).toBeFocused();
  await expect(note).toBeInViewport();
});

test("a note finds its text again after the paragraph around it is edited", async ({ page }) => {
  await page.goto(BENEFITS);
  await noteByKeyboard(page, "Still here.");
  // A later version of the chapter: the sentences before and after the words are reworded.
  await page.route(`**${BENEFITS}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(
        "The essay then turns to teaching. It suggests that, ",
        "Next, the essay asks who should teach. It says ",
      )
      .replace(", such staff may be able to give you more", ", staff like this may give you more");
    expect(html).toContain(`It says ${WORDS}, staff like this`);
    await route.fulfill({ response, body: html });
  });
  await page.reload();
  await expect(marks(page)).toHaveText([WORDS]);
  await expect(page.getByRole("button", { name: "Note: Still here." })).toBeAttached();

  // A version without the words: the note is kept, and the chapter says where.
  await page.unrouteAll();
  await page.route(`**${BENEFITS}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(WORDS, "with what they have seen");
    await route.fulfill({ response, body: html });
  });
  await page.reload();
  await expect(marks(page)).toHaveCount(0);
  await expect(
    page.getByText("One of your notes on this chapter no longer finds its text"),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "your notes" }).first()).toHaveAttribute(
    "href",
    "/notes/",
  );
  expect(await stored(page)).toContain('"t":"Still here."');
});

test("notes move to another browser with Your data", async ({ page, browser }) => {
  await page.goto(BENEFITS);
  await noteByKeyboard(page, "Take this with me.");
  await page.goto("/your-data/");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download your data" }).click(),
  ]);
  const file = await download.path();
  expect(await readFile(file, "utf8")).toContain("Take this with me.");

  const baseURL = test.info().project.use.baseURL;
  const other = await browser.newContext(baseURL ? { baseURL } : {});
  const fresh = await other.newPage();
  await fresh.goto("/your-data/");
  await fresh.getByLabel("Progress file").setInputFiles(file);
  await expect(fresh.getByRole("main").getByRole("status")).toContainText("1 note added");
  await fresh.goto(BENEFITS);
  await expect(marks(fresh)).toHaveText([WORDS]);
  await expect(fresh.getByRole("button", { name: "Note: Take this with me." })).toBeAttached();
  await other.close();
});

test("with storage refused, a highlight works for the visit and says it is not kept", async ({
  page,
}) => {
  await refuseStorage(page);
  await page.goto(BENEFITS);
  await dragSelect(page, PARAGRAPH, WORDS);
  await toolbar(page).getByRole("button", { name: "Highlight" }).click();
  await expect(marks(page)).toHaveText([WORDS]);
  await expect(page.getByRole("status").filter({ hasText: "Highlighted." })).toContainText(
    "This browser is not letting the site keep it",
  );
});

test("a reader who only reads loads none of the notes code", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto(BENEFITS);
  await page.keyboard.press("End");
  await page.waitForLoadState("networkidle");
  const before = scripts.length;
  await selectWithoutPointer(page, PARAGRAPH, WORDS);
  await expect(toolbar(page)).toBeVisible();
  // Selecting text brought the notes code in.
  expect(scripts.length).toBeGreaterThan(before);
});
