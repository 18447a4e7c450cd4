/**
 * Pages that gather every chapter (the whole guide, the quiz page, the answer key, the
 * chapter list) would grow with the guide until no phone could open them. Past a fixed
 * number of chapters they are split into parts of that many: the first part keeps the
 * page's address ("/guide/"), the others are numbered after it ("/guide/2/"), and each
 * part lists every part, so the whole is still a few links (and prints part by part).
 */

/**
 * Chapters on one part of a page that gathers them: six, so today's six-chapter guide is
 * one page, as it always was.
 */
export const PART_SIZE = 6;

/**
 * Chapter cards on one page of the chapter list (/chapters/, /chapters/2/): cards are
 * short, so more fit than whole chapters, and a reader pages through fewer.
 */
export const LIST_PART_SIZE = 24;

/** One part of a split list. */
export interface Part<T> {
  /** 1 for the first part. */
  number: number;
  /** Its items, in order. */
  items: T[];
  /** The place in the whole list of its first and last items, counting from 1. */
  first: number;
  last: number;
}

/**
 * Splits `items` into parts of `size` (the last may be shorter). An empty list is one
 * empty part, so a page that gathers chapters still has its first address.
 */
export function splitIntoParts<T>(items: readonly T[], size = PART_SIZE): Part<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`A part needs at least one item, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const part = items.slice(index * size, (index + 1) * size);
    return {
      number: index + 1,
      items: part,
      first: index * size + 1,
      last: index * size + part.length,
    };
  });
}

/**
 * The site path of part `number` of the page at `path` ("/guide/"): the page itself for
 * the first part, "/guide/2/" for the second.
 */
export function partPath(path: string, number: number): string {
  if (!path.startsWith("/") || !path.endsWith("/")) {
    throw new Error(`"${path}" is not a page's site path: start and end it with "/"`);
  }
  if (!Number.isInteger(number) || number < 1) throw new Error(`There is no part ${number}`);
  return number === 1 ? path : `${path}${number}/`;
}

/**
 * The route parameter for part `number` of a page whose file is `[...part].astro`:
 * undefined for the first part (the page's own address), "2" for the second.
 */
export function partParam(number: number): string | undefined {
  return number === 1 ? undefined : String(number);
}

/**
 * The routes of a page whose file is `[...part].astro`, for `getStaticPaths`: one per part
 * of `items`, each given its part and the list of every part (for the parts' navigation).
 */
export function partRoutes<T>(items: readonly T[], size = PART_SIZE) {
  const parts = splitIntoParts(items, size);
  return parts.map((part) => ({
    params: { part: partParam(part.number) },
    props: { part, parts },
  }));
}

/** "Chapters 7 to 12" for a part from chapter 7 to 12, "Chapter 13" for a part of one. */
export function partLabel(firstOrder: number, lastOrder: number): string {
  return firstOrder === lastOrder
    ? `Chapter ${firstOrder}`
    : `Chapters ${firstOrder} to ${lastOrder}`;
}

/**
 * At most `limit` items of a list that may grow with the guide, and how many were left
 * out, for lists like "Cited in" and "Used in" that end "and 12 more".
 */
export function bounded<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
