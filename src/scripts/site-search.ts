import { basePath, href } from "~/lib/address/paths.ts";
import { withHighlight } from "~/lib/search/highlight.ts";
import {
  highlightTermsOf,
  MAX_QUERY_WORDS,
  parseQuery,
  shownQuery,
  type SearchQuery,
} from "~/lib/search/query.ts";
import { rankPages, rankSections, type RankedSection } from "~/lib/search/rank.ts";
import {
  allWords,
  countKinds,
  leastHeld,
  mostWords,
  wantsMost,
  type Candidate,
} from "~/lib/search/results.ts";
import { suggestQuery } from "~/lib/search/suggest.ts";
import { unknownWords } from "~/lib/search/vocabulary.ts";
import { isStopWord } from "~/lib/search/words.ts";
import { define } from "./define.ts";

/** One page Pagefind found; its details are a download of their own. */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindPage>;
}

/** The parts of Pagefind's browser API this site uses (pagefind.js, built into dist/pagefind/). */
interface Pagefind {
  options(options: { excerptLength?: number; baseUrl?: string; noWorker?: boolean }): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
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
let index: Promise<SiteIndex> | undefined;

/**
 * The words the index holds, most frequent first, written at build time
 * (src/integrations/search-words.ts): to tell a word the site holds from one Pagefind
 * matched only by a fragment of it, and for "Did you mean". Empty if it cannot load, and
 * then search trusts Pagefind.
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

/** What search knows of the site before a first query: every page and its kind. */
interface SiteIndex {
  pagefind: Pagefind;
  /** The kinds of page, in the order the filters list them. */
  kinds: string[];
  /** Each page's kind, by Pagefind's id. */
  kindOf: Map<string, string>;
  /** Every page, kind by kind: what a filter shows without words. */
  pages: PagefindResult[];
}

/** Loads Pagefind and asks it for each kind's pages, once; forgotten if it fails. */
function loadIndex(): Promise<SiteIndex> {
  index ??= (async () => {
    const engine = await loadPagefind();
    const kinds = Object.keys((await engine.filters())[KIND] ?? {}).sort();
    const kindOf = new Map<string, string>();
    const pages: PagefindResult[] = [];
    for (const kind of kinds) {
      for (const page of (await engine.search(null, { filters: { [KIND]: kind } }))?.results ??
        []) {
        kindOf.set(page.id, kind);
        pages.push(page);
      }
    }
    return { pagefind: engine, kinds, kindOf, pages };
  })().catch((error: unknown) => {
    index = undefined;
    throw error;
  });
  return index;
}

/** Starts loading Pagefind ahead of a first query, as the search dialog opens. */
export function preloadSearch(): void {
  loadIndex().catch(() => undefined);
}

/** What a query found: the pages to list, and how. */
interface Found {
  /**
   * The pages holding every keyword, as Pagefind ordered them; then, if there are few of
   * those, the pages holding most of the keywords. rankPages orders the ones shown.
   */
  candidates: Candidate[];
  /** Keywords the site does not hold in any form. */
  unknown: string[];
  /** The pages found holding every keyword, whose excerpts mark them all, by id. */
  full: Map<string, PagefindResult>;
}

/**
 * Asks Pagefind for the query's keywords. A keyword the site does not hold is not searched:
 * Pagefind would match it by a fragment ("team" for "teamwrok"). Quoted phrases must be on
 * the page as phrases. When few pages hold every keyword, the pages holding most of them
 * follow (results.ts, FEW_FULL_MATCHES).
 */
async function find(site: SiteIndex, query: SearchQuery, words: string[]): Promise<Found> {
  const unknown = words.length > 0 ? unknownWords(query.keywords, words) : [];
  const known = query.keywords.filter((word) => !unknown.includes(word));
  const search = async (term: string) => (await site.pagefind.search(term))?.results ?? [];
  let hits: PagefindResult[] = [];
  if (known.length > 0 && unknown.length === 0) {
    hits = await search(known.join(" "));
    for (const phrase of query.phrases) {
      const holding = new Set((await search(`"${phrase.join(" ")}"`)).map((hit) => hit.id));
      hits = hits.filter((hit) => holding.has(hit.id));
    }
  }
  const full = new Map(hits.map((hit) => [hit.id, hit]));
  if (!wantsMost(query.keywords.length, hits.length)) {
    return { candidates: allWords(known, hits, site.kindOf), unknown, full };
  }
  if (known.length === 0) return { candidates: [], unknown, full };
  const perWord = [];
  for (const word of known) perWord.push(await search(word));
  const most = mostWords(known, perWord, site.kindOf, leastHeld(query.keywords.length));
  return {
    candidates: [
      ...allWords(known, hits, site.kindOf),
      ...most.filter((candidate) => !full.has(candidate.id)),
    ],
    unknown,
    full,
  };
}

/**
 * The details of the pages to show. A page holding every keyword comes from the search that
 * found it; any other from a search for the words it holds, so its excerpts mark those
 * words (pages holding the same words share one search); without words, from the list of
 * every page.
 */
async function details(
  site: SiteIndex,
  shown: Candidate[],
  full: Map<string, PagefindResult>,
): Promise<(PagefindPage & { candidate: Candidate })[]> {
  const results = new Map(full);
  const bySet = new Map<string, Candidate[]>();
  for (const candidate of shown) {
    if (results.has(candidate.id)) continue;
    const key = candidate.words.join(" ");
    bySet.set(key, [...(bySet.get(key) ?? []), candidate]);
  }
  for (const [key, group] of bySet) {
    const found = key
      ? ((await site.pagefind.search(key))?.results ?? [])
      : site.pages.filter((page) => group.some((c) => c.id === page.id));
    for (const result of found) if (!results.has(result.id)) results.set(result.id, result);
  }
  return Promise.all(
    shown.flatMap((candidate) => {
      const result = results.get(candidate.id);
      return result ? [result.data().then((page) => ({ ...page, candidate }))] : [];
    }),
  );
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

/** A page of results: its title, and its best sections, each with its excerpt. */
function resultItem(page: PagefindPage, query: SearchQuery, terms: string[]): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  // Result addresses carry the words found there, for the page to mark (search-highlight.ts).
  const heading = document.createElement("h2");
  heading.append(
    link(withHighlight(page.url, terms), page.meta.title ?? page.url, "search-result-title"),
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
        withHighlight(section.url, terms),
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
 * Radio buttons for the kinds of page: "All" and one for each kind. Native radios, so arrow
 * keys move between them. Each label's count is set by `showCounts`.
 */
function kindFilters(kinds: string[], selected: string): HTMLFieldSetElement {
  const fieldset = document.createElement("fieldset");
  fieldset.className = "search-filters";
  const legend = document.createElement("legend");
  legend.textContent = "Show";
  fieldset.append(legend);
  for (const value of ["", ...kinds]) {
    const label = document.createElement("label");
    const radio = document.createElement("input");
    radio.type = "radio";
    radio.name = KIND;
    radio.value = value;
    radio.checked = value === selected;
    const text = document.createElement("span");
    text.dataset["kind"] = value;
    text.textContent = value || "All";
    label.append(radio, text);
    fieldset.append(label);
  }
  return fieldset;
}

/**
 * Puts each kind's number of results for the current words in its label ("Chapters (3)"),
 * and the total in "All"; with no results, or no words, the labels alone.
 */
function showCounts(root: HTMLElement, counts: Map<string, number> | undefined): void {
  const total = counts ? [...counts.values()].reduce((sum, n) => sum + n, 0) : 0;
  for (const text of root.querySelectorAll<HTMLElement>(".search-filters [data-kind]")) {
    const kind = text.dataset["kind"] ?? "";
    const count = kind ? counts?.get(kind) : total;
    text.textContent = `${kind || "All"}${counts && total > 0 ? ` (${count ?? 0})` : ""}`;
  }
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

  const address = new URLSearchParams(onSearchPage ? window.location.search : "");
  let latest = 0;
  /** The kind of page chosen: the address's until the filters are there. */
  const kind = () =>
    root.querySelector(".search-filters")
      ? (root.querySelector<HTMLInputElement>(`input[name=${KIND}]:checked`)?.value ?? "")
      : (address.get(KIND) ?? "");
  /** The current words' results of each kind, shown in the filters' labels. */
  let counts: Map<string, number> | undefined;
  const addFilters = (kinds: string[]) => {
    if (kinds.length < 2 || root.querySelector(".search-filters")) return;
    const fieldset = kindFilters(kinds, kind());
    fieldset.addEventListener("change", () => void run(input.value.trim(), true));
    form.after(fieldset);
    showCounts(root, counts);
  };
  /** The query a lost connection interrupted, to run again when it returns. */
  let waitingForConnection: string | undefined;
  let statusTimer: number | undefined;
  /** Says the result count once typing pauses, not after every letter. */
  const setStatus = (message: string | (string | Node)[], now: boolean) => {
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
  const run = async (text: string, now: boolean) => {
    const ticket = ++latest;
    const only = kind();
    waitingForConnection = undefined;
    if (onSearchPage) {
      const url = new URL(window.location.href);
      const params: [string, string][] = [
        ["q", text],
        [KIND, only],
      ];
      for (const [name, value] of params) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(null, "", url);
    }
    if (!text && !only) {
      results.replaceChildren();
      counts = undefined;
      showCounts(root, counts);
      setStatus("", true);
      return;
    }
    try {
      const query = parseQuery(text);
      const [site, words] = await Promise.all([
        loadIndex(),
        query.words.length > 0 ? loadVocabulary() : [],
      ]);
      // Without words, a chosen kind lists its pages; words of punctuation alone find none.
      const found: Found =
        query.words.length > 0
          ? await find(site, query, words)
          : text
            ? { candidates: [], unknown: [], full: new Map() }
            : {
                candidates: site.pages.map((page) => ({
                  id: page.id,
                  kind: site.kindOf.get(page.id) ?? "",
                  words: [],
                  score: 0,
                  full: true,
                })),
                unknown: [],
                full: new Map(),
              };
      if (ticket !== latest) return;
      counts = found.candidates.length > 0 ? countKinds(found.candidates, site.kinds) : undefined;
      addFilters(site.kinds);
      showCounts(root, counts);
      const listed = found.candidates.filter((c) => !only || c.kind === only);
      // Each result's details are a download of their own: fetch only those shown.
      const pages = rankPages(
        (await details(site, listed.slice(0, MAX_PAGES), found.full)).map((page) => ({
          ...page,
          kind: page.candidate.kind,
          held: page.candidate.words.length,
        })),
        query,
      );
      if (ticket !== latest) return;
      results.replaceChildren(
        ...pages.map((page) =>
          resultItem(
            page,
            query,
            page.candidate.full
              ? highlightTermsOf(query)
              : page.candidate.words.filter((word) => !isStopWord(word)),
          ),
        ),
      );
      const suggestion =
        found.unknown.length > 0 || found.candidates.length === 0
          ? suggestQuery(query.words.join(" "), words)
          : undefined;
      const shown = shownQuery(text);
      // A query the reader put in quotes is shown in theirs, not in quotes within quotes.
      const quoted = /^["“„].*["”]$/u.test(shown) ? shown : `“${shown}”`;
      const where = only ? ` in ${only}` : "";
      const pagesOf = (n: number) => `${n} ${n === 1 ? "page" : "pages"}`;
      const full = listed.filter((c) => c.full).length;
      const more = listed.length > MAX_PAGES ? ` Showing the best ${MAX_PAGES}.` : "";
      const cut =
        query.dropped > 0 ? ` Only its first ${MAX_QUERY_WORDS} words were searched.` : "";
      const didYouMean = suggestion
        ? [document.createTextNode(" Did you mean "), suggestionLink(suggestion), "?"]
        : [];
      setStatus(
        !text
          ? [`${pagesOf(listed.length)}${where}.${more}`]
          : listed.length === 0
            ? [
                `No results for ${quoted}${where}.${cut}`,
                ...(suggestion ? didYouMean : [" Try another word, or browse the chapters."]),
              ]
            : full === listed.length
              ? [
                  `${pagesOf(full)} ${full === 1 ? "matches" : "match"} ${quoted}${where}.${more}${cut}`,
                ]
              : [
                  full === 0
                    ? `No page matches all of ${quoted}${where}. ${pagesOf(listed.length)} ${listed.length === 1 ? "matches" : "match"} most of it, best first.`
                    : `${pagesOf(full)} ${full === 1 ? "matches" : "match"} all of ${quoted}${where}, and ${listed.length - full} more ${listed.length - full === 1 ? "matches" : "match"} most of it.`,
                  `${more}${cut}`,
                  ...didYouMean,
                ],
        now,
      );
    } catch {
      if (ticket !== latest) return;
      results.replaceChildren();
      // The next query tries again (loadPagefind forgets a failed load); so does the
      // connection coming back.
      waitingForConnection = text;
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

  const initial = address.get("q")?.trim() ?? "";
  if (initial) {
    input.value = initial;
    void run(initial, true);
  }
  // The filters come from the index, so they appear once the reader turns to search (and
  // Pagefind loads): nothing of it loads, and nothing moves, before that.
  const prepare = () =>
    loadIndex()
      .then((site) => {
        addFilters(site.kinds);
        if (address.get(KIND) && !initial) void run("", true);
      })
      .catch(() => undefined);
  if (initial || address.get(KIND) || !onSearchPage) void prepare();
  else input.addEventListener("focus", () => void prepare(), { once: true });
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
