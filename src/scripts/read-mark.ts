import { markOpened, markRead } from "./progress-store.ts";
import { define } from "./define.ts";

/** Fired (bubbling) by <read-mark> when the reader reaches the end of the chapter. */
export const READ_EVENT = "chapter-read";

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
    markOpened(chapter);
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
    markRead(chapter);
    this.dispatchEvent(new CustomEvent(READ_EVENT, { bubbles: true }));
    return true;
  }
}
define("read-mark", ReadMark);
