/*
 * <review-queue> on /review/: the questions due for review in this browser, each brought in
 * from its chapter's page (the same markup as the chapter's quiz, with its Review link to
 * the section that teaches it) and made answerable. The first answer to each counts: right
 * climbs a box, wrong goes back to the first (src/lib/progress/review.ts).
 */
import { dueLabel, dueNow, nextDue, type DueQuestion } from "~/lib/progress/review.ts";
import type { QuestionState } from "~/lib/quiz/engine.ts";
import { forgetReview, loadReview, progressKept, saveReviewAnswer } from "./progress-store.ts";
import { QuestionView } from "./quiz-question.ts";
import { fetchChapterLinks, type ChapterLink } from "./chapter-links.ts";
import { define } from "./define.ts";

const DAY_MS = 86_400_000;
const dateText = (time: number) =>
  new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long" }).format(time);

/** "tomorrow" or "in 3 days, on Sunday 6 December". */
function whenText(due: number, now: number): string {
  const days = Math.round((due - new Date(now).setHours(0, 0, 0, 0)) / DAY_MS);
  return days <= 1 ? "tomorrow" : `in ${days} days, on ${dateText(due)}`;
}

class ReviewQueue extends HTMLElement {
  async connectedCallback() {
    const status = this.querySelector<HTMLElement>("[data-review-status]");
    const list = this.querySelector<HTMLElement>("[data-review-list]");
    if (!status || !list) return;
    const now = Date.now();
    const review = loadReview();
    const due = dueNow(review, now);
    if (due.length === 0) {
      const next = nextDue(review, now);
      status.textContent = next
        ? `Nothing to review now. The next question is due on ${dateText(next)}.`
        : progressKept()
          ? "Nothing to review. Questions you get wrong in a chapter's quiz will come back here the next day."
          : "Nothing to review: this browser is not letting the site keep your answers, so there is nothing to bring back.";
      return;
    }
    status.textContent = `${dueLabel(due.length)}.`;
    const chapters = await fetchChapterLinks(this.dataset["src"]);
    let number = 0;
    for (const chapter of chapters) {
      const questions = due.filter((q) => q.chapter === chapter.slug);
      if (questions.length === 0) continue;
      const section = document.createElement("section");
      const heading = document.createElement("h2");
      heading.className = "mt-10 text-2xl font-semibold";
      heading.textContent = chapter.title;
      section.append(heading);
      list.append(section);
      const found = await this.questionsFrom(chapter, questions);
      for (const { question } of questions) {
        // Gone from its chapter since it was missed: nothing to bring back.
        if (found && !found.some((f) => f.dataset["question"] === question))
          forgetReview(chapter.slug, question);
      }
      if (!found) {
        const note = document.createElement("p");
        note.className = "mt-2";
        note.append("These questions could not be loaded: you may be offline. ");
        const link = document.createElement("a");
        link.href = chapter.href;
        link.textContent = `Open ${chapter.title}`;
        note.append(link);
        section.append(note);
        continue;
      }
      for (const fieldset of found) {
        number += 1;
        section.append(this.answerable(fieldset, chapter.slug, number));
      }
    }
  }

  /** A question from its chapter, numbered for this review and counted once answered. */
  answerable(fieldset: HTMLFieldSetElement, chapter: string, number: number) {
    const counter = fieldset.querySelector(".quiz-number");
    if (counter) counter.textContent = `Question ${number}`;
    const wrapper = document.createElement("div");
    wrapper.className = "quiz mt-4";
    wrapper.append(fieldset);
    let state: QuestionState | undefined;
    let counted = false;
    const view = new QuestionView(
      fieldset,
      () => state,
      (id, next) => {
        state = next;
        if (counted || !next || next.attempts === 0) return;
        counted = true;
        const right = next.correct && !next.revealed;
        const entry = saveReviewAnswer(chapter, id, right);
        const note = document.createElement("p");
        note.className = "quiz-meta";
        note.dataset["reviewNote"] = "";
        note.textContent = !entry
          ? "Right again after the longest wait: it leaves your review."
          : `${right ? "Right: it" : "It"} comes back ${whenText(entry.due, Date.now())}.`;
        fieldset.querySelector("[data-feedback]")?.after(note);
      },
    );
    view.show(undefined);
    return wrapper;
  }

  /**
   * The due questions' fieldsets from the chapter's page (from the offline copy when there
   * is no connection), or undefined when it cannot be had. Questions the chapter no longer
   * has leave review.
   */
  async questionsFrom(
    chapter: ChapterLink,
    questions: DueQuestion[],
  ): Promise<HTMLFieldSetElement[] | undefined> {
    let html: string;
    try {
      const response = await fetch(chapter.href);
      if (!response.ok) return undefined;
      html = await response.text();
    } catch {
      return undefined;
    }
    const doc = new DOMParser().parseFromString(html, "text/html");
    return questions.flatMap(({ question }) => {
      const fieldset = doc.querySelector<HTMLFieldSetElement>(
        `quiz-set fieldset[data-question="${CSS.escape(question)}"]`,
      );
      if (!fieldset) return [];
      return [document.importNode(fieldset, true)];
    });
  }
}
define("review-queue", ReviewQueue);
