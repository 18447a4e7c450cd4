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
  highlightMatcher,
  highlightTerms,
  withoutHighlight,
} from "~/lib/search/highlight.ts";
import { shownQuery } from "~/lib/search/query.ts";
import { announcer } from "./announce.ts";

const MARK_CLASS = "search-highlight";

interface MarkOptions {
  className: string;
  exclude: string[];
  acrossElements?: boolean;
  filter?: (node: Text, match: string) => boolean;
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

/** Terms the bar names, at most; "and 2 more" counts the rest. */
const NAMED_TERMS = 3;

/** "“raise concerns” and “team”", "“a”, “b”, “c” and 2 more": the terms, each shortened. */
function listTerms(terms: string[]): string {
  const named = terms.slice(0, NAMED_TERMS).map((term) => `“${shownQuery(term, 30)}”`);
  const rest = terms.length - named.length;
  if (rest > 0) return `${named.join(", ")} and ${rest} more`;
  return named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : named.join("");
}

/**
 * Moves focus to an element without scrolling, making a heading or section focusable by
 * script (never by Tab) if it is not already: reading, and Tab, go on from there.
 */
export function focusInPlace(element: HTMLElement | null): void {
  if (!element) return;
  if (!element.matches("a[href], button, input, select, textarea, [tabindex]")) {
    element.tabIndex = -1;
  }
  element.focus({ preventScroll: true });
}

/**
 * The heading of the part of the page the reader is at: the last one above the middle of
 * the screen, or the first on the page.
 */
function headingInView(): HTMLElement | null {
  const headings = [...document.querySelectorAll<HTMLElement>("main :is(h1, h2, h3, h4)")];
  return (
    headings.findLast((h) => h.getBoundingClientRect().top < innerHeight / 2) ?? headings[0] ?? null
  );
}

/** The bar that says what is marked, with the button that clears the marks. */
function highlightBar(terms: string[]): HTMLElement {
  const bar = document.createElement("div");
  bar.className = "highlight-bar no-print";
  const text = document.createElement("p");
  text.textContent = `Highlighted: ${listTerms(terms)}.`;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button";
  button.textContent = "Clear highlights";
  const say = statusForBar();
  button.addEventListener("click", () => {
    clearHighlights();
    // The address is the page's own again, ready to copy or bookmark, with its #section.
    history.replaceState(history.state, "", withoutHighlight(location.href));
    // Focus stays where the reader is: on the heading of the part in view, not moved.
    focusInPlace(headingInView());
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
  // "support"); mark whole words that are forms of a term instead, and phrases whole, and
  // note which terms were found, for the bar to name only those.
  const matcher = highlightMatcher(terms);
  const found = new Set<string>();
  class WordHighlight extends PagefindHighlight {
    override markText(instance: MarkJs): void {
      if (!matcher) return;
      instance.markRegExp(matcher.pattern, {
        ...this.markOptions,
        // A phrase may run across a link or an emphasis.
        acrossElements: true,
        filter: (_node, match) => {
          const term = matcher.termOf(match);
          if (term) found.add(term);
          return term !== undefined;
        },
      });
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
  if (found.size === 0) return;
  const landing = location.hash
    ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
    : null;
  const bar = highlightBar(terms.filter((term) => found.has(term)));
  if (landing) landing.after(bar);
  else document.querySelector("main")?.prepend(bar);
  document.documentElement.classList.add("has-highlight-bar");
}

// On the search page itself there are no terms in the address, and nothing happens.
void markSearchTerms().catch(() => {
  // Offline, or no index: the page reads as it is, without marks.
});
