/**
 * <search-launcher>: the header's Search. Without JavaScript it is a link to the search
 * page; here it becomes a button that opens search in a dialog, also by "/" and by
 * Ctrl/Cmd+K (never while the reader is typing in a field).
 *
 * Nothing of search is in this page's script. On first use (or when the reader points at
 * or focuses the button, or arrives from a search result) it reads the search page itself:
 * its <site-search> element goes into a <search-dialog>, and its script, which defines
 * both, is added to this page. One search interface, one copy of its code, cached for
 * every page.
 */
import { HIGHLIGHT_PARAM } from "~/lib/search/highlight.ts";
import { announcer } from "./announce.ts";
import { define } from "./define.ts";
// Every page but the search page has the launcher: it brings offline reading to them all.
import "./offline-reading.ts";

interface SearchDialog extends HTMLElement {
  open(from: Element | null): void;
}

let loading: Promise<SearchDialog> | undefined;

async function load(page: string): Promise<SearchDialog> {
  const response = await fetch(page);
  if (!response.ok) throw new Error(String(response.status));
  const source = new DOMParser().parseFromString(await response.text(), "text/html");
  const dialog = document.createElement("search-dialog") as SearchDialog;
  // Hidden until its script has put the search inside the (closed) dialog.
  dialog.hidden = true;
  dialog.append(source.querySelector("site-search") ?? "");
  // Search's own stylesheet comes inside <site-search> (SiteSearch.astro). Its script
  // waits for it, so nothing of search (the dialog, marked words) shows unstyled.
  const styles = dialog.querySelector<HTMLLinkElement>("link[data-search-styles]");
  const styled = new Promise((resolve) => {
    if (styles) styles.onload = styles.onerror = resolve;
    else resolve(undefined);
  });
  document.body.append(dialog);
  await styled;
  // The search page's script is one module file (see one-script-per-page.ts).
  const script = document.createElement("script");
  script.type = "module";
  script.src = source.querySelector<HTMLScriptElement>("main script[src]")?.src ?? "";
  document.head.append(script);
  await customElements.whenDefined("search-dialog");
  return dialog;
}

class SearchLauncher extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector("a");
    if (!link) return;
    const button = document.createElement("button");
    button.className = link.className;
    button.textContent = link.textContent;
    button.ariaHasPopup = "dialog";
    button.ariaKeyShortcuts = "/ Control+K Meta+K";
    const preload = () => {
      loading ??= load(link.href).catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
      return loading;
    };
    const open = () => {
      const from = document.activeElement;
      preload().then(
        (dialog) => dialog.open(from),
        // Search could not load (offline before the site was saved, say). Going to the
        // search page would leave this one for the browser's error page: say so here.
        () =>
          say(
            navigator.onLine
              ? "Search could not load. Try again in a moment."
              : "Search could not load: you are offline.",
          ),
      );
    };

    // A status message at the foot of the screen, as "Link copied" is (SectionLinks.astro).
    const status = document.createElement("p");
    status.role = "status";
    status.className = "toast";
    this.append(status);
    const say = announcer(status, 8000);
    button.onclick = open;
    button.onpointerenter = button.onfocus = () => void preload().catch(() => undefined);
    link.replaceWith(button);
    // A page opened from a search result: search's code marks the words searched for
    // (search-highlight.ts), and it is in the browser's cache from that search.
    if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
      void preload().catch(() => undefined);
    }

    document.addEventListener("keydown", (event) => {
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey;
      const k = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey);
      if (typing || event.defaultPrevented || !(slash || k)) return;
      event.preventDefault();
      open();
    });
  }
}

define("search-launcher", SearchLauncher);
