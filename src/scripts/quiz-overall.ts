import { score } from "~/lib/quiz/engine.ts";
import { loadProgress, PROGRESS_EVENT } from "./progress-store.ts";
import { define } from "./define.ts";

/** The score across every quiz on the page, kept up to date as questions are answered. */
class QuizOverall extends HTMLElement {
  connectedCallback() {
    const update = () => this.update();
    document.addEventListener(PROGRESS_EVENT, update);
    this.update();
  }

  update() {
    const quizzes = JSON.parse(this.dataset["quizzes"] ?? "[]") as {
      slug: string;
      ids: string[];
    }[];
    const progress = loadProgress();
    let answered = 0;
    let correct = 0;
    let total = 0;
    for (const quiz of quizzes) {
      const result = score(quiz.ids, progress[quiz.slug] ?? {});
      answered += result.answered;
      correct += result.correct;
      total += result.total;
    }
    const line = this.querySelector("[data-overall]");
    if (line)
      line.textContent = `Overall: ${correct} right of ${total} questions (${answered} answered).`;
  }
}
define("quiz-overall", QuizOverall);
