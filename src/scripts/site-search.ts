import { basePath, href } from "~/lib/address/paths.ts";
import { rankPages, rankSections, type RankedSection } from "~/lib/search/rank.ts";
import { withHighlight } from "~/lib/search/highlight.ts";
import { suggestQuery } from "~/lib/search/suggest.ts";
import { define } from "./define.ts";

/** The parts of Pagefind's browser API this site uses (pagefind.js, built into dist/pagefind/). */
interface Pagefind {
  options(options: { excerptLength?: number; baseUrl?: string; noWorker?: boolean }): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindPage> }[] } | null>;
  /** Every filter and its values, with how many pages have each. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * The filter a page declares to say what kind of page it is, for example
 * `data-pagefind-filter="kind:Chapters"` on its searchable part. A new kind of page (a
 * glossary, a guide) appears in the filters by declaring its own value.
 */
const KIND = "kind";

interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: (RankedSection & { url: string })[];
}

/** How many matching pages to show, best first. */
const MAX_PAGES = 20;
/** How many sections to show under each page that matches. */
const SECTIONS_PER_PAGE = 3;
/** Wait this long after the last key press before searching as you type. */
const TYPING_DELAY_MS = 250;
/** Announce the count only after typing has paused this long, so it is said once. */
const STATUS_DELAY_MS = 900;

let pagefind: Promise<Pagefind> | undefined;
let failures = 0;
let vocabulary: Promise<string[]> | undefined;

/**
 * The words the index holds, most frequent first, written at build time
 * (src/integrations/search-words.ts); loaded only when a query finds nothing.
 */
function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(href("/search-words.json"))
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((list: { words?: unknown }) =>
      Array.isArray(list.words) ? list.words.filter((w) => typeof w === "string") : [],
    )
    .catch(() => {
      vocabulary = undefined;
      return [];
    });
  return vocabulary;
}

/**
 * Loads Pagefind on first use, so pages that never search never download it. A failed
 * load (offline, a server hiccup) is forgotten, so the next search tries again.
 */
function loadPagefind(): Promise<Pagefind> {
  // A computed address, not a literal, keeps Vite from trying to bundle a file that only
  // exists after Pagefind has indexed the build; it lives under the site's base path.
  // After a failure, a new address: browsers remember a module that failed to load.
  const url = href(`/pagefind/pagefind.js${failures ? `?retry=${failures}` : ""}`);
  pagefind ??= import(/* @vite-ignore */ url).then(
    async (module: Pagefind) => {
      // In the page, not in Pagefind's worker: the worker is a second 43 KB copy of the
      // engine (12 KB gzipped, a tenth of a first search), and this index is small enough
      // to search between key presses. The page's policy allows its WebAssembly (csp.ts).
      await module.options({ excerptLength: 24, baseUrl: basePath(), noWorker: true });
      return module;
    },
    (error: unknown) => {
      pagefind = undefined;
      failures += 1;
      throw error;
    },
  );
  return pagefind;
}

/** Starts loading Pagefind ahead of a first query, as the search dialog opens. */
export function preloadSearch(): void {
  loadPagefind().catch(() => undefined);
}

/**
 * Pagefind's excerpts are HTML with <mark> around matches. Rebuild them from text and
 * <mark> only, so nothing else in an excerpt can ever reach the page as markup.
 */
export function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement("template");
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? "");
  });
}

/**
 * A result link. `context` is read by screen readers only: section titles such as
 * "Try this" recur across chapters, and a list of links must still tell them apart.
 */
function link(href: string, text: string, className: string, context = ""): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  a.className = className;
  if (context) {
    const hidden = document.createElement("span");
    hidden.className = "sr-only";
    hidden.textContent = ` (${context})`;
    a.append(hidden);
  }
  return a;
}

