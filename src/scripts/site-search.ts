import { basePath, href } from "~/lib/paths.ts";

/** The parts of Pagefind's browser API this site uses (pagefind.js, built into dist/pagefind/). */
interface Pagefind {
  options(options: { excerptLength?: number; baseUrl?: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindPage> }[] } | null>;
}

interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; excerpt: string }[];
}

/** How many sections to show under each page that matches. */
const SECTIONS_PER_PAGE = 3;
/** Wait this long after the last key press before searching as you type. */
const TYPING_DELAY_MS = 250;
/** Announce the count only after typing has paused this long, so it is said once. */
const STATUS_DELAY_MS = 900;

let pagefind: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind on first use, so pages that never search never download it. A failed
 * load (offline, a server hiccup) is forgotten, so the next search tries again.
 */
function loadPagefind(): Promise<Pagefind> {
  // A computed address, not a literal, keeps Vite from trying to bundle a file that only
  // exists after Pagefind has indexed the build; it lives under the site's base path.
  const url = href("/pagefind/pagefind.js");
  pagefind ??= import(/* @vite-ignore */ url).then(
    async (module: Pagefind) => {
      await module.options({ excerptLength: 24, baseUrl: basePath() });
      return module;
    },
    (error: unknown) => {
      pagefind = undefined;
      throw error;
    },
  );
  return pagefind;
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

function resultItem(page: PagefindPage): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  heading.append(link(page.url, page.meta.title ?? page.url, "search-result-title"));
  item.append(heading);
  const sections = page.sub_results.filter((s) => s.url !== page.url).slice(0, SECTIONS_PER_PAGE);
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
    li.append(link(section.url, section.title, "search-result-section", page.meta.title ?? ""), p);
    list.append(li);
  }
  item.append(list);
  return item;
}

/**
 * Enhances the server-rendered search form inside `root`: searches as the reader types or
 * submits, keeps the query in the address (?q=) so a search can be shared or reloaded, and
 * says how many results there are in the polite status region.
 */
export function enhanceSearch(root: HTMLElement): void {
  const form = root.querySelector("form");
  const input = root.querySelector<HTMLInputElement>("input[type=search]");
  const results = root.querySelector<HTMLOListElement>("[data-results]");
  const status = root.querySelector<HTMLElement>("[data-status]");
  if (!form || !input || !results || !status) return;

  let latest = 0;
  let statusTimer: number | undefined;
  /** Says the result count once typing pauses, not after every letter. */
  const setStatus = (message: string, now: boolean) => {
    window.clearTimeout(statusTimer);
    if (now) status.textContent = message;
    else statusTimer = window.setTimeout(() => (status.textContent = message), STATUS_DELAY_MS);
  };
  const run = async (query: string, now: boolean) => {
    const ticket = ++latest;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!query) {
      results.replaceChildren();
      setStatus("", true);
      return;
    }
    try {
      const found = await (await loadPagefind()).search(query);
      const pages = await Promise.all((found?.results ?? []).map((r) => r.data()));
      if (ticket !== latest) return;
      results.replaceChildren(...pages.map(resultItem));
      setStatus(
        pages.length === 0
          ? `No results for “${query}”. Try another word, or browse the chapters.`
          : `${pages.length} ${pages.length === 1 ? "page matches" : "pages match"} “${query}”.`,
        now,
      );
    } catch {
      if (ticket !== latest) return;
      results.replaceChildren();
      setStatus("Search is not available just now. Browse the chapters instead.", true);
    }
  };

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

  const initial = new URLSearchParams(window.location.search).get("q")?.trim() ?? "";
  if (initial) {
    input.value = initial;
    void run(initial, true);
  }
}

customElements.define(
  "site-search",
  class extends HTMLElement {
    connectedCallback() {
      enhanceSearch(this);
    }
  },
);
