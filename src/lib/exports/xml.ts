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
 * Plain text as HTML paragraphs, a paragraph per line, for a platform that reads HTML:
 * "a & b" stays "a & b", never becomes markup, and a new line stays a new line. Not <br/>:
 * Moodle's cartridge converter rewrites it as <br></br>, which browsers show as two breaks
 * (backup/cc/entities.class.php). `className` keeps each paragraph an element where Canvas
 * would otherwise unwrap a bare <p> and show its entities as text (see qti.ts).
 */
export function htmlParagraphs(text: string, className?: string): string {
  const open = className ? `<p class="${className}">` : "<p>";
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => `${open}${escapeHtml(line)}</p>`)
    .join("");
}
