import { existsSync, readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";

/** The base path of the sub-path build, the one built with a public address. */
export const SUB_PATH_BASE = "/learning-together/";

/**
 * Every page the sitemap lists, as paths such as /chapters/benefits/. Read from the
 * sub-path build: the root build knows no public address, so it writes no sitemap.
 */
export function sitemapPaths(): string[] {
  const file = "dist-subpath/sitemap-0.xml";
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:subpath\``);
  const xml = readFileSync(file, "utf8");
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => `/${new URL(m[1] ?? "").pathname.slice(SUB_PATH_BASE.length)}`,
  );
  if (paths.length === 0) throw new Error(`${file} lists no pages: run \`npm run build:subpath\``);
  return paths;
}

/** The six chapters, with their fixed addresses, in reading order. */
export const CHAPTERS = [
  { path: "/chapters/learning-together/", title: "Learning together across professions" },
  { path: "/chapters/benefits/", title: "Why learning from specialists works" },
  {
    path: "/chapters/venepuncture/",
    title: "A first venepuncture, taught by a healthcare assistant",
  },
  { path: "/chapters/hierarchy-and-safety/", title: "Teamwork, hierarchy and safety" },
  { path: "/chapters/observing-practice/", title: "Learning by observing practice" },
  {
    path: "/chapters/learning-environment/",
    title: "Building an environment for learning together",
  },
] as const;

/** The axe tags for WCAG 2.2 levels A and AA, and the 2.0 and 2.1 rules they include. */
export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * What axe finds wrong on the page as it is now, against WCAG 2.2 A/AA (or only `rules`), as
 * "rule: where" lines: none on a clean page. Legacy mode runs axe in the page itself; the
 * default opens a second page to merge results across frames, which doubles the time of the
 * suite's slowest pass and which these pages, with no frames, do not need.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ["violations"] });
  const { violations } = await (
    rules ? axe.withRules([...rules]) : axe.withTags(WCAG_22_AA)
  ).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Presses Tab until `target` has focus, proving it can be reached by keyboard. */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<Locator> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return target;
  }
  throw new Error(`${target} was not reached in ${limit} presses of Tab`);
}

/**
 * Makes localStorage throw, as a browser that blocks a site's storage does: in every frame,
 * or with `framesOnly` only in frames (a platform's page keeps its own).
 */
export async function refuseStorage(page: Page, { framesOnly = false } = {}): Promise<void> {
  await page.addInitScript((onlyFrames) => {
    if (onlyFrames && window === window.top) return;
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("blocked", "SecurityError");
      },
    });
  }, framesOnly);
}

/**
 * Puts `raw` in the page's saved progress before its first load only, as an earlier visit
 * (or another version of the site) would have left it; later loads see what the page saved.
 */
export async function seedProgress(page: Page, raw: string): Promise<void> {
  await page.addInitScript((text) => {
    if (sessionStorage.getItem("seeded")) return;
    localStorage.setItem("ipc-progress", text);
    sessionStorage.setItem("seeded", "1");
  }, raw);
}

/** Makes every clipboard write fail, as when a browser or its settings refuse access. */
export async function refuseClipboard(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const refuse = () => Promise.reject(new Error("denied"));
    Object.defineProperty(navigator, "clipboard", { value: { write: refuse, writeText: refuse } });
  });
}

/**
 * Records Content-Security-Policy violations on a page from its first script on, both the
 * events the page sees and the messages Chromium logs (for workers and blocked loads).
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
