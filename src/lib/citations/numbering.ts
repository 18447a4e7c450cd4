import type { Reference } from "~/schemas/reference.ts";

/**
 * Vancouver numbers: each reference gets the next number the first time it is cited, in
 * reading order. Every reference must be cited somewhere; one that is not fails with the fix.
 */
export function numberReferences(
  keys: string[],
  citations: string[],
  file = "content/references.json",
): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const key of citations) {
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
  }
  const uncited = keys.filter((key) => !numbers.has(key));
  if (uncited.length > 0) {
    throw new Error(
      `${file}: ${uncited.map((key) => `"${key}"`).join(", ")} ` +
        `${uncited.length === 1 ? "is" : "are"} cited in no chapter. ` +
        `Cite ${uncited.length === 1 ? "it" : "each"} where the essay does, with <Cite id="${uncited[0]}" />, or remove ${uncited.length === 1 ? "it" : "them"}.`,
    );
  }
  return numbers;
}

/** Authors and year as a reader names a work: "Busari, Moll and Duits (2017)". */
export function shortLabel(reference: Pick<Reference, "author" | "issued">): string {
  const names = reference.author.map((a) => a.family);
  const authors =
    names.length <= 3
      ? names.length === 1
        ? names[0]
        : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`
      : `${names[0]} et al.`;
  return `${authors} (${reference.issued["date-parts"][0][0]})`;
}
