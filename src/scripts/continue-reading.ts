import { continueWith } from "~/lib/progress/status.ts";
import { loadOpened, loadRead } from "./progress-store.ts";
import { fetchChapterLinks, type ChapterLink } from "./chapter-links.ts";
import { define } from "./define.ts";

/** Points its link at where the reader is in the guide (continueWith, ContinueReading.astro). */
class ContinueReading extends HTMLElement {
  async connectedCallback() {
    const read = loadRead();
    const opened = loadOpened();
    // A reader who has opened nothing starts at the first chapter: no list needed.
    if (read.length === 0 && !opened) return;
    const next = continueWith(await this.chapters(), read, opened);
    const link = this.querySelector("a");
    if (!next || !link) return;
    link.href = next.href;
    link.textContent = `Continue: ${next.title}`;
    link.hidden = false;
  }

  /** The chapters in reading order: from the page, or from /chapters.json for a long guide. */
  async chapters(): Promise<ChapterLink[]> {
    const { chapters, src } = this.dataset;
    if (chapters) return JSON.parse(chapters) as ChapterLink[];
    // None to be had: the link keeps its first target.
    return fetchChapterLinks(src);
  }
}
define("continue-reading", ContinueReading);
