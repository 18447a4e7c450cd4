/*
 * Highlights and notes on a chapter, loaded by notes-launcher.ts when wanted. Selecting text
 * in the chapter's body shows a small toolbar beside it (Highlight, Add note), which the
 * keyboard reaches with Tab; a highlight is a <mark>, followed by a button that opens it
 * (named "Note: …" when it has a note, so a screen reader hears the note there). Each is kept
 * in the store with its quoted text and a little context either side (src/lib/notes/
 * anchor.ts) and found again by that text when the chapter has changed; one whose text is
 * gone is said to be detached here and listed on /notes/, never dropped.
 */
import { describeQuote, locateQuote, tidy, type Span } from "~/lib/notes/anchor.ts";
import { MAX_NOTE_TEXT, MAX_NOTES, MAX_QUOTE, type Note } from "~/lib/progress/store.ts";
import { announcer } from "./announce.ts";
import { deleteNote, loadNotes, progressKept, saveNote } from "./progress-store.ts";
import { joinText, offsetAt, textNodes, unwrap, wrapSpan } from "./notes-text.ts";

/** A new note's id: random, and in the store's id shape (lower-case letters, digits, -). */
function newId(): string {
  if ("randomUUID" in crypto) return crypto.randomUUID();
  // Outside a secure context (a copy served over plain http) there is no randomUUID.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

const clip = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;

/** Marks the reader's own text so that notes never count it as the chapter's. */
function ui<T extends HTMLElement>(element: T): T {
  element.dataset["notesUi"] = "";
  return element;
}

function button(text: string, className: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.textContent = text;
  return element;
}

/** Blocks a toolbar may sit in: the one holding the end of the selection. */
const BLOCK = "p, li, blockquote, dd, dt, td, th, figcaption, .heading-wrapper";

class ChapterNotes {
  readonly #root: HTMLElement;
  readonly #chapter: string;
  readonly #say: (message: string) => void;
  readonly #bar: HTMLElement;
  /** The selection the toolbar acts on: its place in the chapter's text, and that text. */
  #pending: { span: Span; text: string } | undefined;
  /** Where focus was before Tab took it to the toolbar, to go back to. */
  #returnTo: HTMLElement | undefined;
  #pointerDown = false;
  /** Whether the reader has been told, once, how to reach the toolbar by keyboard. */
  #hinted = false;
  #timer: number | undefined;
  #dialog: HTMLDialogElement | undefined;
  /** The note the dialog is open on, and whether it is a new one. */
  #editing: { note: Note; isNew: boolean } | undefined;

  constructor(root: HTMLElement, chapter: string) {
    this.#root = root;
    this.#chapter = chapter;
    const status = ui(document.createElement("p"));
    status.setAttribute("role", "status");
    status.className = "toast no-print";
    document.body.append(status);
    this.#say = announcer(status, 5000);
    this.#bar = this.#toolbar();
  }

  start(): void {
    let detached = 0;
    const notes = loadNotes()
      .filter((note) => note.chapter === this.#chapter)
      .sort((a, b) => a.at - b.at);
    for (const note of notes) if (!this.#paint(note)) detached += 1;
    if (detached > 0) this.#detached(detached);
    this.#root.addEventListener("click", (event) => {
      const target = event.target as Element;
      const opener = target.closest<HTMLElement>(".note-button, mark.note-mark");
      // A click that ends a selection is not a click on the highlight.
      if (!opener || !getSelection()?.isCollapsed) return;
      const id = opener.dataset["note"];
      if (id) this.#open(id);
    });
    document.addEventListener("selectionchange", () => this.#selectionChanged());
    document.addEventListener("pointerdown", (event) => {
      if (!this.#bar.contains(event.target as Node)) this.#pointerDown = true;
    });
    // A touch that becomes a long press to select text ends in pointercancel, not pointerup.
    for (const type of ["pointerup", "pointercancel"]) {
      document.addEventListener(type, () => {
        this.#pointerDown = false;
        this.#selectionChanged();
      });
    }
    document.addEventListener("keydown", (event) => this.#key(event), true);
    addEventListener("hashchange", () => this.#goToHash());
    this.#goToHash();
    // Started by a selection: show the toolbar for it.
    this.#selectionChanged();
  }

  /** Draws a note's highlight and its button; false when its text is not in the chapter. */
  #paint(note: Note): boolean {
    const nodes = textNodes(this.#root);
    const span = locateQuote(joinText(nodes), note.quote);
    if (!span) return false;
    const marks = wrapSpan(nodes, span, () => {
      const mark = document.createElement("mark");
      mark.className = "note-mark";
      mark.dataset["note"] = note.id;
      mark.setAttribute("aria-details", `note-${note.id}`);
      return mark;
    });
    const last = marks.at(-1);
    if (!last) return false;
    const opener = ui(button("", "note-button no-print"));
    opener.id = `note-${note.id}`;
    opener.dataset["note"] = note.id;
    this.#label(opener, note);
    last.after(opener);
    return true;
  }

  #label(opener: HTMLElement, note: Note): void {
    const text = tidy(note.text);
    opener.toggleAttribute("data-empty", text === "");
    opener.setAttribute(
      "aria-label",
      text
        ? `Note: ${clip(text, 150)}`
        : `Highlight: ${clip(tidy(note.quote.exact), 60)}. Add a note or remove it`,
    );
  }

  #erase(id: string): void {
    unwrap(this.#root.querySelectorAll(`mark.note-mark[data-note="${CSS.escape(id)}"]`));
    document.getElementById(`note-${id}`)?.remove();
  }

  /** Says, before the chapter's text, that some notes no longer find their text. */
  #detached(count: number): void {
    const notice = ui(document.createElement("p"));
    notice.className = "notes-detached no-print";
    notice.append(
      count === 1
        ? "One of your notes on this chapter no longer finds its text: the chapter has changed since you made it. It is kept in "
        : `${count} of your notes on this chapter no longer find their text: the chapter has changed since you made them. They are kept in `,
    );
    const link = document.createElement("a");
    // The chapter's own link to /notes/ (a SCORM package points it at the public site).
    link.href = document.querySelector("a[data-notes-link]")?.getAttribute("href") ?? "";
    link.textContent = "your notes";
    notice.append(link, ".");
    this.#root.prepend(notice);
  }

  /** Follows an address ending #note-<id>, from /notes/: the note in view, its button focused. */
  #goToHash(): void {
    if (!location.hash.startsWith("#note-")) return;
    const opener = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!opener?.classList.contains("note-button")) return;
    const mark = this.#root.querySelector(
      `mark.note-mark[data-note="${CSS.escape(opener.dataset["note"] ?? "")}"]`,
    );
    (mark ?? opener).scrollIntoView({ block: "center" });
    opener.focus({ preventScroll: true });
  }

  // The toolbar.

  #toolbar(): HTMLElement {
    const bar = ui(document.createElement("span"));
    bar.className = "note-toolbar no-print";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "Selected text");
    bar.hidden = true;
    const highlight = button("Highlight", "note-tool");
    const note = button("Add note", "note-tool");
    // One stop in the Tab order; the arrow keys move between the two.
    highlight.tabIndex = 0;
    note.tabIndex = -1;
    highlight.addEventListener("click", () => this.#act(false));
    note.addEventListener("click", () => this.#act(true));
    bar.append(highlight, note);
    // A press on the toolbar keeps the selection it acts on.
    bar.addEventListener("pointerdown", (event) => event.preventDefault());
    bar.addEventListener("keydown", (event) => {
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      event.preventDefault();
      const next = document.activeElement === highlight ? note : highlight;
      highlight.tabIndex = next === highlight ? 0 : -1;
      note.tabIndex = next === note ? 0 : -1;
      next.focus();
    });
    bar.addEventListener("focusout", (event) => {
      const to = event.relatedTarget as Node | null;
      if (to && !bar.contains(to)) this.#hideBar();
    });
    return bar;
  }

  /** The selection, if it is text of the chapter's body: its place and the text it is in. */
  #selected(): { span: Span; text: string; end: Node } | undefined {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
    const range = selection.getRangeAt(0).cloneRange();
    const root = this.#root;
    if (!range.intersectsNode(root)) return undefined;
    if (!root.contains(range.startContainer)) range.setStart(root, 0);
    if (!root.contains(range.endContainer)) range.setEnd(root, root.childNodes.length);
    const nodes = textNodes(root);
    const text = joinText(nodes);
    let start = offsetAt(nodes, range.startContainer, range.startOffset);
    let end = offsetAt(nodes, range.endContainer, range.endOffset);
    while (start < end && /\s/.test(text[start] ?? "")) start += 1;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end -= 1;
    if (end <= start) return undefined;
    const end_ =
      range.endContainer === root
        ? (root.childNodes[Math.max(0, range.endOffset - 1)] ?? root)
        : range.endContainer;
    return { span: { start, end }, text, end: end_ };
  }

  #selectionChanged(): void {
    // Acting on the toolbar, the reader keeps the selection it was shown for.
    if (this.#bar.contains(document.activeElement) || this.#dialog?.open) return;
    window.clearTimeout(this.#timer);
    if (this.#pointerDown) {
      this.#hideBar();
      return;
    }
    // Wait for the selection to settle (a drag of touch handles, Shift and an arrow key).
    this.#timer = window.setTimeout(() => {
      const selected = this.#selected();
      this.#pending = selected && { span: selected.span, text: selected.text };
      if (selected) this.#showBar(selected.end);
      else this.#hideBar();
    }, 150);
  }

  #showBar(end: Node): void {
    const bar = this.#bar;
    const element = end instanceof Element ? end : end.parentElement;
    const block = element?.closest(BLOCK);
    const holder = block && this.#root.contains(block) ? block : this.#root;
    const wasHidden = bar.hidden;
    if (bar.parentElement !== holder) holder.append(bar);
    bar.hidden = false;
    // Just below the end of the selection, inside the screen.
    const range = getSelection()?.getRangeAt(0);
    const rects = range ? [...range.getClientRects()] : [];
    const last = rects.at(-1) ?? holder.getBoundingClientRect();
    const origin = (bar.offsetParent ?? document.body).getBoundingClientRect();
    const width = bar.offsetWidth;
    const left = Math.min(Math.max(8, last.right - width / 2), innerWidth - width - 8);
    bar.style.left = `${left - origin.left}px`;
    // On a touch screen, below the handles the browser draws under a selection.
    const gap = matchMedia("(pointer: coarse)").matches ? 36 : 6;
    bar.style.top = `${last.bottom - origin.top + gap}px`;
    if (wasHidden && !this.#hinted) {
      this.#hinted = true;
      this.#say("Text selected. Press Tab for Highlight and Add note.");
    }
  }

  #hideBar(): void {
    this.#bar.hidden = true;
  }

  #key(event: KeyboardEvent): void {
    const bar = this.#bar;
    if (bar.hidden || this.#dialog?.open) return;
    const inBar = bar.contains(document.activeElement);
    if (event.key === "Tab" && !event.shiftKey && !inBar && this.#pending) {
      event.preventDefault();
      const active = document.activeElement;
      this.#returnTo =
        active instanceof HTMLElement && active !== document.body ? active : undefined;
      bar.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
    } else if (event.key === "Escape") {
      this.#hideBar();
      if (inBar) this.#returnTo?.focus();
    }
  }

  /** Highlights the selection, or opens the note editor on it. */
  #act(withNote: boolean): void {
    const pending = this.#pending;
    if (!pending) return;
    const byKeyboard = this.#bar.contains(document.activeElement);
    if (pending.span.end - pending.span.start > MAX_QUOTE) {
      this.#say("That is too much to highlight: select up to 2,000 characters.");
      return;
    }
    if (loadNotes().length >= MAX_NOTES) {
      this.#say(
        `You have ${MAX_NOTES.toLocaleString("en-GB")} highlights, the most this site keeps. Delete some in Your notes first.`,
      );
      return;
    }
    const note: Note = {
      id: newId(),
      chapter: this.#chapter,
      quote: describeQuote(pending.text, pending.span),
      text: "",
      at: Date.now(),
    };
    this.#hideBar();
    this.#pending = undefined;
    getSelection()?.removeAllRanges();
    if (withNote) {
      this.#edit(note, true);
      return;
    }
    saveNote(note);
    this.#paint(note);
    this.#say(this.#kept("Highlighted."));
    if (byKeyboard) document.getElementById(`note-${note.id}`)?.focus();
  }

  /** The message, and that it will not last when the browser refuses to keep it. */
  #kept(message: string): string {
    return progressKept()
      ? message
      : `${message} This browser is not letting the site keep it, so it lasts until you leave the page.`;
  }

  // The dialog: add, change or remove a note.

  #open(id: string): void {
    const note = loadNotes().find((kept) => kept.id === id);
    if (note) this.#edit(note, false);
  }

  #edit(note: Note, isNew: boolean): void {
    const dialog = (this.#dialog ??= this.#makeDialog());
    this.#editing = { note, isNew };
    const heading = dialog.querySelector("h2");
    if (heading) heading.textContent = isNew ? "Add a note" : note.text ? "Your note" : "Highlight";
    const quote = dialog.querySelector("blockquote");
    if (quote) quote.textContent = clip(tidy(note.quote.exact), 400);
    const field = dialog.querySelector("textarea");
    if (field) field.value = note.text;
    const remove = dialog.querySelector<HTMLButtonElement>('[value="remove"]');
    if (remove) {
      remove.hidden = isNew;
      remove.textContent = note.text ? "Delete note" : "Remove highlight";
    }
    dialog.returnValue = "";
    dialog.showModal();
    field?.focus();
  }

  #makeDialog(): HTMLDialogElement {
    const dialog = ui(document.createElement("dialog"));
    dialog.className = "note-dialog";
    dialog.setAttribute("aria-labelledby", "note-dialog-title");
    const form = document.createElement("form");
    form.method = "dialog";
    const heading = document.createElement("h2");
    heading.id = "note-dialog-title";
    heading.className = "note-dialog-title";
    const quote = document.createElement("blockquote");
    quote.className = "note-dialog-quote";
    const label = document.createElement("label");
    label.htmlFor = "note-dialog-text";
    label.className = "note-dialog-label";
    label.textContent = "Your note";
    const field = document.createElement("textarea");
    field.id = "note-dialog-text";
    field.rows = 4;
    field.maxLength = MAX_NOTE_TEXT;
    const actions = document.createElement("div");
    actions.className = "note-dialog-actions";
    const save = button("Save", "button");
    save.type = "submit";
    save.value = "save";
    const remove = button("Remove highlight", "button");
    remove.type = "submit";
    remove.value = "remove";
    const cancel = button("Cancel", "button");
    cancel.type = "submit";
    cancel.value = "cancel";
    actions.append(save, remove, cancel);
    form.append(heading, quote, label, field, actions);
    dialog.append(form);
    dialog.addEventListener("close", () => this.#closed(dialog.returnValue, field.value));
    document.body.append(dialog);
    return dialog;
  }

  #closed(action: string, text: string): void {
    const editing = this.#editing;
    this.#editing = undefined;
    if (!editing) return;
    const { note, isNew } = editing;
    const opener = () => document.getElementById(`note-${note.id}`);
    if (action === "save") {
      const saved = { ...note, text: text.trim() === "" ? "" : text, at: Date.now() };
      saveNote(saved);
      if (isNew) this.#paint(saved);
      const element = opener();
      if (element) this.#label(element, saved);
      this.#say(this.#kept(saved.text ? "Note saved." : "Highlighted."));
      element?.focus();
    } else if (action === "remove") {
      const element = opener();
      // Focus stays where the note was: on the text block that held it.
      const block = element?.parentElement?.closest<HTMLElement>(BLOCK) ?? this.#root;
      deleteNote(note.id);
      this.#erase(note.id);
      this.#say(note.text ? "Note deleted." : "Highlight removed.");
      block.tabIndex = -1;
      block.addEventListener("blur", () => block.removeAttribute("tabindex"), { once: true });
      block.focus();
    } else if (isNew) {
      this.#returnTo?.focus();
    } else {
      opener()?.focus();
    }
  }
}

/** Shows the chapter's notes and lets the reader add more. */
export function start(root: HTMLElement, chapter: string): void {
  new ChapterNotes(root, chapter).start();
}
