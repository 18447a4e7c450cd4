/**
 * The Content Security Policy, written once. Astro turns these directives into each
 * page's meta tag (adding the hashes of the scripts and styles it bundles); the host
 * headers integration turns the built meta tags into an HTTP header, so the two can
 * never drift apart.
 */
import { createHash } from "node:crypto";

/** The directives every page's meta tag carries, before Astro adds its hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * What the pages' meta tags add to Astro's script-src: search's WebAssembly (Pagefind,
 * run in the page rather than in a worker whose 43 KB would copy its engine) compiles
 * under the page's own policy.
 */
export const META_SCRIPT_SOURCES = ["'wasm-unsafe-eval'"] as const;

/**
 * What only an HTTP header can say, or needs to: 'wasm-unsafe-eval' stays here too for hosts
 * that send the header with no page's meta. frame-ancestors, which a meta tag cannot carry,
 * comes from FRAME_ANCESTORS (frameAncestors()).
 */
const HEADER_ONLY: Record<string, string[]> = {
  "script-src": ["'wasm-unsafe-eval'"],
};

/** A FRAME_ANCESTORS setting that is not a list of sources frame-ancestors takes. */
export class FrameAncestorsError extends Error {}

/** One source frame-ancestors takes: an origin or host, a wildcard host or a scheme. */
const ANCESTOR_SOURCE =
  /^(?:https?:\/\/(?:\*\.)?[a-z0-9.-]+(?::(?:\d+|\*))?\/?|https?:|\*|'self')$/i;

/**
 * Who may show the pages in a frame, from FRAME_ANCESTORS: by default any site ("*"), so a
 * learning platform can embed a chapter (Canvas's External URL, Moodle's URL set to embed).
 * No page has a sign-in or an action a framing page could trick a reader into, which is
 * what frame-ancestors guards against. "'none'" forbids framing; a list of origins, such as
 * "https://moodle.example.ac.uk https://*.instructure.com", allows only those.
 */
export function frameAncestors(setting: string | undefined): string[] {
  const sources = (setting ?? "").trim().split(/\s+/).filter(Boolean);
  if (sources.length === 0) return ["*"];
  if (sources.length === 1 && sources[0] === "'none'") return ["'none'"];
  const wrong = sources.filter((source) => !ANCESTOR_SOURCE.test(source));
  if (wrong.length > 0) {
    throw new FrameAncestorsError(
      `FRAME_ANCESTORS is "${setting}": ${wrong.map((w) => `"${w}"`).join(", ")} is not a source frame-ancestors takes. ` +
        "Leave it unset to let any site frame the pages, set it to 'none' (with its quotes) to let none, " +
        "or list the origins that may, such as https://moodle.example.ac.uk https://*.instructure.com.",
    );
  }
  return sources;
}

/** A policy as directive name → sources, in the order first seen. */
export type Policy = Map<string, string[]>;

/** Parses a policy string ("default-src 'self'; script-src 'self' 'sha256-…'"). */
export function parsePolicy(policy: string): Policy {
  const parsed: Policy = new Map();
  for (const directive of policy.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

/** Writes a policy back as one header value. */
export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

/** The CSP hash source of an inline script's or style's text, as a policy lists it. */
export function hashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}

/**
 * A page's own policy, from the one Astro writes into every page: Astro lists the hash of
 * every inline script and style on the site in each page (13 of them, about 600 bytes
 * gzipped that no compressor can shrink), so keep only the hashes of this page's own
 * inline scripts and styles, and add META_SCRIPT_SOURCES. Throws when the page has an
 * inline script or style the policy does not allow, which the browser would block.
 */
export function pagePolicy(
  policy: string,
  inline: { scripts: string[]; styles: string[] },
): string {
  const parsed = parsePolicy(policy);
  for (const [directive, texts, extra] of [
    ["script-src", inline.scripts, META_SCRIPT_SOURCES],
    ["style-src", inline.styles, []],
  ] as const) {
    const sources = parsed.get(directive) ?? ["'self'"];
    const needed = new Set(texts.map(hashSource));
    const missing = [...needed].filter((hash) => !sources.includes(hash));
    if (missing.length > 0) {
      throw new Error(
        `${directive} does not allow ${missing.join(", ")}: an inline ${directive === "script-src" ? "script" : "style"} ` +
          "Astro did not hash. Bundle it (a plain <script>) or mark it is:inline with its hash in astro.config.mjs.",
      );
    }
    const kept = sources.filter((source) => !source.startsWith("'sha256-") || needed.has(source));
    parsed.set(directive, [...kept, ...extra.filter((source) => !kept.includes(source))]);
  }
  return serializePolicy(parsed);
}

/**
 * One policy for every page: the union of the pages' own meta-tag policies (each lists
 * the hashes of its own inline scripts and styles) plus what only a header can carry.
 */
export function headerPolicy(pagePolicies: string[], ancestors: string[] = ["*"]): string {
  if (pagePolicies.length === 0) throw new Error("No page carries a Content-Security-Policy");
  const merged: Policy = new Map();
  const headerOnly = new Map(Object.entries({ ...HEADER_ONLY, "frame-ancestors": ancestors }));
  for (const policy of [...pagePolicies.map(parsePolicy), headerOnly]) {
    for (const [name, sources] of policy) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  return serializePolicy(merged);
}

/** Astro's CSP meta tag, as it writes it. */
const POLICY_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET_META = /<meta charset="[^"]*"\s*\/?>/i;

/**
 * A page with its CSP meta tag moved to the start of <head>, just after <meta charset>.
 * Astro writes it at the end of <head>, after the inline theme script; a policy in a meta
 * tag covers only what comes after it, so on a host that sends no header (GitHub Pages)
 * that script would run unchecked. A page without the tag is returned as it is.
 */
export function policyFirst(html: string, file = "page"): string {
  const meta = POLICY_META.exec(html)?.[0];
  if (!meta) return html;
  const rest = html.replace(meta, "");
  const charset = CHARSET_META.exec(rest);
  const head = /<head(\s[^>]*)?>/i.exec(rest);
  const anchor = charset ?? head;
  if (!anchor) {
    throw new Error(
      `${file} has a Content-Security-Policy meta tag but no <head> or <meta charset> to put it after.`,
    );
  }
  const at = anchor.index + anchor[0].length;
  return `${rest.slice(0, at)}${meta}${rest.slice(at)}`;
}
