/**
 * <search-dialog>: search over the page being read, opened by the header's Search
 * (search-launcher.ts), which puts the search page's own <site-search> inside it. A native
 * modal <dialog>: focus stays inside, Esc closes it, and focus then returns to where it was.
 */
import { focusInPlace, markSearchTerms } from "./search-highlight.ts";
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
    dialog.addEventListener("click", (event) => {
      const link = event.target instanceof Element ? event.target.closest("a") : null;
      if (!link?.href) return;
      this.#returnTo = null;
      dialog.close();
      // A section of the page being read: go there and mark the words, without a reload.
      const url = new URL(link.href);
      if (url.pathname !== location.pathname || event.ctrlKey || event.metaKey || event.shiftKey) {
        return;
      }
      event.preventDefault();
      history.replaceState(history.state, "", url.pathname + url.search);
      if (url.hash) location.hash = url.hash;
      // Focus goes to the section, so reading (and Tab) go on from there, as after a
      // result that opens another page.
      focusInPlace(
        (url.hash && document.getElementById(decodeURIComponent(url.hash.slice(1)))) ||
          document.querySelector<HTMLElement>("main h1"),
      );
      void markSearchTerms().catch(() => undefined);
    });
    // Esc closes the dialog, even from the search box, where the browser would first
    // clear the words (the box's own clear button does that).
    dialog.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      event.preventDefault();
      dialog.close();
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
