/**
 * Where readers send a correction: the repository a copy of the site is built from.
 * Optional. When REPO_URL is set (the GitHub Pages workflow sets it to the repository it
 * runs in), chapters link to their source file and every page to a new issue; when it is
 * not, neither link appears, so no copy ever points at someone else's tracker.
 */

/** The settings as read from the environment. */
export interface RepositorySettings {
  /** The repository's web address, for example https://github.com/example/learning-together. */
  REPO_URL?: string | undefined;
  /** The branch "Edit this page" opens; `main` when not set. */
  REPO_BRANCH?: string | undefined;
}

/** Links into the repository. */
export interface RepositoryLinks {
  /** The page where a file of the project can be edited, such as content/chapters/02-benefits.mdx. */
  edit(filePath: string): string;
  /** A new issue, with the page's address filled in when the page has one. */
  report(pageUrl?: string): string;
}

/** A setting that cannot work: the message says what to set instead. */
export class RepositoryError extends Error {
  override name = "RepositoryError";
}

/** Reads REPO_URL and REPO_BRANCH; undefined when REPO_URL is not set. */
export function repositoryLinks(settings: RepositorySettings): RepositoryLinks | undefined {
  const raw = settings.REPO_URL?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || url.search || url.hash) {
    throw new RepositoryError(
      `REPO_URL is "${raw}", which is not a repository's web address. Set it like ` +
        "REPO_URL=https://github.com/example/learning-together, or leave it unset to show no edit links.",
    );
  }
  const repo = url.href.replace(/\.git$/, "").replace(/\/+$/, "");
  const branch = settings.REPO_BRANCH?.trim() || "main";
  return {
    edit: (filePath) =>
      `${repo}/edit/${branch.split("/").map(encodeURIComponent).join("/")}/${filePath}`,
    // Short: the link is on every page. The tracker asks for the rest.
    report: (pageUrl) =>
      `${repo}/issues/new${pageUrl ? `?${new URLSearchParams({ body: `Page: ${pageUrl}\n` })}` : ""}`,
  };
}
