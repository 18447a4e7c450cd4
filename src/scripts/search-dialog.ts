/**
 * <search-dialog>: search over the page being read, opened by the header's Search
 * (search-launcher.ts), which puts the search page's own <site-search> inside it. A native
 * modal <dialog>: focus stays inside, Esc closes it, and focus then returns to where it was.
 */
import { preloadSearch } from "./site-search.ts";
import { define } from "./define.ts";

class SearchDialog extends HTMLElement {
  #dialog = document.createElement("dialog");
  #returnTo: Element | null = null;

  connectedCallback() {
    if (this.#dialog.isConnected) return;
    const dialog = this.#dialog;
    dialog.className = "search-dialog";
    dialog.setAttribute("aria-label", "Search");
    const close = document.createElement("button");
    close.type = "button";
    close.className = "button search-dialog-close";
    close.textContent = "Close";
    close.addEventListener("click", () => dialog.close());
    dialog.append(close, ...this.childNodes);
    this.append(dialog);
    this.hidden = false;
    // A click on the backdrop (the dialog element itself, outside its box) closes it.
    dialog.addEventListener("click", (event) => {
      if (event.target === dialog) dialog.close();
    });
    // Following a result: close first, so a link to a section of this same page lands there.
    dialog.addEventListener("click", (event) => {
      if (event.target instanceof Element && event.target.closest("a[href]")) {
        this.#returnTo = null;
        dialog.close();
      }
    });
    dialog.addEventListener("close", () => {
      if (this.#returnTo instanceof HTMLElement) this.#returnTo.focus();
      this.#returnTo = null;
    });
  }

  /** Opens the dialog with the search box focused; focus returns to `from` on closing. */
  open(from: Element | null): void {
    if (this.#dialog.open) return;
    this.#returnTo = from;
    preloadSearch();
    this.#dialog.showModal();
    const input = this.#dialog.querySelector<HTMLInputElement>("input[type=search]");
    input?.focus();
    input?.select();
  }
}

define("search-dialog", SearchDialog);
