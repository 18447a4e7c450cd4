/**
 * Where the site is published: the origin (SITE_URL, or the host's own variable) and the
 * path under it (BASE_PATH). Read once, by astro.config.mjs, so that a wrong setting stops
 * the build with a message that says what to set instead, rather than publishing links
 * that answer 404.
 */

/** The address settings as read from the environment. */
export interface AddressSettings {
  /** The public address: an origin, or an origin with a path copied from the browser. */
  SITE_URL?: string | undefined;
  /** The folder the site is served from, for example /learning-together/. */
  BASE_PATH?: string | undefined;
  /** Netlify: "true" on its builders; CONTEXT is production, deploy-preview or branch-deploy. */
  NETLIFY?: string | undefined;
  CONTEXT?: string | undefined;
  /** Netlify: the site's main address (its custom domain when it has one). */
  URL?: string | undefined;
  /** Netlify: the address of this preview or branch deploy. */
  DEPLOY_PRIME_URL?: string | undefined;
  DEPLOY_URL?: string | undefined;
  /** Cloudflare Pages: "1" on its builders, and the address of this deployment. */
  CF_PAGES?: string | undefined;
  CF_PAGES_URL?: string | undefined;
  /** Vercel: "1" on its builders; VERCEL_ENV is production, preview or development. */
  VERCEL?: string | undefined;
  VERCEL_ENV?: string | undefined;
  /** Vercel: host names without a scheme, of the production domain and of this deployment. */
  VERCEL_PROJECT_PRODUCTION_URL?: string | undefined;
  VERCEL_URL?: string | undefined;
}

/** The resolved address: Astro's `site` (an origin) and `base` (starts and ends with "/"). */
export interface SiteAddress {
  /** The public origin, or undefined when nothing tells the build where it will live. */
  site: string | undefined;
  base: string;
  /** The variable the origin came from, for the build log: "SITE_URL", "URL (Netlify, production)". */
  from: string | undefined;
}

/** A setting that cannot work: the message says what to set instead. */
export class SiteAddressError extends Error {
  override name = "SiteAddressError";
}

/** What a build without a public address leaves out, for its warning and the README. */
export const LEFT_OUT_WITHOUT_ADDRESS = [
  "canonical links",
  "og:url, og:image and the Twitter card",
  "url and @id in the JSON-LD",
  "the sitemap (and the Sitemap line of robots.txt)",
  'the address in "Cite this page" and its copied text',
  "the address at the foot of printed pages, on worksheets, in the guide and after printed links",
  "the QR code of each chapter's quiz on printed worksheets, answer keys and the guide",
  "the address in the educators' attribution",
] as const;

const SEGMENT = /^[A-Za-z0-9._~!$&'()*+,;=:@%-]+$/;

/**
 * A base path in the one shape Astro and the address helper expect: "/" or "/a/b/".
 * Missing leading and trailing slashes are added; an empty value means the root.
 */
export function normaliseBasePath(raw: string, setting = "BASE_PATH"): string {
  const value = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("//")) {
    throw new SiteAddressError(
      `${setting} is "${raw}", which is an address, not a path. Set SITE_URL to the address ` +
        `(for example SITE_URL=${value.startsWith("//") ? `https:${value}` : value}) and leave ${setting} unset, ` +
        `or set ${setting} to the path alone (for example ${setting}=/learning-together/).`,
    );
  }
  const segments = value.split("/").filter((segment) => segment !== "");
  for (const segment of segments) {
    if (segment === "." || segment === ".." || !SEGMENT.test(segment)) {
      throw new SiteAddressError(
        `${setting} is "${raw}": "${segment}" cannot be part of a path. ` +
          `Use plain folder names, for example ${setting}=/learning-together/.`,
      );
    }
  }
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}

/** A marker variable a host sets on its builders ("1", "true"); "", "0" and "false" are unset. */
const isOn = (value: string | undefined) =>
  !!value?.trim() && !["0", "false"].includes(value.trim().toLowerCase());

const nonEmpty = (value: string | undefined) => value?.trim() || undefined;

