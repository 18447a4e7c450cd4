import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/**
 * Indexes the built site with Pagefind as part of `astro build`, so the search index is
 * always written into the output folder the build used (dist/ or a test's own folder)
 * before later steps, such as the host headers, look at it.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: "learning-together:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index) throw new Error(errors.join("\n"));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join("\n"));
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join("\n"));
          logger.info(`Indexed ${added.page_count} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
