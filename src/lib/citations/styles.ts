/*
 * The citation styles the site offers, and how each writes an "accessed" date. Plain code
 * without citation-js, so the browser can use it to put today's date into "Cite this page"
 * (the build date would be wrong by the time someone reads the page). A unit test checks
 * the dates against citation-js for every month.
 */

/** The citation styles the site offers, in the order they are shown. */
export const CITATION_STYLES = ["vancouver", "apa", "harvard"] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** Each style's name as readers know it. */
export const STYLE_LABELS: Record<CitationStyle, string> = {
  vancouver: "Vancouver",
  apa: "APA 7",
  harvard: "Harvard",
};

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** A date as a style writes an access date: "2026 Nov 25", "November 25, 2026", "25 November 2026". */
export function formatAccessedDate(date: Date, style: CitationStyle): string {
  const year = date.getFullYear();
  const month = date.getMonth();
  const day = date.getDate();
  switch (style) {
    case "vancouver":
      // NLM's abbreviation of every month is its first three letters ("Sep", not "Sept").
      return `${year} ${MONTHS[month]?.slice(0, 3)} ${day}`;
    case "apa":
      return `${MONTHS[month]} ${day}, ${year}`;
    case "harvard":
      return `${day} ${MONTHS[month]} ${year}`;
  }
}

/** A date as `<time datetime>` wants it: YYYY-MM-DD in local time. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A day read from content ("updated: 2026-11-25", midnight UTC) as YYYY-MM-DD, the same in
 * every time zone the site is built in.
 */
export function calendarDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** A day read from content as readers write it: "25 November 2026". */
export function longDay(day: Date): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(day);
}
