// Types for budgets.mjs, so the browser tests (tests/e2e/budget.spec.ts) read the same
// numbers as `npm run bench` under TypeScript's strictest settings.

/** The kinds of page with a budget of their own. */
export type PageKind = "chapter" | "home" | "guide" | "search" | "page";

export declare const BUDGET: {
  readonly firstView: number;
  readonly js: number;
  readonly requests: number;
};
export declare const FIRST_VIEW: Readonly<Partial<Record<PageKind, number>>>;
export declare const JS: Readonly<Partial<Record<PageKind, number>>>;
export declare function jsBudget(page: string): number;
export declare const SEARCH_BUDGET: number;
export declare function pageKind(page: string): PageKind;
export declare function firstViewBudget(page: string): number;