/** A host name as Vercel gives it ("name.vercel.app") as an https address. */
const withHttps = (host: string) => (/^https?:\/\//i.test(host) ? host : `https://${host}`);

/**
 * The public address a hosting service tells its builds, and the variable it came from.
 * A host's variables are read only when its marker variable says the build runs there, so
 * a stray URL on a laptop changes nothing.
 */
export function hostAddress(
  settings: AddressSettings,
): { value: string; from: string } | undefined {
  if (isOn(settings.NETLIFY)) {
    const context = nonEmpty(settings.CONTEXT) ?? "production";
    // `netlify dev` runs on this machine: its addresses are local, not public.
    if (context === "dev") return undefined;
    // Previews and branch deploys have their own address; production has the main one.
    const candidates: [string, string | undefined][] =
      context === "production"
        ? [["URL", settings.URL]]
        : [
            ["DEPLOY_PRIME_URL", settings.DEPLOY_PRIME_URL],
            ["DEPLOY_URL", settings.DEPLOY_URL],
          ];
    for (const [name, value] of candidates) {
      const found = nonEmpty(value);
      if (found) return { value: found, from: `${name} (Netlify, ${context})` };
    }
    return undefined;
  }
  if (isOn(settings.CF_PAGES)) {
    // Cloudflare Pages names this deployment only; a custom domain needs SITE_URL.
    const found = nonEmpty(settings.CF_PAGES_URL);
    return found ? { value: found, from: "CF_PAGES_URL (Cloudflare Pages)" } : undefined;
  }
  if (isOn(settings.VERCEL)) {
    const environment = nonEmpty(settings.VERCEL_ENV) ?? "preview";
    // `vercel dev` runs on this machine: its VERCEL_URL is a local address, not a public one.
    if (environment === "development") return undefined;
    const candidates: [string, string | undefined][] =
      environment === "production"
        ? [
            ["VERCEL_PROJECT_PRODUCTION_URL", settings.VERCEL_PROJECT_PRODUCTION_URL],
            ["VERCEL_URL", settings.VERCEL_URL],
          ]
        : [["VERCEL_URL", settings.VERCEL_URL]];
    for (const [name, value] of candidates) {
      const found = nonEmpty(value);
      if (found) return { value: withHttps(found), from: `${name} (Vercel, ${environment})` };
    }
  }
  return undefined;
}

/**
 * Resolves SITE_URL (or else the host's own address variable) and BASE_PATH into Astro's
 * `site` and `base`. An address with a path sets the base path; one that is not an absolute
 * http(s) address, or whose path contradicts BASE_PATH, is an error. With no address at
 * all, `site` is undefined: the build then leaves absolute addresses out rather than
 * inventing one.
 */
export function resolveSiteAddress(settings: AddressSettings): SiteAddress {
  const basePath = settings.BASE_PATH?.trim() ? normaliseBasePath(settings.BASE_PATH) : undefined;
  const siteUrl = nonEmpty(settings.SITE_URL);
  const given = siteUrl ? { value: siteUrl, from: "SITE_URL" } : hostAddress(settings);
  if (!given) return { site: undefined, base: basePath ?? "/", from: undefined };
  // Errors name the variable that held the address: SITE_URL, or the host's own.
  const { value: raw, from: name } = given;

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    url = new URL("invalid:");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new SiteAddressError(
      `${name} is "${raw}", which is not an absolute http(s) address. ` +
        `Set ${name === "SITE_URL" ? "it" : "SITE_URL"} to the site's public address, for example SITE_URL=https://${
          /^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(raw) ? raw.replace(/\/+$/, "") : "example.github.io"
        }` +
        (raw.startsWith("/") ? `, and put the path in BASE_PATH=${raw}.` : "."),
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new SiteAddressError(
      `${name} is "${raw}": an address for the site has no user name, query or fragment. ` +
        `Set SITE_URL=${url.origin}${url.pathname}.`,
    );
  }
  const urlPath = normaliseBasePath(decodeURI(url.pathname), `${name}'s path`);
  if (basePath && urlPath !== "/" && urlPath !== basePath) {
    throw new SiteAddressError(
      `${name} "${raw}" has the path ${urlPath}, but BASE_PATH is ${basePath}. ` +
        `Set SITE_URL=${url.origin} and BASE_PATH to the folder the site is served from, ` +
        `or leave BASE_PATH unset to use ${urlPath}.`,
    );
  }
  return { site: url.origin, base: basePath ?? urlPath, from: given.from };
}

/**
 * What the build log says about the address: where it came from, or, when there is none,
 * one warning listing what the build leaves out and how to set the address.
 */
export function addressReport(address: SiteAddress): { level: "info" | "warn"; message: string } {
  if (address.site) {
    return {
      level: "info",
      message: `Public address ${new URL(address.base, address.site).href}, from ${address.from}.`,
    };
  }
  return {
    level: "warn",
    message:
      "No public address: SITE_URL is not set, and no host variable gave one (Netlify's URL, " +
      "Cloudflare Pages' CF_PAGES_URL, Vercel's VERCEL_PROJECT_PRODUCTION_URL or VERCEL_URL). " +
      "Rather than invent one, this build leaves out:\n" +
      LEFT_OUT_WITHOUT_ADDRESS.map((item) => `  - ${item}`).join("\n") +
      "\nLinks between pages still work. To include these, build with the public address, " +
      "for example SITE_URL=https://example.github.io (and BASE_PATH=/folder/ when the site is in one).",
  };
}
