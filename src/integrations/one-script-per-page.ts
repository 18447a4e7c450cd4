import type { AstroIntegration } from "astro";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/** The query Astro puts on the module it makes of a component's or page's <script>. */
const SCRIPT_MODULE = /\?astro&type=script&index=(\d+)/;
const COPY = /\?page-script=([a-f0-9]+)$/;

/**
 * Gives every page's <script> its own copy of the modules it imports, so each page loads
 * exactly one JavaScript file (or none, when Astro inlines a small one) instead of a
 * chain of shared chunks. Rollup splits a module that two scripts import into a chunk of
 * its own; tagging each script's imports with that script's id makes them distinct
 * modules, so nothing is shared. The cost is a few hundred bytes of the same code in
 * several files; the gain is one request per page, which matters more on a slow phone.
 */
function oneScriptPerPage(srcDir: string): Plugin {
  return {
    name: "learning-together:one-script-per-page",
    apply: "build",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith("\0")) return null;
      const tag = COPY.exec(importer)?.[1] ?? scriptTag(importer);
      if (!tag) return null;
      const resolved = await this.resolve(source, importer.replace(COPY, ""), {
        ...options,
        skipSelf: true,
      });
      if (!resolved || resolved.external || !resolved.id.startsWith(srcDir)) return resolved;
      if (resolved.id.includes("?")) return resolved;
      return `${resolved.id}?page-script=${tag}`;
    },
    load(id) {
      // Read the tagged copy from the real file, then let Vite compile it as usual.
      if (!COPY.test(id)) return null;
      return readFile(id.replace(COPY, ""), "utf8");
    },
  };
}

/** A short id for one <script> module, or undefined for any other importer. */
function scriptTag(importer: string): string | undefined {
  const match = SCRIPT_MODULE.exec(importer);
  if (!match) return undefined;
  return createHash("sha256").update(importer).digest("hex").slice(0, 8);
}

/**
 * Registers the Vite plugin above for client builds, and after the build checks that no
 * page has more than one module script: a second one would carry its own copies of the
 * same modules, and so a second, silently diverging copy of state such as saved progress.
 */
export default function oneScriptPerPageIntegration(): AstroIntegration {
  return {
    name: "learning-together:one-script-per-page",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [oneScriptPerPage(fileURLToPath(config.srcDir))] } });
      },
      "astro:build:done": async ({ dir }) => {
        const out = fileURLToPath(dir);
        const entries = await readdir(out, { withFileTypes: true, recursive: true });
        for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith(".html"))) {
          const file = join(entry.parentPath, entry.name);
          const scripts = (await readFile(file, "utf8")).match(/<script type="module"/g) ?? [];
          if (scripts.length > 1) {
            throw new Error(
              `${file.slice(out.length)} has ${scripts.length} module scripts. Give each page one ` +
                "<script> that imports the custom elements it uses, instead of a script per component.",
            );
          }
        }
      },
    },
  };
}
