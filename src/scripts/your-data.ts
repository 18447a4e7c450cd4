/*
 * <your-data> on /your-data/: lists what this browser keeps, and downloads, restores
 * (merging, src/lib/progress/transfer.ts) and clears it. A bad file changes nothing.
 */
import { dueNow } from "~/lib/progress/review.ts";
import { mergeSaved, progressFile, readProgressFile } from "~/lib/progress/transfer.ts";
import {
  clearSaved,
  loadSaved,
  progressKept,
  progressNewer,
  replaceSaved,
  storedBytes,
  storedText,
} from "./progress-store.ts";
import { fetchChapterLinks } from "./chapter-links.ts";
import { define } from "./define.ts";
import { fileDate, saveFile } from "./save-file.ts";

const THEME_KEY = "ipc-theme";
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

class YourData extends HTMLElement {
  #message = this.querySelector<HTMLElement>("[data-message]");
  /** Chapter titles by slug, once /chapters.json has come. */
  #titles = new Map<string, string>();

  connectedCallback() {
    this.querySelector("[data-needs-script]")?.remove();
    for (const panel of this.querySelectorAll<HTMLElement>("[data-panel]")) panel.hidden = false;
    this.querySelector("[data-download]")?.addEventListener("click", () => this.download());
    const input = this.querySelector<HTMLInputElement>("[data-restore]");
    input?.addEventListener("change", () => void this.restore(input));
    const confirm = this.querySelector<HTMLElement>("[data-confirm]");
    const clear = this.querySelector<HTMLButtonElement>("[data-clear]");
    clear?.addEventListener("click", () => {
      if (!confirm) return;
      confirm.hidden = false;
      confirm.querySelector<HTMLButtonElement>("[data-cancel-clear]")?.focus();
    });
    confirm?.querySelector("[data-cancel-clear]")?.addEventListener("click", () => {
      confirm.hidden = true;
      clear?.focus();
    });
    confirm?.querySelector("[data-confirm-clear]")?.addEventListener("click", () => {
      clearSaved();
      try {
        localStorage.removeItem(THEME_KEY);
      } catch {
        // Refused: there was no theme kept.
      }
      confirm.hidden = true;
      clear?.focus();
      this.say("Cleared. This browser keeps nothing from this site now.");
      this.summarise();
    });
    if (progressNewer()) {
      this.say(
        "This browser holds progress from a newer version of this site. This page leaves it as it is; you can still download it.",
      );
    } else if (!progressKept()) {
      this.say(
        "This browser is not letting the site keep anything, so your answers and notes last only until you leave a page.",
      );
    }
    this.summarise();
    void this.loadTitles();
  }

  async loadTitles() {
    // Without the list (offline with nothing saved), the slug stands in for the title.
    const chapters = await fetchChapterLinks(this.dataset["chapters"]);
    if (chapters.length === 0) return;
    this.#titles = new Map(chapters.map((chapter) => [chapter.slug, chapter.title]));
    this.summarise();
  }

  say(text: string) {
    if (this.#message) this.#message.textContent = text;
  }

  /** The list of what is kept, in words. */
  summarise() {
    const list = this.querySelector<HTMLElement>("[data-summary]");
    if (!list) return;
    const saved = loadSaved();
    const answered = Object.values(saved.quizzes).reduce(
      (sum, questions) => sum + Object.keys(questions).length,
      0,
    );
    const chapters = Object.keys(saved.quizzes).length;
    const inReview = Object.values(saved.review).reduce(
      (sum, questions) => sum + Object.keys(questions).length,
      0,
    );
    const due = dueNow(saved.review, Date.now()).length;
    const notes = saved.notes.filter((note) => note.text).length;
    let theme: string | null = null;
    try {
      theme = localStorage.getItem(THEME_KEY);
    } catch {
      theme = null;
    }
    const rows: [string, string][] = [
      [
        "Quiz answers",
        answered === 0
          ? "None"
          : `${plural(answered, "question")} in ${plural(chapters, "chapter")}`,
      ],
      ["Chapters read to the end", saved.read.length === 0 ? "None" : String(saved.read.length)],
      [
        "Chapter last opened",
        saved.opened ? (this.#titles.get(saved.opened) ?? saved.opened) : "None",
      ],
      ["Questions in review", inReview === 0 ? "None" : `${inReview} (${due} due now)`],
      [
        "Highlights and notes",
        saved.notes.length === 0
          ? "None"
          : `${plural(saved.notes.length, "highlight")}, ${plural(notes, "with a note", "with notes")}`,
      ],
      ["Theme", theme ?? "As your system is set"],
      ["Space used", `${(storedBytes() / 1024).toFixed(1)} KB`],
    ];
    list.replaceChildren(
      ...rows.flatMap(([term, value]) => {
        const dt = document.createElement("dt");
        dt.className = "font-semibold";
        dt.textContent = term;
        const dd = document.createElement("dd");
        dd.textContent = value;
        return [dt, dd];
      }),
    );
  }

  download() {
    // A newer version's store is downloaded as it is, so nothing in it is lost.
    const text = progressNewer() ? (storedText() ?? "") : progressFile(loadSaved(), Date.now());
    const name = `learning-together-progress-${fileDate(Date.now())}.json`;
    saveFile(name, text, "application/json");
    this.say(`Downloaded ${name}.`);
  }

  async restore(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const reading = readProgressFile(await file.text());
    input.value = "";
    if (!reading.ok) {
      this.say(reading.message);
      return;
    }
    if (progressNewer()) {
      this.say(
        "This browser holds progress from a newer version of this site, which this page will not change. Nothing was changed.",
      );
      return;
    }
    const { saved, added } = mergeSaved(loadSaved(), reading.saved);
    const kept = replaceSaved(saved);
    const parts = [
      plural(added.answers, "answer"),
      plural(added.read, "chapter read", "chapters read"),
      plural(added.review, "question in review", "questions in review"),
      plural(added.notes, "note"),
    ];
    this.say(
      `Restored from ${file.name}: ${parts.join(", ")} added.` +
        (kept ? "" : " This browser will not keep them after you leave this page."),
    );
    this.summarise();
  }
}
define("your-data", YourData);
