import Cite from "./Cite.astro";
import Term from "./Term.astro";

/** The components every chapter's MDX may use without importing them, wherever it renders. */
export const MDX_COMPONENTS = { Cite, Term };
