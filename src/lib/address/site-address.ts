/**
 * Where the site is published: the origin (SITE_URL) and the path under it (BASE_PATH).
 * Read once, by astro.config.mjs, so that a wrong setting stops the build with a message
 * that says what to set instead, rather than publishing links that answer 404.
 */

/** The address settings as read from the environment. */
export interface AddressSettings {
  /** The public address: an origin, or an origin with a path copied from the browser. */
  SITE_URL?: string | undefined;
  /** The folder the site is served from, for example /learning-together/. */
  BASE_PATH?: string | undefined;
}

/** The resolved address: Astro's `site` (an origin) and `base` (starts and ends with "/"). */
export interface SiteAddress {
  site: string;
  base: string;
  /** False when SITE_URL was not set and the local preview address stands in for it. */
  fromSiteUrl: boolean;
}

/** What `npm start` serves when SITE_URL is not set. */
export const LOCAL_ORIGIN = "http://localhost:4321";

/** A setting that cannot work: the message says what to set instead. */
export class SiteAddressError extends Error {
  override name = "SiteAddressError";
}

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

/**
 * Resolves SITE_URL and BASE_PATH into Astro's `site` and `base`. A SITE_URL with a path
 * sets the base path; one that is not an absolute http(s) address, or whose path
 * contradicts BASE_PATH, is an error.
 */
export function resolveSiteAddress(settings: AddressSettings): SiteAddress {
  const siteUrl = settings.SITE_URL?.trim() || undefined;
  const basePath = settings.BASE_PATH?.trim() ? normaliseBasePath(settings.BASE_PATH) : undefined;
  if (!siteUrl) return { site: LOCAL_ORIGIN, base: basePath ?? "/", fromSiteUrl: false };

  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    url = new URL("invalid:");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new SiteAddressError(
      `SITE_URL is "${siteUrl}", which is not an absolute http(s) address. ` +
        `Set it to the site's public address, for example SITE_URL=https://${
          /^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(siteUrl)
            ? siteUrl.replace(/\/+$/, "")
            : "example.github.io"
        }` +
        (siteUrl.startsWith("/") ? `, and put the path in BASE_PATH=${siteUrl}.` : "."),
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new SiteAddressError(
      `SITE_URL is "${siteUrl}": an address for the site has no user name, query or fragment. ` +
        `Set SITE_URL=${url.origin}${url.pathname}.`,
    );
  }
  const urlPath = normaliseBasePath(decodeURI(url.pathname), "SITE_URL's path");
  if (basePath && urlPath !== "/" && urlPath !== basePath) {
    throw new SiteAddressError(
      `SITE_URL "${siteUrl}" has the path ${urlPath}, but BASE_PATH is ${basePath}. ` +
        `Set SITE_URL=${url.origin} and BASE_PATH to the folder the site is served from, ` +
        `or leave BASE_PATH unset to use ${urlPath}.`,
    );
  }
  return { site: url.origin, base: basePath ?? urlPath, fromSiteUrl: true };
}
