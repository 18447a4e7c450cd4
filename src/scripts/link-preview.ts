/*
 * <link-preview>: a link whose preview appears on hover and on keyboard focus: a citation
 * marker's full reference (Cite.astro), a glossary term's definition (Term.astro). It
 * meets WCAG 1.4.13: Esc dismisses it without moving focus, the pointer can move onto it,
 * and it stays until hover and focus have both left or Esc is pressed. The server renders
 * the preview (hidden) and links the link to it with aria-describedby, so screen readers
 * read it with or without this script.
 */
import { define } from "./define.ts";

/** A short grace period so the pointer can cross from the link onto the preview. */
const HIDE_DELAY_MS = 200;
/** Space kept between the preview and the edges of the window. */
const EDGE_PX = 8;

class LinkPreview extends HTMLElement {
  #hovered = false;
  #focused = false;
  #hideTimer: number | undefined;

  connectedCallback() {
    const link = this.querySelector("a");
    const preview = this.querySelector<HTMLElement>('[role="tooltip"]');
    if (!link || !preview) return;

    this.addEventListener("pointerenter", (event) => {
      // A tap follows the link; a preview flashing up first would only get in the way.
      if (event.pointerType === "touch") return;
      this.#hovered = true;
      this.#update();
    });
    this.addEventListener("pointerleave", () => {
      this.#hovered = false;
      this.#update();
    });
    link.addEventListener("focus", () => {
      // Keyboard focus only: a tap focuses the link too, just before following it.
      if (!link.matches(":focus-visible")) return;
      this.#focused = true;
      this.#update();
    });
    link.addEventListener("blur", () => {
      this.#focused = false;
      this.#update();
    });
  }

  disconnectedCallback() {
    this.#hide();
  }

  #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    // Dismissed until the pointer or focus comes back afresh.
    this.#hovered = false;
    this.#focused = false;
    this.#hide();
  };

  #update() {
    window.clearTimeout(this.#hideTimer);
    if (this.#hovered || this.#focused) this.#show();
    else this.#hideTimer = window.setTimeout(() => this.#hide(), HIDE_DELAY_MS);
  }

  #show() {
    const preview = this.querySelector<HTMLElement>('[role="tooltip"]');
    if (!preview || !preview.hidden) return;
    preview.hidden = false;
    document.addEventListener("keydown", this.#onKeydown);
    this.#place(preview);
  }

  #hide() {
    window.clearTimeout(this.#hideTimer);
    const preview = this.querySelector<HTMLElement>('[role="tooltip"]');
    if (!preview || preview.hidden) return;
    preview.hidden = true;
    document.removeEventListener("keydown", this.#onKeydown);
  }

  /** Below the link, or above it if there is no room; never past the window's sides. */
  #place(preview: HTMLElement) {
    preview.style.left = "0px";
    preview.classList.remove("preview-above");
    const box = preview.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    let shift = 0;
    if (box.right > viewport - EDGE_PX) shift = viewport - EDGE_PX - box.right;
    if (box.left + shift < EDGE_PX) shift = EDGE_PX - box.left;
    preview.style.left = `${shift}px`;
    const marker = this.getBoundingClientRect();
    if (box.bottom > window.innerHeight && marker.top > box.height) {
      preview.classList.add("preview-above");
    }
  }
}

define("link-preview", LinkPreview);
