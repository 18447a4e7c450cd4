import { score } from "~/lib/quiz/engine.ts";
import { loadProgress } from "./progress-store.ts";
import { define } from "./define.ts";

/** "Quiz: 3/4 right" or "Quiz: not started", from the progress saved in this browser. */
class QuizStatus extends HTMLElement {
  connectedCallback() {
    const ids = JSON.parse(this.dataset["ids"] ?? "[]") as string[];
    const result = score(ids, loadProgress()[this.dataset["quiz"] ?? ""] ?? {});
    this.textContent =
      result.answered === 0 ? "Quiz: not started" : `Quiz: ${result.correct}/${result.total} right`;
  }
}
define("quiz-status", QuizStatus);
