import { REPO_BRANCH, REPO_URL } from "astro:env/server";
import { repositoryLinks } from "~/lib/address/repository.ts";

/** This build's links into its repository, or undefined when REPO_URL is not set. */
export const repository = repositoryLinks({ REPO_URL, REPO_BRANCH });
