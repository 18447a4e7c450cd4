import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { formatAccessedDate, isoDay, type CitationStyle } from "./styles.ts";

/*
 * Citation formatting, at build time only: citation-js and its CSL styles never reach the
 * browser. Vancouver is NLM's citation-sequence style, APA is APA 7th edition and Harvard is
 * Cite Them Right, the Harvard most UK universities teach.
 */

/** A CSL-JSON item: a reference from content/references.json, or a page of this site. */
export type CslItem = { id: string; type: string } & Record<string, unknown>;

/** A citation as HTML for the page (italics, links) and as plain text. */
export interface FormattedCitation {
  html: string;
  text: string;
}

/** The CSL template and locale behind each style. */
const STYLE_SETUP: Record<CitationStyle, { template: string; lang: string }> = {
  vancouver: { template: "vancouver", lang: "en-US" },
  apa: { template: "apa", lang: "en-US" },
  // A UK style: single quotes, punctuation outside them, day-month-year dates.
  harvard: { template: "harvard1", lang: "en-GB" },
};

registerBritishLocale();

/** One item formatted as a bibliography entry in one style, without a list number. */
export function formatCitation(item: CslItem, style: CitationStyle): FormattedCitation {
  const { template, lang } = STYLE_SETUP[style];
  const cite = new Cite(style === "apa" ? withApaSubtitle(item) : item);
  const options = { template, lang, asEntryArray: true };
  const html = entryOf(cite.format("bibliography", { ...options, format: "html" }));
  const text = entryOf(cite.format("bibliography", { ...options, format: "text" }));
  return {
    html: linkify(unwrapEntry(html)),
    text: text.trim().replace(/^\d+\.\s+/, ""),
  };
}

/**
 * A page of this site formatted in one style, dated by its last review. The access date,
 * where the style gives one, is wrapped in `<time data-accessed="style">` so the browser
 * can replace the build date with today's. Without a url (a build that knows no public
 * address) the citation has neither address nor access date, which styles give only with
 * an address.
 */
export function formatPageCitation(
  page: { title: string; url?: string | undefined; siteName?: string; updated?: Date },
  style: CitationStyle,
  accessed: Date,
): FormattedCitation {
  const item: CslItem = {
    id: "page",
    type: "webpage",
    title: page.title,
    ...(page.url ? { URL: page.url } : {}),
    // The day the page was last reviewed; without one, styles print "n.d.".
    ...(page.updated ? { issued: { "date-parts": [dateParts(page.updated)] } } : {}),
    accessed: {
      "date-parts": [[accessed.getFullYear(), accessed.getMonth() + 1, accessed.getDate()]],
    },
    ...(page.siteName ? { "container-title": page.siteName } : {}),
  };
  const { html, text } = formatCitation(item, style);
  if (!page.url) return { html, text };
  const date = formatAccessedDate(accessed, style);
  // Every style writes the access date last; the review date may be the same day.
  const at = html.lastIndexOf(date);
  // APA 7 gives a retrieval date only for pages without a date of their own.
  if (at < 0 && style === "apa" && page.updated) return { html, text };
  if (at < 0) {
    throw new Error(
      `The ${style} citation of ${page.url} should contain the access date "${date}": ${text}`,
    );
  }
  const time = `<time datetime="${isoDay(accessed)}" data-accessed="${style}">${date}</time>`;
  return { html: html.slice(0, at) + time + html.slice(at + date.length), text };
}

/** A calendar day (a date at midnight UTC, as schemas read "2026-11-25") as CSL date parts. */
function dateParts(day: Date): [number, number, number] {
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
}

/** Items as a BibTeX file. */
export function toBibtex(items: CslItem[]): string {
  return new Cite(items).format("bibtex").trim() + "\n";
}

/**
 * Items as an RIS file. citation-js's own RIS text wraps long titles and cuts ids, which
 * reference managers then import wrongly, so the lines are written here from its fields.
 */
