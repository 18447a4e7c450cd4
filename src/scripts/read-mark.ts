import { define } from "./define.ts";
import { READ_EVENT } from "./read-event.ts";

/**
 * The store, loaded once the reader is reading (a scroll, a key, a touch, or a few seconds
 * on the page): saving what was opened and read is no part of what they came for, so its
 * code stays out of the chapter's first view. (The quiz's code, which loads as the reader
 * nears it, shares it.)
 */
let store: Promise<typeof import("./progress-store.ts")> | undefined;
const progress = () => (store ??= import("./progress-store.ts"));
const READING_EVENTS = ["scroll", "keydown", "pointerdown"] as const;
const READING_AFTER_MS = 3000;
function whenReading(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    for (const type of READING_EVENTS) removeEventListener(type, once);
    run();
  };
  for (const type of READING_EVENTS) addEventListener(type, once, { passive: true });
  const start = () => setTimeout(once, READING_AFTER_MS);
  if (document.readyState === "complete") start();
  else addEventListener("load", start, { once: true });
}

/**
 * Sits after a chapter's key points. The chapter counts as opened at once, and as read to
 * the end once the mark has been on screen or above it: however the reader got there,
 * scrolling slowly, pressing End, dragging the scrollbar, following a link to the quiz or
 * the references, or tabbing on to "Next". (An IntersectionObserver alone misses a jump
 * straight past it: the mark is never on screen.) Saved with the quiz answers and shown on
 * the chapter cards; marked `data-reached` and announced with READ_EVENT for a SCORM
 * package's run-time.
 */
class ReadMark extends HTMLElement {
  #done = false;

  connectedCallback() {
    const chapter = this.dataset["chapter"];
    if (!chapter) return;
    whenReading(() => void progress().then((saved) => saved.markOpened(chapter)));
    if (this.#check(chapter)) return;
    const check = () => {
      if (this.#check(chapter)) stop();
    };
    // Scrolling by any means fires "scroll"; a jump to an anchor fires "hashchange" too,
    // and leaving the page ends the chance: look once more then.
    const events = ["scroll", "resize", "hashchange", "pagehide"] as const;
    const stop = () => {
      for (const type of events) removeEventListener(type, check);
    };
    for (const type of events) addEventListener(type, check, { passive: true });
  }

  /** Marks the chapter read if the mark has reached the screen; says whether it has. */
  #check(chapter: string): boolean {
    if (this.#done) return true;
    if (this.getBoundingClientRect().top > innerHeight) return false;
    this.#done = true;
    this.dataset["reached"] = "";
    void progress().then((saved) => saved.markRead(chapter));
    this.dispatchEvent(new CustomEvent(READ_EVENT, { bubbles: true }));
    return true;
  }
}
define("read-mark", ReadMark);
