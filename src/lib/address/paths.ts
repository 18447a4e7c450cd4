/**
 * The one place a site path becomes an address. Everything that writes a link, a script
 * or a file URL calls these, so the whole site moves when the base path changes
 * (a GitHub Pages project site, a folder of a university's web space).
 */

/** Joins a site path ("/chapters/benefits/#delegation") onto a base path. */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) {
    throw new Error(`"${path}" is not a site path: site paths start with a single "/"`);
  }
  return base.replace(/\/$/, "") + path;
}

/**
 * The base path the site is built for: "/" or "/learning-together/". Read when called,
 * not on import, so build steps that only join paths can import this file too.
 */
export function basePath(): string {
  return import.meta.env.BASE_URL;
}

/** A site path as an href under the site's base path. */
export function href(path: string): string {
  return joinBase(basePath(), path);
}

/**
 * A site path as an absolute address on the public site, for sharing and citing; undefined
 * when the build knows no public address (`site` unset), so the caller leaves it out
 * rather than printing an invented one.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string | undefined {
  return site ? new URL(href(path), site).href : undefined;
}

/**
 * The public address of the page being built, from its own path (`Astro.url.pathname`,
 * which already holds the base path): its canonical link, its sharing tags, the address
 * printed at its foot and the one a problem report names. Undefined without a public address.
 */
export function pageAddress(pathname: string, site: URL | string | undefined): string | undefined {
  return site ? new URL(pathname, site).href : undefined;
}
