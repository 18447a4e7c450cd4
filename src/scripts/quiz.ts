import { score } from "~/lib/quiz/engine.ts";
import { QuestionView } from "./quiz-question.ts";
import {
  clearQuiz,
  loadProgress,
  progressKept,
  progressNewer,
  PROGRESS_EVENT,
  saveQuestion,
} from "./progress-store.ts";
import { define } from "./define.ts";

/**
 * A chapter's quiz. Enhances the server-rendered questions: marks answers, keeps progress
 * under the quiz's data-quiz name, and shows a score when every question is answered.
 * Looks only inside itself, so several can share a page.
 */
class QuizSet extends HTMLElement {
  private questions: QuestionView[] = [];

  connectedCallback() {
    const quiz = this.dataset["quiz"] ?? "";
    this.questions = [...this.querySelectorAll<HTMLFieldSetElement>("fieldset[data-question]")].map(
      (fieldset) =>
        new QuestionView(
          fieldset,
          () => loadProgress()[quiz]?.[fieldset.dataset["question"] ?? ""],
          (id, state) => {
            if (state) saveQuestion(quiz, id, state);
            this.update(true);
          },
        ),
    );
    const saved = loadProgress()[quiz] ?? {};
    for (const view of this.questions) view.show(saved[view.id], true);
    this.querySelector("[data-start-over]")?.addEventListener("click", () => {
      clearQuiz(quiz);
      for (const view of this.questions) view.show(undefined);
      this.update(true);
      this.questions[0]?.root.querySelector<HTMLElement>("input, button")?.focus();
    });
    this.update(false);
  }

  private update(announce: boolean) {
    const quiz = this.dataset["quiz"] ?? "";
    const result = score(
      this.questions.map((q) => q.id),
      loadProgress()[quiz] ?? {},
    );
    const startOver = this.querySelector<HTMLElement>("[data-start-over]");
    const text = this.querySelector<HTMLElement>("[data-summary-text]");
    // Said once, by the page's first quiz, when storage is first found refused: on loading,
    // or when a save fails.
    const note = this.querySelector<HTMLElement>("[data-storage-note]");
    if (
      note &&
      !progressKept() &&
      !note.textContent &&
      document.querySelector("quiz-set") === this
    ) {
      note.textContent = progressNewer()
        ? "You can still answer, but this browser holds progress from a newer version of this site, which this page leaves as it is, so your answers here will be lost when you leave this page."
        : "You can still answer, but this browser is not letting the site save your answers, so they will be lost when you leave this page.";
    }
    if (startOver && text) {
      startOver.hidden = !result.complete;
      text.textContent = result.complete
        ? `You got ${result.correct} of ${result.total} right.`
        : "";
    }
    if (announce) document.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
  }
}

define("quiz-set", QuizSet);
