import { dueLabel, dueNow } from "~/lib/progress/review.ts";
import { loadReview } from "./progress-store.ts";
import { define } from "./define.ts";

/** Shows its link, "N questions to review", while any question is due (ReviewCount.astro). */
class ReviewCount extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector("a");
    const due = dueNow(loadReview(), Date.now()).length;
    if (!link || due === 0) return;
    link.textContent = dueLabel(due);
    link.hidden = false;
  }
}
define("review-count", ReviewCount);
