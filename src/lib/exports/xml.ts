/*
 * Text as the platforms' XML readers take it back unchanged.
 */

/** Escapes the five characters XML gives a meaning, "&" first. */
export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/**
 * Text as one CDATA section, read back character for character. A "]]>" inside would end
 * the section, so it is split across two: "]]" ends one and ">" starts the next.
 */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

/** Escapes the characters HTML gives a meaning in text, "&" first. */
function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * Plain text as one HTML paragraph, its line breaks kept as <br/>, for a platform that reads
 * HTML: "a & b" stays "a & b", never becomes markup, and a new line stays a new line.
 * `className` keeps the paragraph an element where Canvas would otherwise unwrap a bare <p>
 * and show its entities as text (see qti.ts).
 */
export function htmlParagraph(text: string, className?: string): string {
  const open = className ? `<p class="${className}">` : "<p>";
  return `${open}${escapeHtml(text).replace(/\r\n|\r|\n/g, "<br/>")}</p>`;
}
