/*
 * <link-preview>: a link whose preview appears on hover and on keyboard focus: a citation
 * marker's full reference (Cite.astro), a glossary term's definition (Term.astro). It
 * meets WCAG 1.4.13: Esc dismisses it without moving focus, the pointer can move onto it,
 * and it stays until hover and focus have both left or Esc is pressed. The server renders
 * the preview (hidden) and links the link to it with aria-describedby, so screen readers
 * read it with or without this script.
 *
 * On a touch screen there is no hover, so a tap opens the preview in place instead of
 * leaving the page, as Wikipedia's previews do on phones: a small non-modal dialog, named
 * like the link, with a link through to the full entry (its text is data-through) and a
 * Close button. Focus moves into it without scrolling, and back to the link when Close or
 * Esc closes it; a tap outside or focus moving on closes it too. Tapping the link again
 * keeps it open, as Wikipedia does: the way on is the link inside. Without this script a
 * tap follows the link.
 */
import { define } from "./define.ts";

/** A short grace period so the pointer can cross from the link onto the preview. */
const HIDE_DELAY_MS = 200;
/** Space kept between the preview and the edges of the window. */
const EDGE_PX = 8;

class LinkPreview extends HTMLElement {
  #hovered = false;
  #focused = false;
  /** Opened by a tap: open as a dialog until closed. */
  #tapped = false;
  /** The last press on the link was a finger's. */
  #touch = false;
  /** Focus is being given back to the link: no preview for that. */
  #returning = false;
  #hideTimer: number | undefined;

  connectedCallback() {
    const link = this.querySelector("a");
    const preview = this.#preview();
    if (!link || !preview) return;

    this.addEventListener("pointerenter", (event) => {
      // No hover on a touch screen: a tap opens the preview as a dialog instead.
      if (event.pointerType === "touch") return;
      this.#hovered = true;
      this.#update();
    });
    this.addEventListener("pointerleave", () => {
      this.#hovered = false;
      this.#update();
    });
    link.addEventListener("focus", () => {
      // Keyboard focus only: a tap focuses the link too, just before its click.
      if (this.#returning || !link.matches(":focus-visible")) return;
      this.#focused = true;
      this.#update();
    });
    link.addEventListener("blur", () => {
      this.#focused = false;
      this.#update();
    });
    link.addEventListener("pointerdown", (event) => {
      this.#touch = event.pointerType === "touch";
    });
    link.addEventListener("click", (event) => {
      const touch = this.#touch || (event as PointerEvent).pointerType === "touch";
      this.#touch = false;
      // detail is 0 for a click made by the keyboard, which follows the link as ever.
      if (!touch || event.detail === 0) return;
      event.preventDefault();
      this.#open(link);
    });
    this.addEventListener("focusout", (event) => {
      const next = event.relatedTarget;
      if (this.#tapped && next instanceof Node && !this.contains(next)) this.#hide();
    });
  }

  disconnectedCallback() {
    this.#hide();
  }

  #preview() {
    return this.querySelector<HTMLElement>(".preview");
  }

  #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    // Dismissed until the pointer or focus comes back afresh.
    this.#hovered = false;
    this.#focused = false;
    this.#close();
  };

  #onPointerdown = (event: PointerEvent) => {
    if (!this.contains(event.target as Node)) this.#hide();
  };

  #update() {
    window.clearTimeout(this.#hideTimer);
    if (this.#hovered || this.#focused || this.#tapped) this.#show();
    else this.#hideTimer = window.setTimeout(() => this.#hide(), HIDE_DELAY_MS);
  }

  #show() {
    const preview = this.#preview();
    if (!preview || !preview.hidden) return;
    preview.hidden = false;
    document.addEventListener("keydown", this.#onKeydown);
    this.#place(preview);
  }

  /** The preview as a dialog, opened by a tap on the link. */
  #open(link: HTMLAnchorElement) {
    const preview = this.#preview();
    if (!preview || this.#tapped) return;
    this.#tapped = true;
    preview.setAttribute("role", "dialog");
    preview.setAttribute("aria-label", link.getAttribute("aria-label") ?? link.textContent);
    preview.tabIndex = -1;
    let actions = preview.querySelector<HTMLElement>(".preview-actions");
    if (!actions) {
      actions = document.createElement("span");
      actions.className = "preview-actions";
      const through = document.createElement("a");
      through.href = link.getAttribute("href") ?? "";
      through.textContent = this.dataset["through"] ?? "";
      const close = document.createElement("button");
      close.type = "button";
      close.className = "button";
      close.textContent = "Close";
      close.addEventListener("click", () => this.#close());
      actions.append(through, close);
      preview.append(actions);
    }
    actions.hidden = false;
    this.#update();
    this.#place(preview);
    document.addEventListener("pointerdown", this.#onPointerdown);
    preview.focus({ preventScroll: true });
  }

  /** Closes the preview; focus inside it goes back to the link. */
  #close() {
    const preview = this.#preview();
    const link = this.querySelector("a");
    const inside = preview?.contains(document.activeElement);
    this.#hide();
    if (!inside || !link) return;
    this.#returning = true;
    link.focus({ preventScroll: true });
    this.#returning = false;
  }

  #hide() {
    window.clearTimeout(this.#hideTimer);
    const preview = this.#preview();
    if (!preview || preview.hidden) return;
    preview.hidden = true;
    document.removeEventListener("keydown", this.#onKeydown);
    if (!this.#tapped) return;
    // Back to a tooltip, for hover and focus.
    this.#tapped = false;
    document.removeEventListener("pointerdown", this.#onPointerdown);
    preview.setAttribute("role", "tooltip");
    preview.removeAttribute("aria-label");
    preview.removeAttribute("tabindex");
    const actions = preview.querySelector<HTMLElement>(".preview-actions");
    if (actions) actions.hidden = true;
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
