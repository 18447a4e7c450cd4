/**
 * The Content Security Policy, written once. Astro turns these directives into each
 * page's meta tag (adding the hashes of the scripts and styles it bundles); the host
 * headers integration turns the built meta tags into an HTTP header, so the two can
 * never drift apart.
 */

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
 * What only an HTTP header can say, or needs to: a meta tag cannot forbid framing, and it
 * does not reach Pagefind's worker, whose WebAssembly needs 'wasm-unsafe-eval'.
 */
const HEADER_ONLY: Record<string, string[]> = {
  "script-src": ["'wasm-unsafe-eval'"],
  "frame-ancestors": ["'none'"],
};

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

/**
 * One policy for every page: the union of the pages' own meta-tag policies (each lists
 * the hashes of its own inline scripts and styles) plus what only a header can carry.
 */
export function headerPolicy(pagePolicies: string[]): string {
  if (pagePolicies.length === 0) throw new Error("No page carries a Content-Security-Policy");
  const merged: Policy = new Map();
  for (const policy of [...pagePolicies.map(parsePolicy), new Map(Object.entries(HEADER_ONLY))]) {
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
