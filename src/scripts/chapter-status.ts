import { score } from "~/lib/quiz/engine.ts";
import { chapterStatus } from "~/lib/progress/status.ts";
import { loadProgress, loadRead } from "./progress-store.ts";
import { define } from "./define.ts";

/** "Read · Quiz: 3/4 right" and the like, from the progress saved in this browser. */
class ChapterStatus extends HTMLElement {
  connectedCallback() {
    const chapter = this.dataset["chapter"] ?? "";
    const ids = JSON.parse(this.dataset["ids"] ?? "[]") as string[];
    this.textContent = chapterStatus(
      loadRead().includes(chapter),
      score(ids, loadProgress()[chapter] ?? {}),
    );
  }
}
define("chapter-status", ChapterStatus);
