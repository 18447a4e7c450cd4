// The page-weight budgets, in one place: `npm run bench` (bytes.mjs, search.mjs), the scale
// curve (scale.mjs) and the browser check (tests/e2e/budget.spec.ts) all read them. KB here are
// 1,024 bytes, as these benchmarks have always counted them. The README's Performance section
// states them and says where the bytes go.

const KB = 1024;

/**
 * What every page's first view may take: JavaScript, requests (the favicon aside), and
 * `firstView`, the bytes of a page of no kind of its own (FIRST_VIEW.page).
 */
export const BUDGET = { firstView: 23 * KB, js: 6 * KB, requests: 4 };

/**
 * A first view's gzipped HTML, CSS and JavaScript, by kind of page. A chapter is where most
 * readers land, often on a phone; the home page is the front door; /guide/ holds every
 * chapter's text by design, for reading in one go and printing.
 */
export const FIRST_VIEW = {
  chapter: 20 * KB,
  home: 16 * KB,
  guide: 32 * KB,
  page: BUDGET.firstView,
};

/**
 * JavaScript by kind of page, where it differs from BUDGET.js. The search page's one script
 * is search itself (the results, the dialog every other page borrows, the marking of words
 * on a result's page): what SEARCH_BUDGET already counts, every byte, for a first search.
 */
export const JS = { search: 8 * KB };

/** The JavaScript budget, in bytes, of the page at this site path. */
export function jsBudget(page) {
  return JS[pageKind(page)] ?? BUDGET.js;
}

/** Opening search on a chapter and a first query, every request counted (Pagefind's and ours). */
export const SEARCH_BUDGET = 110 * KB;

/** The kind of page at this site path ("/", "/chapters/benefits/"), for its budget. */
export function pageKind(path) {
  // A part of a split page ("/guide/2/", "/chapters/3/": src/lib/content/parts.ts) is of its
  // first part's kind. No chapter's slug is only digits, so this never takes a chapter.
  const page = path.replace(/(?<=\/)\d+\/$/, "");
  if (page === "/") return "home";
  if (page === "/guide/") return "guide";
  if (page === "/search/") return "search";
  // A chapter, not the list of chapters (/chapters/) or a chapter's worksheet.
  if (/^\/chapters\/[^/]+\/$/.test(page)) return "chapter";
  return "page";
}

/** The first-view budget, in bytes, of the page at this site path ("/guide/"). */
export function firstViewBudget(page) {
  return FIRST_VIEW[pageKind(page)] ?? FIRST_VIEW.page;
}