function resultItem(page: PagefindPage, query: string): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  // Result addresses carry the search words, for the page to mark (search-highlight.ts).
  const heading = document.createElement("h2");
  heading.append(
    link(withHighlight(page.url, query), page.meta.title ?? page.url, "search-result-title"),
  );
  item.append(heading);
  const sections = rankSections(
    page.sub_results.filter((s) => s.url !== page.url),
    query,
  ).slice(0, SECTIONS_PER_PAGE);
  if (sections.length === 0) {
    const p = document.createElement("p");
    p.append(...excerptNodes(page.excerpt));
    item.append(p);
    return item;
  }
  const list = document.createElement("ul");
  for (const section of sections) {
    const li = document.createElement("li");
    const p = document.createElement("p");
    p.append(...excerptNodes(section.excerpt));
    li.append(
      link(
        withHighlight(section.url, query),
        section.title,
        "search-result-section",
        page.meta.title ?? "",
      ),
      p,
    );
    list.append(li);
  }
  item.append(list);
  return item;
}

/**
 * Radio buttons for the kinds of page, from the values the pages declare: "All" and one
 * for each kind. Native radios, so arrow keys move between them.
 */
function kindFilters(counts: Record<string, number>, selected: string): HTMLFieldSetElement {
  const fieldset = document.createElement("fieldset");
  fieldset.className = "search-filters";
  const legend = document.createElement("legend");
  legend.textContent = "Show";
  fieldset.append(legend);
  for (const [value, count] of [["", 0] as const, ...Object.entries(counts).sort()]) {
    const label = document.createElement("label");
    const radio = document.createElement("input");
    radio.type = "radio";
    radio.name = KIND;
    radio.value = value;
    radio.checked = value === selected;
    label.append(radio, value ? `${value} (${count})` : "All");
    fieldset.append(label);
  }
  return fieldset;
}

/** Up and Down move through the result links, and from the box into them and back. */
function arrowKeys(root: HTMLElement, input: HTMLInputElement, results: HTMLElement): void {
  root.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...results.querySelectorAll<HTMLAnchorElement>("a[href]")];
    const at = links.findIndex((a) => a === document.activeElement);
    if (links.length === 0 || (at < 0 && document.activeElement !== input)) return;
    event.preventDefault();
    const next = event.key === "ArrowDown" ? Math.min(at + 1, links.length - 1) : at - 1;
    (next < 0 ? input : links[next])?.focus();
  });
}

/**
 * Enhances the server-rendered search form inside `root`: searches as the reader types or
 * submits, says how many results there are in the polite status region, and lets Up and
 * Down move through the results. On the search page it keeps the query in the address
 * (?q=) so a search can be shared or reloaded; in the search dialog it leaves the address
 * of the page being read alone.
 */
