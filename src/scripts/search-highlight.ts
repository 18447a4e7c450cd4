/**
 * A page opened from a search result marks the words searched for, with Pagefind's own
 * highlight script (dist/pagefind/pagefind-highlight.js, 10 KB), loaded only then. This
 * code is part of search's script, which search-launcher.ts adds to a page whose address
 * carries the terms, so pages read without searching carry none of it. The marks are styled
 * by the site's CSS (.search-highlight), not by styles the script would inject, so the
 * Content Security Policy holds. A bar at the foot of the screen says what is marked and
 * clears the marks.
 */
import { href } from "~/lib/address/paths.ts";
import {
  HIGHLIGHT_PARAM,
  highlightPattern,
  highlightTerms,
  withoutHighlight,
} from "~/lib/search/highlight.ts";
import { announcer } from "./announce.ts";

const MARK_CLASS = "search-highlight";

interface MarkOptions {
  className: string;
  exclude: string[];
}

/** The parts of pagefind-highlight.js this page uses: a class wrapping mark.js. */
interface PagefindHighlight {
  markOptions: MarkOptions;
  markText(instance: MarkJs, terms: string[]): void;
}
interface MarkJs {
  markRegExp(pattern: RegExp, options: MarkOptions): void;
}
type PagefindHighlightClass = new (options: {
  highlightParam: string;
  addStyles: boolean;
  markOptions: MarkOptions;
}) => PagefindHighlight;

/** Takes away the marks, leaving the text as it was, and the bar about them. */
function clearHighlights(): void {
  for (const mark of document.querySelectorAll(`mark.${MARK_CLASS}`)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
  document.querySelector(".highlight-bar")?.remove();
  document.documentElement.classList.remove("has-highlight-bar");
}

/** The bar that says what is marked, with the button that clears the marks. */
function highlightBar(terms: string[]): HTMLElement {
  const bar = document.createElement("div");
  bar.className = "highlight-bar no-print";
  const text = document.createElement("p");
  text.textContent = `Matches for “${terms.join(" ")}” are highlighted.`;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button";
  button.textContent = "Clear highlights";
  const say = statusForBar();
  button.addEventListener("click", () => {
    clearHighlights();
    // The address is the page's own again, ready to copy or bookmark, with its #section.
    history.replaceState(history.state, "", withoutHighlight(location.href));
    document.querySelector<HTMLElement>("main")?.focus({ preventScroll: true });
    say("Highlights cleared");
  });
  bar.append(text, button);
  return bar;
}

/**
 * Says what happened where screen readers hear it. Made with the first bar, not on load:
 * the search page carries this code too, and has its own status.
 */
let say: ((message: string) => void) | undefined;
function statusForBar(): (message: string) => void {
  if (say) return say;
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  status.className = "sr-only";
  document.body.append(status);
  say = announcer(status, 4000);
  return say;
}

/**
 * Marks the search terms in the page's address (after clearing any earlier marks) and
 * shows the bar about them, next in the tab order after the section the address names.
 */
export async function markSearchTerms(): Promise<void> {
  clearHighlights();
  const terms = highlightTerms(location.search);
  if (terms.length === 0) return;
  // A computed address: the file exists only once Pagefind has indexed the build.
  const url = href("/pagefind/pagefind-highlight.js");
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
    default: PagefindHighlightClass;
  };
  // Pagefind marks each term wherever it occurs, even inside other words ("up" in
  // "support"); mark whole words that start with a term instead, as search matched them.
  class WordHighlight extends PagefindHighlight {
    override markText(instance: MarkJs, terms: string[]): void {
      const pattern = highlightPattern(terms);
      if (pattern) instance.markRegExp(pattern, this.markOptions);
    }
  }
  new WordHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: {
      className: MARK_CLASS,
      // What search leaves out (quiz answers, navigation) is not marked either.
      exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *"],
    },
  });
  if (!document.querySelector(`mark.${MARK_CLASS}`)) return;
  const landing = location.hash
    ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
    : null;
  const bar = highlightBar(terms);
  if (landing) landing.after(bar);
  else document.querySelector("main")?.prepend(bar);
  document.documentElement.classList.add("has-highlight-bar");
}

// On the search page itself there are no terms in the address, and nothing happens.
void markSearchTerms().catch(() => {
  // Offline, or no index: the page reads as it is, without marks.
});
