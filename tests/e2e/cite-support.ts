import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

/** What the clipboard holds, as a paste would give it. */
export const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Today as each style writes an access date, the day the reader visits. */
export function todayInStyles(now = new Date()) {
  const month = now.toLocaleString("en-GB", { month: "long" });
  return {
    vancouver: `${now.getFullYear()} ${month.slice(0, 3)} ${now.getDate()}`,
    apa: `${month} ${now.getDate()}, ${now.getFullYear()}`,
    harvard: `${now.getDate()} ${month} ${now.getFullYear()}`,
  };
}

/** A day from content ("2026-11-25") as APA writes a page's date: "2026, November 25". */
export function apaDate(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const name = date.toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  return `${date.getUTCFullYear()}, ${name} ${date.getUTCDate()}`;
}

/** The latest chapter review day ("2026-11-25"): the date the site as a whole is cited by. */
export function latestReview(): string {
  return (
    readdirSync("content/chapters")
      .map(
        (file) =>
          /^updated: (\S+)$/m.exec(readFileSync(`content/chapters/${file}`, "utf8"))?.[1] ?? "",
      )
      .sort()
      .at(-1) ?? ""
  );
}