export function enhanceSearch(root: HTMLElement): void {
  const form = root.querySelector("form");
  const input = root.querySelector<HTMLInputElement>("input[type=search]");
  const results = root.querySelector<HTMLOListElement>("[data-results]");
  const status = root.querySelector<HTMLElement>("[data-status]");
  if (!form || !input || !results || !status) return;
  // In the search dialog (search-dialog.ts) the address belongs to the page being read.
  const onSearchPage = !root.closest("search-dialog");
  arrowKeys(root, input, results);

  let latest = 0;
  const kind = () =>
    root.querySelector<HTMLInputElement>(`input[name=${KIND}]:checked`)?.value ?? "";
  /** The query a lost connection interrupted, to run again when it returns. */
  let waitingForConnection: string | undefined;
  let statusTimer: number | undefined;
  /** Says the result count once typing pauses, not after every letter. */
  const setStatus = (message: string | Node[], now: boolean) => {
    window.clearTimeout(statusTimer);
    const say = () =>
      status.replaceChildren(...(typeof message === "string" ? [message] : message));
    if (now) say();
    else statusTimer = window.setTimeout(say, STATUS_DELAY_MS);
  };
  /** "Did you mean …?": a link, inside the status so it is heard, that runs the search. */
  const suggestionLink = (suggestion: string) => {
    const link = document.createElement("a");
    link.href = `${href("/search/")}?q=${encodeURIComponent(suggestion)}`;
    link.textContent = suggestion;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      input.value = suggestion;
      void run(suggestion, true);
      input.focus();
    });
    return link;
  };
  const run = async (query: string, now: boolean) => {
    const ticket = ++latest;
    const only = kind();
    waitingForConnection = undefined;
    if (onSearchPage) {
      const url = new URL(window.location.href);
      const params: [string, string][] = [
        ["q", query],
        [KIND, only],
      ];
      for (const [name, value] of params) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(null, "", url);
    }
    if (!query && !only) {
      results.replaceChildren();
      setStatus("", true);
      return;
    }
    try {
      const found =
        (
          await (
            await loadPagefind()
          ).search(query || null, only ? { filters: { [KIND]: only } } : {})
        )?.results ?? [];
      // Each result's details are a download of their own: fetch only those shown.
      const shown = found.slice(0, MAX_PAGES);
      const pages = rankPages(await Promise.all(shown.map((r) => r.data())), query);
      if (ticket !== latest) return;
      results.replaceChildren(...pages.map((page) => resultItem(page, query)));
      const suggestion =
        query && found.length === 0 ? suggestQuery(query, await loadVocabulary()) : undefined;
      if (ticket !== latest) return;
      void addFilters();
      const pagesText = `${found.length} ${found.length === 1 ? "page" : "pages"}`;
      const where = only ? ` in ${only}` : "";
      const more = found.length > MAX_PAGES ? ` Showing the best ${MAX_PAGES}.` : "";
      setStatus(
        !query
          ? `${pagesText}${where}.${more}`
          : found.length === 0
            ? suggestion
              ? [
                  document.createTextNode(`No results for “${query}”${where}. Did you mean `),
                  suggestionLink(suggestion),
                  document.createTextNode("?"),
                ]
              : `No results for “${query}”${where}. Try another word, or browse the chapters.`
            : `${pagesText} ${found.length === 1 ? "matches" : "match"} “${query}”${where}.${more}`,
        now,
      );
    } catch {
      if (ticket !== latest) return;
      results.replaceChildren();
      // The next query tries again (loadPagefind forgets a failed load); so does the
      // connection coming back.
      waitingForConnection = query;
      setStatus(
        navigator.onLine
          ? "Search could not load just now. Press Search to try again."
          : "Search could not load: this device is offline. It will try again when the connection is back.",
        true,
      );
    }
  };
  window.addEventListener("online", () => {
    if (waitingForConnection !== undefined) void run(waitingForConnection, true);
  });

  let timer: number | undefined;
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value.trim(), false), TYPING_DELAY_MS);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run(input.value.trim(), true);
  });

  const address = new URLSearchParams(onSearchPage ? window.location.search : "");
  const initial = address.get("q")?.trim() ?? "";
  if (initial) {
    input.value = initial;
    void run(initial, true);
  }
  // The filters come from the index, so they appear once the reader turns to search (and
  // Pagefind loads): nothing of it loads, and nothing moves, before that.
  const addFilters = () =>
    loadPagefind()
      .then((pagefind) => pagefind.filters())
      .then((filters) => {
        const kinds = filters[KIND] ?? {};
        if (Object.keys(kinds).length < 2 || root.querySelector(".search-filters")) return;
        const fieldset = kindFilters(kinds, address.get(KIND) ?? "");
        fieldset.addEventListener("change", () => void run(input.value.trim(), true));
        form.after(fieldset);
        if (address.get(KIND)) void run(input.value.trim(), true);
      })
      .catch(() => undefined);
  if (initial || address.get(KIND) || !onSearchPage) void addFilters();
  else input.addEventListener("focus", () => void addFilters(), { once: true });
}

define(
  "site-search",
  class extends HTMLElement {
    #enhanced = false;
    connectedCallback() {
      // Once: the search dialog moves this element into its <dialog>, which connects it again.
      if (this.#enhanced) return;
      this.#enhanced = true;
      enhanceSearch(this);
    }
  },
);
