import type { Heading, Root, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { relativeContentPath } from "../content/file-path.ts";
import { FRAME_SECTION_IDS } from "../content/frame-sections.ts";

/** An explicit id written at the end of a heading: `## Title \{#some-id}` in MDX. */
const ID_SUFFIX = /\s*\{#([^}]*)\}\s*$/;
/** Lower-case words joined by single hyphens: stable, readable and safe in a URL. */
export const SECTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Takes the explicit id from the end of each h2 and h3 (`## Title \{#id}`), removes it
 * from the text and sets it as the heading's id. Section ids are part of the site's
 * public addresses (educators link to them), so they are never derived from the
 * wording: an h2 or h3 without one, a malformed one or a repeated one fails the build.
 */
export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const where = relativeContentPath(file.path);
    const seen = new Map<string, string>();
    visit(tree, "heading", (heading: Heading) => {
      const id = takeExplicitId(heading);
      const title = toString(heading).trim();
      if (heading.depth !== 2 && heading.depth !== 3) {
        if (id !== undefined) setId(heading, id);
        return;
      }
      if (id === undefined) {
        throw new Error(
          `${where}: the heading "${title}" has no section id. ` +
            `End the line with one, for example: ${"#".repeat(heading.depth)} ${title} \\{#${suggestId(title)}}`,
        );
      }
      if (!SECTION_ID.test(id)) {
        throw new Error(
          `${where}: the section id "${id}" on "${title}" is not valid. ` +
            `Use lower-case letters, digits and single hyphens, for example "${suggestId(title)}".`,
        );
      }
      if (FRAME_SECTION_IDS.includes(id)) {
        throw new Error(
          `${where}: the section id "${id}" on "${title}" is taken by the page frame ` +
            `(${FRAME_SECTION_IDS.join(", ")}). Choose another.`,
        );
      }
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        throw new Error(
          `${where}: the section id "${id}" is used twice ("${earlier}" and "${title}"). ` +
            `Give each heading its own id.`,
        );
      }
      seen.set(id, title);
      setId(heading, id);
    });
  };
}

/** Removes a trailing `{#id}` from the heading's last text node and returns the id. */
function takeExplicitId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== "text") return undefined;
  const match = ID_SUFFIX.exec(last.value);
  if (!match) return undefined;
  (last as Text).value = last.value.slice(0, match.index);
  return match[1] ?? "";
}

function setId(heading: Heading, id: string) {
  heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
}

/** A suggested id for an error message: the title in lower-case kebab form. */
export function suggestId(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "section"
  );
}
