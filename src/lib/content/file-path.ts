import { relative, sep } from "node:path";

/** A file path as an author would look for it: relative to the project, with forward slashes. */
export function relativeContentPath(path: string | undefined, root = process.cwd()): string {
  if (!path) return "(unknown file)";
  return relative(root, path).split(sep).join("/");
}
