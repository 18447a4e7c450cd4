import { withoutHighlight } from "~/lib/search/highlight.ts";
import { announcer } from "./announce.ts";
import { define } from "./define.ts";

/** How long the "Link copied" message stays on screen. */
const MESSAGE_MS = 4000;

/**
 * Replaces each server-rendered `a.section-link` inside `root` with a button that copies
 * the section's full URL (with its #fragment) and announces the result in root's status
 * region. Without clipboard access the address bar is updated instead and the reader
 * is told to copy it from there.
 */
export function enhanceSectionLinks(root: HTMLElement): void {
  const announce = announcer(root.querySelector(":scope > [data-status]"), MESSAGE_MS);

  for (const link of root.querySelectorAll<HTMLAnchorElement>("a.section-link")) {
    const fragment = link.hash;
    const button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    // Keep the server-rendered icon and hidden label; only the words change.
    button.append(...link.childNodes);
    // "Link to section: <title>" (sectionLinkLabel) becomes "Copy link to section: <title>",
    // so the title is written once in the HTML, not again in an attribute.
    const label = button.querySelector(".sr-only");
    if (label) label.textContent = (label.textContent ?? "").replace(/^Link/, "Copy link");
    button.addEventListener("click", async () => {
      // The page's own address: not the search terms of a visit from a search result.
      const url = new URL(fragment, withoutHighlight(window.location.href)).href;
      try {
        await navigator.clipboard.writeText(url);
        announce("Link copied");
      } catch {
        history.replaceState(null, "", url);
        announce("Could not copy. The link is now in the address bar.");
      }
    });
    link.replaceWith(button);
  }
}

define(
  "section-links",
  class extends HTMLElement {
    connectedCallback() {
      enhanceSectionLinks(this);
    }
  },
);