export function toRis(items: CslItem[]): string {
  const records = new Cite(items).format("ris", { format: "object" });
  const lines: string[] = [];
  records.forEach((record, index) => {
    const { TY, SP, ...rest } = record;
    const fields: [string, string | string[] | undefined][] = [
      ["TY", TY],
      ...Object.entries(rest).filter(([tag]) => tag !== "ID"),
      ["ID", items[index]?.id],
    ];
    // RIS has a start page and an end page; citation-js puts the range in SP.
    if (typeof SP === "string") {
      const [first, last] = SP.split("-");
      fields.push(["SP", first], ["EP", last]);
    }
    for (const [tag, value] of fields) {
      for (const one of [value ?? []].flat()) lines.push(`${tag}  - ${one}`);
    }
    lines.push("ER  - ", "");
  });
  return lines.join("\r\n");
}

/**
 * APA 7 capitalises the first word after a colon in a sentence-case title ("quality of
 * care: A case report"); CSL processors do not, and NLM does not want it, so the stored
 * title keeps the lower case and APA's copy gets the capital.
 */
export function withApaSubtitle(item: CslItem): CslItem {
  if (typeof item["title"] !== "string") return item;
  return {
    ...item,
    title: item["title"].replace(
      /: (\P{L}*)(\p{Ll})/u,
      (_m, lead: string, letter: string) => `: ${lead}${letter.toUpperCase()}`,
    ),
  };
}

/** The one entry in an `asEntryArray` result. */
function entryOf(entries: string): string {
  const [entry] = entries as unknown as [string, string][];
  if (!entry) throw new Error("citation-js returned no bibliography entry.");
  return entry[1];
}

/** The entry's inner HTML, without citeproc's wrapper or Vancouver's "1." margin. */
function unwrapEntry(html: string): string {
  const inline = /<div class="csl-right-inline">([\s\S]*?)<\/div>/.exec(html);
  if (inline?.[1]) return inline[1].trim();
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>\s*$/.exec(html);
  if (entry?.[1]) return entry[1].trim();
  throw new Error(`Unexpected citation HTML from citation-js: ${html}`);
}

/** Turns DOIs ("doi:10.…") and web addresses in a formatted entry into links. */
function linkify(html: string): string {
  return html.replace(
    /doi:(10\.\d{4,9}\/[^\s<]*[^\s<.,;])|(https?:\/\/[^\s<]*[^\s<.,;)])/g,
    (_match, doi: string | undefined, url: string | undefined) =>
      doi ? `doi:<a href="https://doi.org/${doi}">${doi}</a>` : `<a href="${url}">${url}</a>`,
  );
}

/**
 * citation-js ships no British English locale. Cite Them Right Harvard needs one, so it is
 * made from the American one with the differences CSL's own en-GB locale has: single
 * quotes outside double ones, punctuation outside quotes, and day-month-year dates.
 */
function registerBritishLocale() {
  const locales = plugins.config.get("@csl").locales;
  if (locales.has("en-GB")) return;
  const american = locales.get("en-US");
  const british = replaceOnce(american, [
    ['xml:lang="en-US"', 'xml:lang="en-GB"'],
    ['punctuation-in-quote="true"', 'punctuation-in-quote="false"'],
    ['<term name="open-quote">“</term>', '<term name="open-quote">‘</term>'],
    ['<term name="close-quote">”</term>', '<term name="close-quote">’</term>'],
    ['<term name="open-inner-quote">‘</term>', '<term name="open-inner-quote">“</term>'],
    ['<term name="close-inner-quote">’</term>', '<term name="close-inner-quote">”</term>'],
    [
      '<date form="text"><date-part name="month" suffix=" "/><date-part name="day" suffix=", "/><date-part name="year"/></date>',
      '<date form="text"><date-part name="day" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/></date>',
    ],
  ]);
  locales.add("en-GB", british);
}

/** Applies each replacement, failing loudly if citation-js's locale has changed shape. */
function replaceOnce(text: string, replacements: [string, string][]): string {
  return replacements.reduce((result, [from, to]) => {
    if (result.split(from).length !== 2) {
      throw new Error(
        `Cannot make the en-GB locale: "${from}" is not in citation-js's en-US locale once.`,
      );
    }
    return result.replace(from, to);
  }, text);
}
