import {
  CITATION_STYLES,
  formatAccessedDate,
  isoDay,
  STYLE_LABELS,
  type CitationStyle,
} from "~/lib/citations/styles.ts";
import { announcer } from "./announce.ts";
import { define } from "./define.ts";

/*
 * <citation-copy>: copy buttons for citations rendered inside it. A button with
 * data-copy="apa" copies the element marked data-style="apa" as plain text and as HTML
 * (so italics survive a paste into a word processor), and says so in the element's status
 * line. Access dates (<time data-accessed>) are set to today, the day the reader visits.
 */

const isStyle = (value: string | undefined): value is CitationStyle =>
  (CITATION_STYLES as readonly string[]).includes(value ?? "");

class CitationCopy extends HTMLElement {
  #say = announcer(null);

  connectedCallback() {
    this.#say = announcer(this.querySelector<HTMLElement>("[data-copy-status]"));
    const today = new Date();
    for (const time of this.querySelectorAll<HTMLTimeElement>("time[data-accessed]")) {
      const style = time.dataset["accessed"];
      if (!isStyle(style)) continue;
      time.dateTime = isoDay(today);
      time.textContent = formatAccessedDate(today, style);
    }
    this.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("button[data-copy]");
      const style = button?.dataset["copy"];
      if (button && isStyle(style)) void this.#copy(style);
    });
  }

  async #copy(style: CitationStyle) {
    const source = this.querySelector<HTMLElement>(`[data-style="${style}"]`);
    if (!source) return;
    const text = (source.textContent ?? "").replace(/\s+/g, " ").trim();
    const label = STYLE_LABELS[style];
    try {
      if (typeof ClipboardItem === "function" && navigator.clipboard.write) {
        await navigator.clipboard.write([
          new ClipboardItem({
            "text/plain": new Blob([text], { type: "text/plain" }),
            "text/html": new Blob([source.innerHTML], { type: "text/html" }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      this.#say(`${label} reference copied.`);
    } catch {
      // No clipboard access: show and select the text so Ctrl+C or Cmd+C copies it.
      source.closest("details")?.setAttribute("open", "");
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      this.#say(
        `Could not copy. The ${label} reference is selected: press Ctrl+C (Cmd+C on a Mac).`,
      );
    }
  }
}

define("citation-copy", CitationCopy);
