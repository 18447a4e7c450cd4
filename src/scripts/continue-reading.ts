import { continueWith } from "~/lib/progress/status.ts";
import { loadRead } from "./progress-store.ts";
import { define } from "./define.ts";

/** Points its link at the first chapter not yet read (ContinueReading.astro). */
class ContinueReading extends HTMLElement {
  connectedCallback() {
    const chapters = JSON.parse(this.dataset["chapters"] ?? "[]") as {
      slug: string;
      title: string;
      href: string;
    }[];
    const next = continueWith(chapters, loadRead());
    const link = this.querySelector("a");
    if (!next || !link) return;
    link.href = next.href;
    link.textContent = `Continue: ${next.title}`;
    link.hidden = false;
  }
}
define("continue-reading", ContinueReading);
