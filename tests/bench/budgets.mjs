// The page-weight budgets, in one place: `npm run bench` (bytes.mjs, search.mjs), the scale
// curve (scale.mjs) and the browser check (tests/e2e/budget.spec.ts) all read them. KB here are
// 1,024 bytes, as these benchmarks have always counted them.

/** A page's first view: gzipped HTML, CSS and JavaScript, and its requests (favicon aside). */
export const BUDGET = { firstView: 23 * 1024, js: 6 * 1024, requests: 4 };

/**
 * Pages with a first-view budget of their own: /guide/ holds several chapters' text by design,
 * for reading in one go and printing.
 */
export const FIRST_VIEW = { "/guide/": 32 * 1024 };

/** Opening search on a chapter and a first query, every request counted, in bytes. */
export const SEARCH_BUDGET = 112 * 1024;

/** The first-view budget of the page at this site path ("/guide/"). */
export function firstViewBudget(page) {
  return FIRST_VIEW[page] ?? BUDGET.firstView;
}
