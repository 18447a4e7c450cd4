import { define } from "./define.ts";
import { READ_EVENT } from "./read-event.ts";

/**
 * The store, loaded once the reader scrolls (reading on past the first screen): saving what
 * was opened and read is no part of what they came for, so its code stays out of the
 * chapter's first view, and out of a visit that only searches. (The quiz's code, which loads
 * as the reader nears it, shares it.) A chapter short enough to end on the first screen is
 * read at once, and loads it then.
 */
let store: Promise<typeof import("./progress-store.ts")> | undefined;
const progress = () => (store ??= import("./progress-store.ts"));

/**
 * Sits after a chapter's key points. The chapter counts as opened once the reader scrolls,
 * and as read to the end once the mark has been on screen or above it: however the reader got there,
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
    addEventListener("scroll", () => void progress().then((saved) => saved.markOpened(chapter)), {
      once: true,
      passive: true,
    });
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
