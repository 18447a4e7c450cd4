import { markRead } from "./progress-store.ts";
import { define } from "./define.ts";

/**
 * Sits after a chapter's key points: when the reader scrolls it into view, the chapter
 * counts as read to the end (saved with the quiz answers, shown on the chapter cards).
 */
class ReadMark extends HTMLElement {
  connectedCallback() {
    const chapter = this.dataset["chapter"];
    if (!chapter || !("IntersectionObserver" in window)) return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      markRead(chapter);
      observer.disconnect();
    });
    observer.observe(this);
  }
}
define("read-mark", ReadMark);
