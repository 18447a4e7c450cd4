/**
 * Where a highlight or note belongs in a chapter's text, described as a W3C Web Annotation
 * TextQuoteSelector does: the exact text, with a little of the text just before and after
 * it. Kept this way, not as offsets, a note finds its place again after the chapter is
 * edited around it; when its exact text is gone, it is detached (the caller lists it as
 * such, never drops it). Plain functions over a chapter's text, for the browser and tests.
 */

/** The selector: what was selected, and the context either side of it. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Characters of context kept either side: enough to tell repeats apart. */
export const QUOTE_CONTEXT = 32;

/** A span of a text, by character offsets (end excluded). */
export interface Span {
  start: number;
  end: number;
}

/** Describes the selection `start`..`end` of `text`. */
export function describeQuote(
  text: string,
  { start, end }: Span,
  context = QUOTE_CONTEXT,
): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

/**
 * Text with every run of white space as one space, and for each of its characters the
 * offset of the character it came from: a page's text and a stored quote may differ in line
 * breaks and indentation only.
 */
function collapse(text: string): { text: string; from: number[] } {
  let out = "";
  const from: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (/\s/.test(char)) {
      if (space) continue;
      space = true;
      out += " ";
    } else {
      space = false;
      out += char;
    }
    from.push(i);
  }
  return { text: out, from };
}

const commonEnd = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
};
const commonStart = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/**
 * Where `quote` is in `text` now: of every place its exact text appears (white space aside),
 * the one whose surroundings best match its prefix and suffix. Undefined when the exact text
 * is nowhere: the note is detached.
 */
export function locateQuote(text: string, quote: TextQuote): Span | undefined {
  const page = collapse(text);
  const exact = collapse(quote.exact).text.trim();
  if (exact === "") return undefined;
  const prefix = collapse(quote.prefix).text;
  const suffix = collapse(quote.suffix).text;
  let best: { at: number; score: number } | undefined;
  for (let at = page.text.indexOf(exact); at !== -1; at = page.text.indexOf(exact, at + 1)) {
    const score =
      commonEnd(page.text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonStart(page.text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return undefined;
  const start = page.from[best.at] ?? 0;
  const end = (page.from[best.at + exact.length - 1] ?? start) + 1;
  return { start, end };
}

/** Text with its runs of white space as single spaces, for showing a quote. */
export const tidy = (text: string) => text.replace(/\s+/g, " ").trim();
