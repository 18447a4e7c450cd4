import { expect, test } from "@playwright/test";
import { decodeQr } from "../support/decode-qr.ts";
import { printedText, printKeepingHeadings } from "./printed.ts";
import { CHAPTERS, SUB_PATH_BASE } from "./support.ts";

/*
 * Paper from the build with a public address (handouts.spec.ts and guide.spec.ts print the
 * root build, which has none): each chapter's worksheet, answer key and part of the guide
 * leads back to the chapter's quiz by a QR code beside its address, and no heading ends a
 * printed page.
 */
const PUBLIC = `https://example.github.io${SUB_PATH_BASE}`;
type Chapter = (typeof CHAPTERS)[number];
/** The public address of a chapter's quiz, which the printed QR code must hold exactly. */
const quizAddress = (chapter: Chapter) => `${PUBLIC}${chapter.path.slice(1)}#quiz`;
const worksheet = (chapter: Chapter) => `${chapter.path}worksheet/`;
const answerKey = (chapter: Chapter) => chapter.path.replace("/chapters/", "/quiz/answers/");

test.describe("a QR code leads from paper to the chapter's quiz", () => {
  // Three device pixels to a CSS pixel: about six to a module in the screenshot.
  test.use({ deviceScaleFactor: 3 });
  const cases = [
    { path: worksheet(CHAPTERS[2]), chapter: CHAPTERS[2] },
    { path: answerKey(CHAPTERS[1]), chapter: CHAPTERS[1] },
    { path: "/guide/", chapter: CHAPTERS[3] },
  ];
  for (const { path, chapter } of cases) {
    test(`${path} prints a QR code of ${chapter.path}#quiz beside that address, and not on screen`, async ({
      page,
    }) => {
      await page.goto(path.slice(1));
      // In the guide, the code at the end of that chapter.
      const scope =
        path === "/guide/"
          ? page.getByRole("article", { name: chapter.title })
          : page.getByRole("main");
      const expected = quizAddress(chapter);
      const line = scope.locator("p", { hasText: expected });
      const code = line.locator("svg");
      await expect(code).toHaveCount(1);
      await expect(code).toBeHidden();
      await page.emulateMedia({ media: "print" });
      await expect(code).toBeVisible();
      // What a phone's camera reads from the printed code...
      expect(await decodeQr(await code.screenshot())).toBe(expected);
      // ...is the address printed in words beside it, whole.
      expect((await line.innerText()).split(": ").at(-1)?.trim()).toBe(expected);
    });
  }
});

test.describe("on paper", () => {
  // Each page printed once, with the chapters whose quiz addresses it must print.
  const printed = [
    ...CHAPTERS.map((chapter) => ({ path: worksheet(chapter), chapters: [chapter] })),
    ...CHAPTERS.map((chapter) => ({ path: answerKey(chapter), chapters: [chapter] })),
    { path: "/guide/", chapters: [...CHAPTERS] },
  ];
  for (const { path, chapters } of printed) {
    test(`${path} ends no page with a heading, and prints its chapters' quiz addresses`, async ({
      page,
    }) => {
      await page.goto(path.slice(1));
      const text = printedText(await printKeepingHeadings(page)).replace(/\s+/g, "");
      for (const chapter of chapters) expect(text).toContain(quizAddress(chapter));
    });
  }
});
