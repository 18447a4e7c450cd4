/**
 * <table-of-contents>: a chapter's "On this page" list (Toc.astro). It marks the section
 * being read with aria-current, so the list beside the text says where the reader is.
 * When the list is a disclosure (the compact bar on narrow screens, ChapterBar.astro) it
 * also closes once a section is chosen, on Escape, and on a click elsewhere, so the
 * section chosen is not left under an open list.
 */
import { define } from "./define.ts";

/** A section is being read once its heading is this far down the screen, or higher. */
const READING_LINE = 0.3;

class TableOfContents extends HTMLElement {
  connectedCallback() {
    const entries = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].flatMap(
      (link) => {
        const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
        return target ? [{ link, target }] : [];
      },
    );
    let current: HTMLAnchorElement | undefined;
    let queued = false;
    const update = () => {
      queued = false;
      const line = innerHeight * READING_LINE;
      const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
      // The last heading above the line; at the end of the page, the last one on screen.
      const reading = entries.findLast(({ target }) => {
        const top = target.getBoundingClientRect().top;
        return top <= line || (atEnd && top < innerHeight);
      })?.link;
      if (reading === current) return;
      current?.removeAttribute("aria-current");
      reading?.setAttribute("aria-current", "true");
      current = reading;
    };
    const queue = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(update);
    };
    addEventListener("scroll", queue, { passive: true });
    addEventListener("resize", queue, { passive: true });
    update();

    const details = this.querySelector("details");
    if (!details) return;
    const summary = details.querySelector("summary");
    details.addEventListener("click", (event) => {
      if (event.target instanceof Element && event.target.closest("a[href]")) details.open = false;
    });
    details.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !details.open) return;
      details.open = false;
      summary?.focus();
    });
    document.addEventListener("click", (event) => {
      if (details.open && event.target instanceof Node && !details.contains(event.target)) {
        details.open = false;
      }
    });
  }
}

define("table-of-contents", TableOfContents);
